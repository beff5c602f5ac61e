import type { GateEvaluation } from './evaluate.js';
import type { Violation } from './types.js';

/**
 * The gate's few lines on stderr, for the person whose pull request failed: what failed and where, then
 * how to accept it (after review) — the exact `piiscan baseline update` command, an inline marker, or a
 * column annotation. Never a raw value: locations, detectors and masked snippets only.
 */

export interface SummaryContext {
  /** The command line that records the current violations in the baseline. */
  acceptCommand: string;
  baselineFile: string;
  baselineEntries: number;
  /** Findings the scan suppressed through allowlists and inline markers. */
  allowlisted: number;
  /** Columns accepted by an annotation. */
  annotated: number;
  /** Show at most this many violations. */
  limit?: number;
  /** Migration dialect, for the annotation example. */
  dialect?: string;
}

function where(v: Violation): string {
  const l = v.item.finding.location;
  if (l.kind === 'file') return `${l.path}:${l.line}:${l.column}`;
  if (l.kind === 'cell') return `${l.path}:${l.row} (${l.column})`;
  return `${l.store}/${l.schema}.${l.table}.${l.column}`;
}

function line(v: Violation): string {
  const f = v.item.finding;
  const what = v.item.kind === 'column' ? `column ${v.item.column}` : f.snippet;
  const why = v.why === 'expired' ? `baseline entry expired ${v.expires}` : v.item.note ?? 'new';
  return `  ${where(v)}  ${f.detector}  ${f.sensitivity}  ${f.confidence.toFixed(2)}  ${what}  — ${why}`;
}

export function renderGateSummary(e: GateEvaluation, ctx: SummaryContext): string {
  const out: string[] = [];
  const limit = ctx.limit ?? 50;
  const c = e.counts;
  const status = e.passed ? 'passed' : 'FAILED';
  const parts = [`${e.violations.length} violation(s)`];
  if (e.errors.length) parts.push(`${e.errors.length} error(s)${e.errorsFail ? '' : ' (allowed)'}`);
  out.push(`piiscan gate: ${status} — ${parts.join(', ')}`);
  for (const v of e.violations.slice(0, limit)) out.push(line(v));
  if (e.violations.length > limit) out.push(`  … and ${e.violations.length - limit} more (write them with --format json|sarif --output FILE)`);
  for (const err of e.errors.slice(0, limit)) out.push(`  error: ${err.message}${e.errorsFail ? '' : ' (allowed by --allow-errors)'}`);
  const accepted: string[] = [];
  if (c.baselined) accepted.push(`${c.baselined} in the baseline`);
  if (ctx.allowlisted) accepted.push(`${ctx.allowlisted} allowlisted or marked piiscan:allow`);
  if (ctx.annotated) accepted.push(`${ctx.annotated} annotated column(s)`);
  if (c.belowPolicy) accepted.push(`${c.belowPolicy} below the policy`);
  if (c.ignored) accepted.push(`${c.ignored} on ignored paths`);
  if (accepted.length) out.push(`  accepted: ${accepted.join(', ')}`);
  if (!e.passed) {
    out.push('To accept after review:');
    const values = e.violations.filter((v) => v.item.kind === 'value' && v.why === 'new');
    const columns = e.violations.filter((v) => v.item.kind === 'column');
    const expired = e.violations.filter((v) => v.why === 'expired');
    if (values.length || columns.length) {
      out.push(`  - record them in the baseline (${ctx.baselineFile}, ${ctx.baselineEntries} entries): ${ctx.acceptCommand} [--reason "…"] [--expires YYYY-MM-DD]`);
    }
    if (values.length) out.push('  - or mark the line: a comment with `piiscan:allow` (or `piiscan:allow(<detector>)`) on that line');
    if (columns.length) {
      const v = columns[0].item;
      const [table, column] = (v.column ?? '.').split('.');
      const note = `'pii: ${v.finding.detector}; purpose: …; retention: …'`;
      if (ctx.dialect === 'mysql' || ctx.dialect === 'mariadb') {
        out.push(`  - or annotate the column: ALTER TABLE ${table} MODIFY ${column} <type> COMMENT ${note}`);
      } else out.push(`  - or annotate the column: COMMENT ON COLUMN ${table}.${column} IS ${note}`);
      out.push('    (or an entry `table.column: "pii: …; purpose: …; retention: …"` in piiscan-annotations.yaml beside the migrations)');
    }
    if (expired.length) out.push(`  - expired baseline entries: review them, then move their \`expires\` date in ${ctx.baselineFile}`);
    if (e.errorsFail) out.push('  - errors fail the gate (it fails closed): fix the input, or pass --allow-errors');
  }
  return out.join('\n') + '\n';
}
