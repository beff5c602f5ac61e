import type { Finding, ScanReport } from '../src/types.js';
import { defineReporter, type ReporterContext } from './types.js';

/** A readable summary for people; not part of the contract. */

const SENS_ORDER = ['restricted', 'confidential', 'internal', 'public'];

function where(f: Finding): string {
  const l = f.location;
  if (l.kind === 'file') return `${l.path}:${l.line}:${l.column}`;
  if (l.kind === 'cell') return `${l.path}${l.sheet ? `[${l.sheet}]` : ''} row ${l.row} col ${l.column}`;
  return `${l.store} ${l.schema}.${l.table}.${l.column}${l.path ? ` (${l.path})` : ''}`;
}

function paint(ctx: ReporterContext, code: string, s: string): string {
  return ctx.color ? `\u001b[${code}m${s}\u001b[0m` : s;
}

export function renderText(report: ScanReport, ctx: ReporterContext): string {
  const out: string[] = [];
  const s = report.scan.stats;
  const byDetector = new Map<string, number>();
  for (const a of report.assets) for (const [id, n] of Object.entries(a.counts)) byDetector.set(id, (byDetector.get(id) ?? 0) + n);
  for (const f of report.findings) {
    const sens = f.sensitivity === 'restricted' ? paint(ctx, '31', f.sensitivity) : f.sensitivity === 'confidential' ? paint(ctx, '33', f.sensitivity) : f.sensitivity;
    const value = f.value !== undefined ? `  value=${JSON.stringify(f.value)}` : '';
    out.push(`${where(f)}  ${paint(ctx, '1', f.detector)}  ${sens}  ${f.confidence.toFixed(2)}  ${f.snippet}${value}`);
  }
  if (report.findings.length) out.push('');
  const truncated = report.assets.filter((a) => a.truncated);
  for (const a of truncated) {
    const p = 'path' in a.location ? a.location.path : '';
    out.push(`note: ${p}: findings list capped; counts are exact (${Object.values(a.counts).reduce((x, y) => x + y, 0)} in all)`);
  }
  if (byDetector.size) {
    out.push('Findings by detector:');
    const rows = [...byDetector.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [id, n] of rows) out.push(`  ${id.padEnd(24)} ${String(n).padStart(8)}`);
    out.push('');
  }
  if (report.assets.length) {
    out.push('Assets by sensitivity:');
    const assets = [...report.assets].sort((a, b) => SENS_ORDER.indexOf(a.sensitivity ?? 'public') - SENS_ORDER.indexOf(b.sensitivity ?? 'public'));
    for (const a of assets) {
      const l = a.location;
      const p = l.kind === 'file' ? l.path : l.kind === 'sheet' ? `${l.path} [${l.sheet}]` : `${l.store} ${l.schema}.${l.table}`;
      out.push(`  ${(a.sensitivity ?? '-').padEnd(13)} ${p}  (${a.detectors.join(', ')})`);
    }
    out.push('');
  }
  for (const e of report.scan.errors) out.push(paint(ctx, '31', `error: ${e.message}`));
  if (report.scan.errors.length) out.push('');
  const mb = s.bytes / 1e6;
  out.push(
    `Scanned ${s.files} file(s), ${mb.toFixed(1)} MB${s.tables ? `, ${s.tables} table(s)` : ''}${s.rows ? `, ${s.rows} row(s)` : ''} in ${(s.durationMs / 1000).toFixed(2)} s: ${s.findings} finding(s) in ${report.assets.length} asset(s), ${s.errors} error(s), ${s.skipped} skipped.`,
  );
  if (report.findings.some((f) => f.value === undefined)) out.push('Values are masked; --show-values prints them.');
  return out.join('\n') + '\n';
}

export default defineReporter({ id: 'text', title: 'Human-readable summary', extension: 'txt', render: renderText });
