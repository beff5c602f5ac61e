import { assetLabel, assetsByRisk, num, triggerKindCounts, TRIGGER_KIND_LABEL } from '../../src/assess/present.js';
import { CATEGORIES, RISK_LEVELS, type Category, type ScanReport } from '../../src/types.js';
import type { ReporterContext } from '../types.js';
import { LEVEL_COLOR } from './colors.js';
import { barChart } from './svg.js';
import { html, join, type Raw } from './template.js';

/** Executive summary: one paragraph, key figures, two charts, triggers and stores. */

function lead(report: ScanReport): Raw {
  const assets = assetsByRisk(report);
  const top = assets[0];
  if (!top) return html`<p class="lead">No personal data was found in ${num(report.scan.stats.files)} file(s) and ${num(report.scan.stats.tables)} table(s).</p>`;
  const restricted = assets.filter((a) => a.sensitivity === 'restricted').length;
  const kinds = new Map(triggerKindCounts(report));
  const parts: string[] = [];
  if (kinds.get('dpia')) parts.push(`a DPIA (GDPR Art. 35): ${kinds.get('dpia')}`);
  if (kinds.get('pipia')) parts.push(`a PIPIA (PIPL Art. 55): ${kinds.get('pipia')}`);
  if (kinds.get('breach')) parts.push(`breach-notification duties: ${kinds.get('breach')}`);
  if (kinds.get('cross-border')) parts.push(`cross-border rules for China-origin data (PIPL Art. 38): ${kinds.get('cross-border')}`);
  if (kinds.get('children')) parts.push(`children's-data rules: ${kinds.get('children')}`);
  const risk = top.risk ? html` The riskiest is <strong>${assetLabel(top)}</strong> at <strong>${top.risk.score}/100 (${top.risk.level})</strong>.` : '';
  return html`<p class="lead">${num(assets.length)} asset(s) hold personal data, ${num(restricted)} of them restricted.${risk}${parts.length ? ` Assets that call for ${parts.join('; ')}.` : ''}</p>`;
}

function cards(report: ScanReport): Raw {
  const s = report.scan.stats;
  const a = report.assessment;
  const top = assetsByRisk(report)[0];
  const card = (k: string, v: string | Raw) => html`<div class="card"><div class="k">${k}</div><div class="v">${v}</div></div>`;
  return html`<div class="cards">${[
    card('Findings', num(s.findings)),
    card('Assets with personal data', num(report.assets.length)),
    card('Highest risk', top?.risk ? html`${top.risk.score} <span class="badge l-${top.risk.level}">${top.risk.level}</span>` : '–'),
    card('Restricted assets', num(a?.bySensitivity.restricted ?? report.assets.filter((x) => x.sensitivity === 'restricted').length)),
    card('Articles cited', num(Object.keys(report.legal).length)),
    card('Errors', num(s.errors)),
  ]}</div>`;
}

function charts(report: ScanReport, ctx: ReporterContext): Raw {
  const a = report.assessment;
  const levels = [...RISK_LEVELS].reverse();
  const byLevel = levels.map((l) => ({ label: l, value: a?.byLevel[l] ?? report.assets.filter((x) => x.risk?.level === l).length, color: LEVEL_COLOR[l] }));
  const cat = new Map<Category, number>();
  const meta = new Map(ctx.catalog.map((d) => [d.id, d.category]));
  for (const f of report.findings) if (!meta.has(f.detector)) meta.set(f.detector, f.category);
  for (const x of report.assets) for (const [id, n] of Object.entries(x.counts)) {
    const c = meta.get(id);
    if (c) cat.set(c, (cat.get(c) ?? 0) + n);
  }
  const byCat = CATEGORIES.filter((c) => cat.has(c)).map((c) => ({ label: c.replace('_', ' '), value: cat.get(c) ?? 0, color: '#2952a3' }));
  return html`<div class="charts"><div><h3>Assets by risk level</h3>${barChart(byLevel, 'Assets by risk level')}</div><div><h3>Occurrences by category</h3>${barChart(byCat, 'Occurrences by category')}</div></div>`;
}

function triggers(report: ScanReport): Raw {
  const rows = triggerKindCounts(report).map(([k, n]) => {
    const ids = [...new Set(report.assets.flatMap((a) => (a.triggerDetails ?? []).filter((t) => t.kind === k).map((t) => t.id)))].sort();
    return html`<tr><td>${TRIGGER_KIND_LABEL[k]}</td><td class="num">${n}</td><td>${join(ids.map((id) => html`<code class="legal-id"><a href="#legal-${id}">${id}</a></code>`), ' ')}</td></tr>`;
  });
  return html`<h3>Obligations triggered</h3><table><thead><tr><th>Trigger</th><th class="num">Assets</th><th>Articles</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function stores(report: ScanReport): Raw {
  const list = report.assessment?.stores ?? [];
  if (list.length === 0) return html``;
  const rows = list.map(
    (s) =>
      html`<tr><td class="mono">${s.store}</td><td>${s.kind}</td><td class="num">${num(s.assets)}</td><td class="num">${num(s.records)}</td><td>${s.sensitivity ? html`<span class="badge s-${s.sensitivity}">${s.sensitivity}</span>` : '–'}</td><td class="num">${s.score} <span class="badge l-${s.level}">${s.level}</span></td><td>${s.categories.join(', ')}</td></tr>`,
  );
  return html`<h3>Stores</h3><table><thead><tr><th>Store</th><th>Kind</th><th class="num">Assets</th><th class="num">Records</th><th>Sensitivity</th><th class="num">Highest risk</th><th>Categories</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function notes(report: ScanReport): Raw {
  const list = report.assessment?.notes ?? [];
  if (!report.assessment) return html`<p class="note">This report was made without a risk assessment; re-run the scan with a current piiscan for risk, triggers and minimisation.</p>`;
  return list.length ? html`<details><summary>Limits of this assessment (${list.length})</summary><ul>${list.map((n) => html`<li>${n}</li>`)}</ul></details>` : html``;
}

export function summarySection(report: ScanReport, ctx: ReporterContext): Raw {
  return html`<section id="summary"><h2>Executive summary</h2>${lead(report)}${cards(report)}${charts(report, ctx)}${triggers(report)}${stores(report)}${notes(report)}</section>`;
}
