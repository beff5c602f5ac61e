import { assetLabel, assetsByRisk, num, triggerTitle, TRIGGER_KIND_LABEL } from '../../src/assess/present.js';
import type { Asset, ScanReport } from '../../src/types.js';
import { FACTOR_COLOR } from './colors.js';
import { stackedBar } from './svg.js';
import { html, join, type Raw } from './template.js';

/** Per-asset drill-down: facts, the risk factors that add up to the score, combinations, triggers, minimisation. */

function legalLinks(ids: readonly string[]): Raw {
  return join(ids.map((id) => html`<code class="legal-id"><a href="#legal-${id}">${id}</a></code>`), ' ');
}

function facts(a: Asset): Raw {
  const e = a.exposure;
  const grants = e?.grants?.length ? e.grants.map((g) => `${g.grantee} ${g.privilege}${g.column ? ` (${g.column})` : ''}`).join(', ') : null;
  const items: [string, string | null][] = [
    ['kind', a.kind],
    ['records', `${num(a.records)}${a.recordsEstimated ? ' (estimated)' : ''}${a.sampled !== a.records ? `, ${num(a.sampled)} sampled` : ''}`],
    ['bytes', a.bytes !== undefined ? num(a.bytes) : null],
    ['encoding', a.encoding ?? null],
    ['file mode', e?.fileMode ?? null],
    ['grants', grants],
    ['children', a.minors ? `${a.minors.under16} under 16, ${a.minors.under14} under 14` : null],
    ['escalated', a.escalation ? `from ${a.escalation.from ?? 'none'}: ${a.escalation.reasons.join('; ')}` : null],
  ];
  return html`<dl class="facts">${items.filter(([, v]) => v !== null).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function risk(a: Asset): Raw {
  const r = a.risk;
  if (!r) return html``;
  const bar = stackedBar(
    r.factors.map((f) => ({ label: f.name, value: f.contribution, color: FACTOR_COLOR[f.name] })),
    100,
    `Risk ${r.score} of 100 by factor`,
  );
  const legend = html`<div class="legend">${r.factors.filter((f) => f.contribution > 0).map((f) => html`<span style="--c:${FACTOR_COLOR[f.name]}">${f.name} ${f.contribution}</span>`)}</div>`;
  const rows = r.factors.map(
    (f) =>
      html`<tr><td>${f.name}</td><td>${String(f.value)}</td><td class="num">${f.severity}</td><td class="num">${f.weight}</td><td class="num"><strong>${f.contribution}</strong></td><td class="why">${f.detail}</td></tr>`,
  );
  const sum = r.factors.reduce((s, f) => s + f.contribution, 0);
  return html`<h3>Risk ${r.score}/100 <span class="badge l-${r.level}">${r.level}</span></h3>${bar}${legend}<table><thead><tr><th>Factor</th><th>Value</th><th class="num">Severity</th><th class="num">Weight</th><th class="num">Contribution</th><th>How it was measured</th></tr></thead><tbody>${rows}<tr><td colspan="4"><strong>Score</strong> = Σ contributions (100 × weight × severity, largest-remainder rounded)</td><td class="num"><strong>${sum}</strong></td><td></td></tr></tbody></table>`;
}

function combinations(a: Asset): Raw {
  const list = a.combinations ?? [];
  if (list.length === 0) return html``;
  return html`<h3>Combinations in records</h3><ul>${list.map((c) => html`<li><strong>${c.title}</strong> <span class="badge s-${c.sensitivity}">${c.sensitivity}</span> — ${c.why} ${legalLinks(c.legal)}</li>`)}</ul>`;
}

function triggers(a: Asset): Raw {
  const list = a.triggerDetails ?? [];
  if (list.length === 0) return html``;
  return html`<h3>Triggers</h3><ul>${list.map((t) => html`<li><strong>${TRIGGER_KIND_LABEL[t.kind]}</strong> ${legalLinks([t.id])} ${triggerTitle(t.id)}: <span class="why">${t.why}</span></li>`)}</ul>`;
}

function minimisation(a: Asset): Raw {
  const list = a.minimisation ?? [];
  if (list.length === 0) return html``;
  return html`<h3>Minimisation</h3><table><thead><tr><th>Data</th><th>Action</th><th>How</th><th>Why</th><th>Articles</th></tr></thead><tbody>${list.map(
    (m) => html`<tr><td class="mono">${m.column ?? m.detector ?? '–'}</td><td><strong>${m.action}</strong></td><td>${m.detail}</td><td class="why">${m.why}</td><td>${legalLinks(m.legal)}</td></tr>`,
  )}</tbody></table>`;
}

function detectors(a: Asset): Raw {
  const rows = Object.entries(a.counts).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return html`<h3>Detectors</h3><p>${join(rows.map(([id, n]) => html`<code>${id}</code> ×${n}${a.distinct?.[id] !== undefined ? html` <span class="why">(${a.distinct[id]} distinct)</span>` : ''}`), ', ')}${a.truncated ? html` <span class="note">findings list capped; counts are exact</span>` : ''}</p>`;
}

/** Drill-downs beyond this are left to the JSON report: the page must stay light enough to open. */
export const MAX_ASSET_DETAILS = 200;

/** Stable anchors per asset, for links from the heat map and tables. */
export function assetAnchors(report: ScanReport): Map<Asset, string> {
  return new Map(assetsByRisk(report).map((a, i) => [a, `asset-${i + 1}`]));
}

export function assetsSection(report: ScanReport, anchors: Map<Asset, string>): Raw {
  const assets = assetsByRisk(report);
  if (assets.length === 0) return html``;
  const items = assets.slice(0, MAX_ASSET_DETAILS).map(
    (a, i) =>
      html`<details class="asset" id="${anchors.get(a) ?? ''}"${i === 0 ? html` open` : ''}><summary>${a.risk ? html`<span class="badge l-${a.risk.level}">${a.risk.score} ${a.risk.level}</span>` : ''}<span class="mono">${assetLabel(a)}</span>${a.sensitivity ? html`<span class="badge s-${a.sensitivity}">${a.sensitivity}</span>` : ''}<span class="why">${(a.triggers ?? []).join(' · ')}</span></summary><div class="body">${facts(a)}${risk(a)}${combinations(a)}${triggers(a)}${minimisation(a)}${detectors(a)}</div></details>`,
  );
  const cut = assets.length > MAX_ASSET_DETAILS ? html`<p class="note">The ${MAX_ASSET_DETAILS} riskiest of ${assets.length} assets are shown; the JSON report holds every asset's assessment.</p>` : '';
  return html`<section id="assets"><h2>Assets</h2><p class="why">Riskiest first. Open an asset to see how its score adds up.</p>${items}${cut}</section>`;
}
