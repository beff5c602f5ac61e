import { html, join, type Raw } from './template.js';

/** Hand-written SVG charts: nothing to load, nothing to inline but markup. */

export interface Bar {
  label: string;
  value: number;
  color: string;
  /** Text after the bar (default: the value). */
  note?: string;
}

/** Horizontal bars with labels on the left, scaled to the largest value. */
export function barChart(bars: readonly Bar[], title: string, width = 420): Raw {
  const rowH = 22;
  const labelW = 130;
  const noteW = 56;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barW = width - labelW - noteW;
  const h = bars.length * rowH + 4;
  const rows = bars.map((b, i) => {
    const y = i * rowH + 2;
    const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * barW)) : 0;
    return html`<g><text x="${labelW - 6}" y="${y + 15}" text-anchor="end" class="chart-label">${b.label}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" rx="2" fill="${b.color}"><title>${b.label}: ${b.note ?? b.value}</title></rect><text x="${labelW + w + 6}" y="${y + 15}" class="chart-value">${b.note ?? String(b.value)}</text></g>`;
  });
  return html`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}"><title>${title}</title>${join(rows)}</svg>`;
}

export interface Segment {
  label: string;
  value: number;
  color: string;
}

/** One stacked bar of 0..total (a risk score split into its factor contributions). */
export function stackedBar(segments: readonly Segment[], total: number, title: string, width = 420): Raw {
  const h = 18;
  let x = 0;
  const parts = segments
    .filter((s) => s.value > 0)
    .map((s) => {
      const w = (s.value / total) * width;
      const r = html`<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${h}" fill="${s.color}"><title>${s.label}: ${s.value}</title></rect>`;
      x += w;
      return r;
    });
  return html`<svg class="stack" role="img" aria-label="${title}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" preserveAspectRatio="none"><title>${title}</title><rect x="0" y="0" width="${width}" height="${h}" fill="#eef0f3"/>${join(parts)}</svg>`;
}
