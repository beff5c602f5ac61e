import { assetColumns } from '../../src/assess/asset-facts.js';
import { assetLabel, assetsByRisk, findingWhere, num } from '../../src/assess/present.js';
import { SENSITIVITIES, type Asset, type Finding, type ScanReport } from '../../src/types.js';
import type { ReporterContext } from '../types.js';
import { html, join, type Raw } from './template.js';

/** The findings, columns and minimisation tables: complete in the markup, filtered and sorted by the inline script. */

/** Rows beyond this are left to the JSON and CSV reports: a browser table of millions helps nobody. */
export const MAX_HTML_FINDINGS = 5000;
/** Minimisation rows kept in the page (riskiest assets first). */
export const MAX_HTML_MINIMISATION = 5000;

function sortable(label: string, kind: 'text' | 'num' = 'text', cls = ''): Raw {
  return html`<th data-sort="${kind}"${cls ? html` class="${cls}"` : ''}><button type="button">${label}</button></th>`;
}

function controls(tableId: string, label: string, selects: Raw[] = []): Raw {
  return html`<div class="controls"><input type="search" data-filter="${tableId}" id="${tableId}-filter" placeholder="Filter ${label}…" title="Rows containing every word typed" aria-label="Filter ${label}">${selects}<span class="count" data-count="${tableId}"></span></div>`;
}

function select(tableId: string, field: string, label: string, values: readonly string[]): Raw {
  return html`<select data-filter="${tableId}" data-field="${field}" aria-label="${label}"><option value="">${label}: all</option>${values.map((v) => html`<option value="${v}">${v}</option>`)}</select>`;
}

function legal(ids: readonly string[]): Raw {
  return join(ids.map((id) => html`<a href="#legal-${id}" class="legal-id">${id}</a>`), ' ');
}

function findingSortKey(f: Finding): string {
  const l = f.location;
  if (l.kind === 'file') return `${l.path}:${l.line}:${l.column}`;
  if (l.kind === 'cell') return `${l.path}:${l.sheet ?? ''}:${l.row}:${l.columnIndex}`;
  return `${l.store}/${l.schema}.${l.table}.${l.column}`;
}

export function findingsSection(report: ScanReport): Raw {
  const id = 'findings-table';
  const shown = report.findings.slice(0, MAX_HTML_FINDINGS);
  const withValues = report.findings.some((f) => f.value !== undefined);
  const detectors = [...new Set(report.findings.map((f) => f.detector))].sort();
  const rows = shown.map(
    (f) =>
      html`<tr data-sensitivity="${f.sensitivity}" data-detector="${f.detector}"><td class="mono" data-sort="${findingSortKey(f)}">${findingWhere(f)}</td><td><code>${f.detector}</code></td><td>${f.category}</td><td data-sort="${SENSITIVITIES.indexOf(f.sensitivity)}"><span class="badge s-${f.sensitivity}">${f.sensitivity}</span></td><td class="num">${f.confidence.toFixed(2)}</td><td class="mono">${f.snippet}</td>${withValues ? html`<td class="mono">${f.value ?? ''}</td>` : ''}<td>${legal(f.legal)}</td></tr>`,
  );
  const capped = report.findings.length > shown.length || report.assets.some((a) => a.truncated);
  const note = capped
    ? html`<p class="note">This table shows ${num(shown.length)} of ${num(report.scan.stats.findings)} occurrences (findings are capped per asset and in this page); counts elsewhere are exact. The JSON and CSV reports list every finding kept.</p>`
    : '';
  return html`<section id="findings"><h2>Findings</h2>${note}${controls(id, 'findings', [
    select(id, 'sensitivity', 'Sensitivity', [...SENSITIVITIES].reverse()),
    select(id, 'detector', 'Detector', detectors),
  ])}<table id="${id}" data-enhance><thead><tr>${[
    sortable('Location'),
    sortable('Detector'),
    sortable('Category'),
    sortable('Sensitivity', 'num'),
    sortable('Confidence', 'num', 'num'),
    sortable('Snippet'),
    withValues ? sortable('Value') : '',
    sortable('Legal'),
  ]}</tr></thead><tbody>${rows}</tbody></table>${withValues ? html`<p class="note">This report contains raw values (--show-values): keep it on a trusted machine.</p>` : ''}</section>`;
}

export function columnsSection(report: ScanReport, ctx: ReporterContext): Raw {
  const meta = new Map(ctx.catalog.map((d) => [d.id, d]));
  const rows: Raw[] = [];
  for (const a of assetsByRisk(report)) {
    for (const c of assetColumns(a)) {
      const s = meta.get(c.detector)?.sensitivity;
      rows.push(
        html`<tr data-protection="${c.protection ?? 'plain'}"><td class="mono">${assetLabel(a)}</td><td class="mono">${c.path ? `${c.name} › ${c.path}` : c.name}</td><td><code>${c.detector}</code></td><td>${s ? html`<span class="badge s-${s}">${s}</span>` : '–'}</td><td class="num">${c.matched ?? ''}/${c.sampled ?? ''}</td><td class="num">${c.ratio !== undefined ? c.ratio.toFixed(2) : ''}</td><td class="num">${c.confidence !== undefined ? c.confidence.toFixed(2) : ''}</td><td>${c.protection ?? 'plain'}</td><td>${c.nameHint ? 'yes' : ''}</td></tr>`,
      );
    }
  }
  if (rows.length === 0) return html``;
  const id = 'columns-table';
  return html`<section id="columns"><h2>Classified columns</h2>${controls(id, 'columns', [select(id, 'protection', 'Protection', ['plain', 'masked', 'hashed', 'encrypted', 'tokenised'])])}<table id="${id}" data-enhance><thead><tr>${[
    sortable('Asset'),
    sortable('Column'),
    sortable('Detector'),
    sortable('Sensitivity'),
    sortable('Matched', 'num', 'num'),
    sortable('Ratio', 'num', 'num'),
    sortable('Confidence', 'num', 'num'),
    sortable('Protection'),
    sortable('Name hint'),
  ]}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function minimisationSection(report: ScanReport, anchors: Map<Asset, string>): Raw {
  const rows: Raw[] = [];
  for (const a of assetsByRisk(report)) {
    for (const m of a.minimisation ?? []) {
      rows.push(
        html`<tr data-action="${m.action}"><td class="mono"><a href="#${anchors.get(a) ?? ''}">${assetLabel(a)}</a></td><td class="mono">${m.column ?? m.detector ?? '–'}</td><td><strong>${m.action}</strong></td><td>${m.detail}</td><td class="why">${m.why}</td><td>${legal(m.legal)}</td></tr>`,
      );
    }
  }
  if (rows.length === 0) return html`<section id="minimisation"><h2>Minimisation</h2><p>No recommendations.</p></section>`;
  const total = rows.length;
  rows.length = Math.min(rows.length, MAX_HTML_MINIMISATION);
  const cut = total > rows.length ? html`<p class="note">${num(rows.length)} of ${num(total)} recommendations are shown (riskiest assets first); the JSON report lists them all.</p>` : '';
  const id = 'minimisation-table';
  return html`<section id="minimisation"><h2>Minimisation</h2>${cut}${controls(id, 'recommendations', [select(id, 'action', 'Action', ['drop', 'mask', 'truncate', 'tokenise', 'hash', 'encrypt', 'expire'])])}<table id="${id}" data-enhance><thead><tr>${[
    sortable('Asset'),
    sortable('Data'),
    sortable('Action'),
    sortable('How'),
    sortable('Why'),
    sortable('Articles'),
  ]}</tr></thead><tbody>${rows}</tbody></table></section>`;
}
