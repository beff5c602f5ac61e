import { assetLabel, assetsByRisk } from '../../src/assess/present.js';
import { CATEGORIES, maxSensitivity, type Asset, type Category, type ScanReport, type Sensitivity } from '../../src/types.js';
import type { ReporterContext } from '../types.js';
import { html, type Raw } from './template.js';

/**
 * Risk heat map: assets (rows, riskiest first) × categories (columns). A cell holds the occurrences of that
 * category in the asset, coloured by the highest sensitivity among its detectors; the first column is the
 * asset's risk score coloured by level.
 */

interface Meta {
  category: Category;
  sensitivity: Sensitivity;
}

function metaOf(report: ScanReport, ctx: ReporterContext): Map<string, Meta> {
  const m = new Map<string, Meta>();
  for (const f of report.findings) m.set(f.detector, { category: f.category, sensitivity: f.sensitivity });
  for (const d of ctx.catalog) m.set(d.id, { category: d.category, sensitivity: d.sensitivity });
  return m;
}

function cellsOf(a: Asset, meta: Map<string, Meta>): Map<Category, { n: number; level: Sensitivity | null; ids: string[] }> {
  const out = new Map<Category, { n: number; level: Sensitivity | null; ids: string[] }>();
  for (const [id, n] of Object.entries(a.counts)) {
    const m = meta.get(id);
    if (!m) continue;
    const c = out.get(m.category) ?? { n: 0, level: null, ids: [] };
    c.n += n;
    c.level = maxSensitivity(c.level, m.sensitivity);
    c.ids.push(`${id} ×${n}`);
    out.set(m.category, c);
  }
  return out;
}

/** Rows beyond this are left out (noted): a heat map is for seeing where risk concentrates. */
export const MAX_HEAT_ROWS = 500;

export function heatmapSection(report: ScanReport, ctx: ReporterContext, anchors: Map<Asset, string>): Raw {
  const assets = assetsByRisk(report);
  if (assets.length === 0) return html``;
  const meta = metaOf(report, ctx);
  const cells = new Map(assets.map((a) => [a, cellsOf(a, meta)]));
  const cats = CATEGORIES.filter((c) => assets.some((a) => cells.get(a)!.has(c)));
  const head = html`<tr><th>Risk</th><th>Asset</th>${cats.map((c) => html`<th class="rot">${c.replace('_', ' ')}</th>`)}</tr>`;
  const rows = assets.slice(0, MAX_HEAT_ROWS).map((a) => {
    const row = cells.get(a)!;
    const score = a.risk ? html`<td class="score l-${a.risk.level}" title="${a.risk.level}">${a.risk.score}</td>` : html`<td>–</td>`;
    return html`<tr>${score}<td class="mono"><a href="#${anchors.get(a) ?? ''}">${assetLabel(a)}</a></td>${cats.map((c) => {
      const x = row.get(c);
      return x ? html`<td class="cell h-${x.level ?? 'public'}" title="${x.ids.join(', ')} (${x.level ?? ''})">${x.n}</td>` : html`<td class="cell"></td>`;
    })}</tr>`;
  });
  const legend = html`<div class="legend"><span style="--c:#f4b4b0">restricted</span><span style="--c:#fbd3a6">confidential</span><span style="--c:#f7e7a1">internal</span><span style="--c:#e6e6e6">public</span><span>cell = occurrences; colour = highest sensitivity in the category</span></div>`;
  const cut = assets.length > MAX_HEAT_ROWS ? html`<p class="note">The ${MAX_HEAT_ROWS} riskiest of ${assets.length} assets are shown.</p>` : '';
  return html`<section id="heatmap"><h2>Risk heat map</h2>${legend}<table class="heat"><thead>${head}</thead><tbody>${rows}</tbody></table>${cut}</section>`;
}
