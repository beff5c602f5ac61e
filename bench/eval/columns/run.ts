/**
 * `npm run eval:columns [-- --seed N --tables N --split tune|holdout|both --errors N --db postgres|mysql]`:
 * column precision and recall of the classifier on generated CSV/XLSX/NDJSON tables, or on the same tables
 * loaded into a live database with `--db` (issues #3 and #4: ≥ 0.9 each), per split, with the per-kind
 * tallies and the first errors.
 */
import { parseArgs } from 'node:util';
import type { Split } from './kinds.js';
import { evaluateDbColumns, type Dialect } from './db.js';
import { evaluateColumns } from './score.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '7' },
    tables: { type: 'string', default: '120' },
    split: { type: 'string', default: 'both' },
    errors: { type: 'string', default: '25' },
    db: { type: 'string' },
  },
});
const splits: Split[] = values.split === 'both' ? ['tune', 'holdout'] : [values.split as Split];
const pct = (x: number) => (x * 100).toFixed(1);
for (const split of splits) {
  const t0 = performance.now();
  // The held-out split draws from another seed as well as other headers.
  const opts = { seed: Number(values.seed) + (split === 'holdout' ? 1000 : 0), tables: Number(values.tables), split };
  const s = values.db ? await evaluateDbColumns(values.db as Dialect, opts) : await evaluateColumns(opts);
  console.log(`\n== ${values.db ?? 'files'}, ${split}: ${s.tables} tables, ${s.columns} columns (${((performance.now() - t0) / 1000).toFixed(1)} s) ==`);
  console.log(`precision ${pct(s.precision)} %  recall ${pct(s.recall)} %  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})  target ≥ 90 % each`);
  for (const [kind, k] of [...s.byKind].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (k.fp || k.fn) console.log(`  ${kind.padEnd(14)} tp ${k.tp}  fp ${k.fp}  fn ${k.fn}`);
  }
  for (const e of s.errors.slice(0, Number(values.errors))) console.log(`  ${e.kind.toUpperCase()} ${e.file} "${e.header}" (${e.truth}) → ${e.detector ?? '-'}: ${e.detail}`);
}
