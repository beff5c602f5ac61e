import { describe, expect, it } from 'vitest';
import { generateTables } from '../../bench/eval/columns/tables.js';
import { evaluateColumns, scoreColumns } from '../../bench/eval/columns/score.js';
import type { ScanReport } from '../../src/types.js';

/**
 * The column-classification evaluation (`npm run eval:columns`) on a small sample: the harness scores right,
 * and the classifier keeps issue #3's bar (precision and recall ≥ 0.9) on both header vocabularies.
 */
describe('bench/eval/columns', () => {
  it('is reproducible and labels every column', () => {
    const a = generateTables({ seed: 3, tables: 4, split: 'tune' });
    const b = generateTables({ seed: 3, tables: 4, split: 'tune' });
    expect(b).toEqual(a);
    for (const t of a) {
      expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
      expect(t.columns.some((c) => c.detector !== null)).toBe(true);
      for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    }
  });

  it('counts a right detector as a hit, a wrong or extra one as a false positive, a missing one as a miss', () => {
    const tables = [{ file: 'a.csv', format: 'csv' as const, rows: [], preamble: [], columns: [
      { header: 'email', kind: 'email', detector: 'email' },
      { header: 'order_no', kind: 'order-no', detector: null },
      { header: 'phone', kind: 'phone', detector: 'phone' },
    ] }];
    const col = (name: string, detector: string) => ({ name, path: null, detector, matched: 1, sampled: 1, ratio: 1, confidence: 0.9, protection: 'plain' as const, nameHint: false, evidence: {} });
    const report = { assets: [{ location: { kind: 'file', path: 'x/a.csv' }, columns: [col('email', 'email'), col('order_no', 'us.ssn')] }] } as unknown as ScanReport;
    const s = scoreColumns(tables, report);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
  });

  for (const split of ['tune', 'holdout'] as const) {
    it(`classifies generated ${split} tables with precision and recall ≥ 0.9`, async () => {
      const s = await evaluateColumns({ seed: split === 'tune' ? 11 : 1011, tables: 10, split, rows: [25, 70] });
      expect(s.columns).toBeGreaterThan(60);
      expect(s.precision, JSON.stringify(s.errors.slice(0, 10))).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, JSON.stringify(s.errors.slice(0, 10))).toBeGreaterThanOrEqual(0.9);
    }, 120_000);
  }
});
