import { assetLabel, assetsByRisk, countsByDetector, findingWhere, num, triggerKindCounts, TRIGGER_KIND_LABEL, triggerTitle } from '../src/assess/present.js';
import type { Asset, ScanReport } from '../src/types.js';
import { defineReporter, type ReporterContext } from './types.js';

/**
 * Markdown sized for a pull-request comment: a headline, the riskiest assets, counts by detector, the
 * triggered obligations, and minimisation and legal references folded in <details>. GitHub caps a comment
 * at 65,536 characters, so long lists are cut with a note and the folded parts go first if still too long.
 */

const MAX_CHARS = 60_000;
const TOP_ASSETS = 10;
const MAX_TRIGGER_LINES = 30;
const MAX_MINIMISATION_ROWS = 60;
const MAX_FINDING_ROWS = 30;

/** Text inside a table cell: Markdown and HTML specials escaped, pipes escaped, no line breaks. */
export function mdText(s: string): string {
  return s
    .replace(/[\\`*_[\]<>#~]/g, (c) => `\\${c}`)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** A code span (paths, ids): a fence longer than any backtick run inside; pipes escaped for tables. */
export function mdCode(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const body = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return longest > 0 ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}

function riskCell(a: Asset): string {
  return a.risk ? `**${a.risk.score}** ${a.risk.level}` : '–';
}

function detectorsCell(a: Asset, max = 6): string {
  const ids = Object.entries(a.counts).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const shown = ids.slice(0, max).map(([id, n]) => `${mdText(id)} ×${n}`);
  return shown.join(', ') + (ids.length > max ? `, … +${ids.length - max}` : '');
}

function headline(report: ScanReport): string[] {
  const s = report.scan.stats;
  const top = assetsByRisk(report)[0];
  const risk = top?.risk ? `highest risk **${top.risk.level} (${top.risk.score}/100)**` : 'no assets with personal data';
  const out = [`## piiscan: ${num(s.findings)} finding(s) in ${num(report.assets.length)} asset(s), ${risk}`, ''];
  out.push(
    `Scanned ${report.scan.targets.map(mdCode).join(', ') || '(no targets)'}: ${num(s.files)} file(s), ${num(s.tables)} table(s), ` +
      `${(s.bytes / 1e6).toFixed(1)} MB, ${num(s.errors)} error(s), ${num(s.skipped ?? 0)} skipped. Scan ${mdCode(report.scan.id)} at ${mdText(report.scan.startedAt)}.`,
  );
  const a = report.assessment;
  if (a) {
    out.push('');
    out.push(`**Assets by risk:** ${(['critical', 'high', 'medium', 'low'] as const).map((l) => `${l} ${a.byLevel[l]}`).join(' · ')}  `);
    out.push(`**Triggers:** ${triggerKindCounts(report).map(([k, n]) => `${TRIGGER_KIND_LABEL[k]} ${n}`).join(' · ')}`);
  }
  return out;
}

function topAssets(report: ScanReport): string[] {
  const assets = assetsByRisk(report);
  if (assets.length === 0) return [];
  const out = ['', `### Top assets by risk`, '', '| Risk | Asset | Sensitivity | Detectors | Combinations | Triggers |', '|---:|---|---|---|---|---|'];
  for (const a of assets.slice(0, TOP_ASSETS)) {
    const combos = (a.combinations ?? []).map((c) => mdText(c.name)).join(', ') || '–';
    const trig = (a.triggers ?? []).map(mdCode).join(' ') || '–';
    out.push(`| ${riskCell(a)} | ${mdCode(assetLabel(a))} | ${a.sensitivity ?? '–'} | ${detectorsCell(a)} | ${combos} | ${trig} |`);
  }
  if (assets.length > TOP_ASSETS) out.push('', `… and ${assets.length - TOP_ASSETS} more asset(s); the HTML or JSON report lists them all.`);
  return out;
}

function byDetector(report: ScanReport, ctx: ReporterContext): string[] {
  const rows = countsByDetector(report);
  if (rows.length === 0) return [];
  const meta = new Map(ctx.catalog.map((d) => [d.id, d]));
  const sens = new Map(report.findings.map((f) => [f.detector, f.sensitivity]));
  const out = ['', '### Findings by detector', '', '| Detector | Sensitivity | Count |', '|---|---|---:|'];
  for (const [id, n] of rows) out.push(`| ${mdCode(id)} | ${meta.get(id)?.sensitivity ?? sens.get(id) ?? '–'} | ${num(n)} |`);
  return out;
}

function triggers(report: ScanReport): string[] {
  const lines: string[] = [];
  for (const a of assetsByRisk(report)) {
    for (const t of a.triggerDetails ?? []) lines.push(`- **${TRIGGER_KIND_LABEL[t.kind]}** ${mdCode(t.id)} (${mdText(triggerTitle(t.id))}) in ${mdCode(assetLabel(a))}: ${mdText(t.why)}`);
  }
  if (lines.length === 0) return [];
  const out = ['', '### Triggers', '', ...lines.slice(0, MAX_TRIGGER_LINES)];
  if (lines.length > MAX_TRIGGER_LINES) out.push(`- … ${lines.length - MAX_TRIGGER_LINES} more`);
  return out;
}

function findingsSample(report: ScanReport): string[] {
  const rows = [...report.findings].sort((a, b) => b.confidence - a.confidence).slice(0, MAX_FINDING_ROWS);
  if (rows.length === 0) return [];
  const out = ['', `<details><summary>Findings (${Math.min(MAX_FINDING_ROWS, report.findings.length)} of ${num(report.scan.stats.findings)}, most confident first)</summary>`, ''];
  out.push('| Location | Detector | Sensitivity | Confidence | Snippet |', '|---|---|---|---:|---|');
  for (const f of rows) out.push(`| ${mdCode(findingWhere(f))} | ${mdCode(f.detector)} | ${f.sensitivity} | ${f.confidence.toFixed(2)} | ${mdCode(f.snippet)} |`);
  out.push('', '</details>');
  return out;
}

function minimisation(report: ScanReport): string[] {
  const rows: string[] = [];
  for (const a of assetsByRisk(report)) {
    for (const m of a.minimisation ?? []) {
      const what = m.column ? `column ${mdCode(m.column)}` : m.detector ? mdCode(m.detector) : '–';
      rows.push(`| ${mdCode(assetLabel(a))} | ${what} | **${m.action}** | ${mdText(m.detail)} | ${m.legal.map(mdCode).join(' ')} |`);
    }
  }
  if (rows.length === 0) return [];
  const out = ['', `<details><summary>Minimisation (${rows.length} recommendation(s))</summary>`, '', '| Asset | Data | Action | How | Articles |', '|---|---|---|---|---|'];
  out.push(...rows.slice(0, MAX_MINIMISATION_ROWS));
  if (rows.length > MAX_MINIMISATION_ROWS) out.push('', `… ${rows.length - MAX_MINIMISATION_ROWS} more in the HTML or JSON report.`);
  out.push('', '</details>');
  return out;
}

function legal(report: ScanReport): string[] {
  const ids = Object.keys(report.legal).sort();
  if (ids.length === 0) return [];
  const out = ['', `<details><summary>Legal references (${ids.length})</summary>`, ''];
  for (const id of ids) {
    const e = report.legal[id];
    const label = `${e.regulation} ${e.article}`;
    out.push(`- ${mdCode(id)} ${e.link ? `[${mdText(label)}](${e.link})` : mdText(label)}: ${mdText(e.title)}`);
  }
  out.push('', '</details>');
  return out;
}

export function renderMarkdown(report: ScanReport, ctx: ReporterContext): string {
  const head = [...headline(report), ...topAssets(report), ...byDetector(report, ctx), ...triggers(report)];
  const folded = [findingsSample(report), minimisation(report), legal(report)];
  const errors = report.scan.errors.length ? ['', `**Errors:** ${report.scan.errors.map((e) => mdText(e.message)).join('; ')}`] : [];
  const foot = ['', `<sub>${mdText(`${ctx.tool.name} ${ctx.tool.version}`)}. Snippets are masked; fingerprints are keyed HMACs (key ${mdCode(report.scan.fingerprintKeyId)}).</sub>`, ''];
  // Drop folded sections from the end until the comment fits.
  for (let keep = folded.length; keep >= 0; keep--) {
    const text = [...head, ...folded.slice(0, keep).flat(), ...errors, ...(keep < folded.length ? ['', '_Some sections were left out to fit a comment; see the HTML report._'] : []), ...foot].join('\n');
    if (text.length <= MAX_CHARS || keep === 0) return text;
  }
  return '';
}

export default defineReporter({ id: 'markdown', title: 'Markdown summary (pull-request comment)', extension: 'md', render: renderMarkdown });
