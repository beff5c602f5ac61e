/**
 * Scores `assets[].columns` against the generated truth. Every reported (column, detector) entry is a
 * prediction: the right detector on a personal column is a true positive, any other entry a false positive
 * (on a non-personal column, or a second detector on a personal one); a personal column without its
 * detector is a false negative.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../../src/scan.js';
import type { Asset, ScanReport } from '../../../src/types.js';
import { generateTables, writeTables, type EvalTable, type TableOptions } from './tables.js';

export interface ColumnError {
  kind: 'fp' | 'fn';
  file: string;
  header: string;
  truth: string;
  detector: string | null;
  detail: string;
}

export interface ColumnScore {
  tables: number;
  columns: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Per truth kind: [tp, fp, fn]. */
  byKind: Map<string, { tp: number; fp: number; fn: number }>;
  errors: ColumnError[];
}

/** Which generated table an asset is: its file name (files) or table name (databases). */
export type AssetKey = (asset: Asset) => string | null;

const fileName: AssetKey = (a) => ('path' in a.location ? a.location.path.split('/').pop()! : null);

export function scoreColumns(tables: readonly EvalTable[], report: ScanReport, keyOf: AssetKey = fileName): ColumnScore {
  const byFile = new Map<string, { name: string; detector: string; confidence: number; matched: number; sampled: number }[]>();
  for (const a of report.assets) {
    const file = keyOf(a);
    if (file === null) continue;
    const list = byFile.get(file) ?? [];
    for (const c of a.columns ?? []) list.push({ name: c.path ? `${c.name}.${c.path}` : c.name, detector: c.detector, confidence: c.confidence, matched: c.matched, sampled: c.sampled });
    byFile.set(file, list);
  }
  const s: ColumnScore = { tables: tables.length, columns: 0, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, byKind: new Map(), errors: [] };
  for (const t of tables) {
    const predicted = byFile.get(t.file) ?? [];
    for (const col of t.columns) {
      s.columns++;
      const k = s.byKind.get(col.kind) ?? { tp: 0, fp: 0, fn: 0 };
      s.byKind.set(col.kind, k);
      const mine = predicted.filter((p) => p.name === col.header);
      for (const p of mine) {
        const detail = `${p.matched}/${p.sampled} conf ${p.confidence}`;
        if (p.detector === col.detector) {
          s.tp++;
          k.tp++;
        } else {
          s.fp++;
          k.fp++;
          s.errors.push({ kind: 'fp', file: t.file, header: col.header, truth: col.kind, detector: p.detector, detail });
        }
      }
      if (col.detector && !mine.some((p) => p.detector === col.detector)) {
        s.fn++;
        k.fn++;
        s.errors.push({ kind: 'fn', file: t.file, header: col.header, truth: col.kind, detector: col.detector, detail: mine.length ? `got ${mine.map((p) => p.detector).join(', ')}` : 'not reported' });
      }
    }
  }
  s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return s;
}

/** Generate, write to a temporary directory, scan with the real `scan()` path, score. */
export async function evaluateColumns(opts: TableOptions): Promise<ColumnScore> {
  const tables = generateTables(opts);
  const dir = mkdtempSync(join(tmpdir(), 'piiscan-colseval-'));
  try {
    await writeTables(dir, tables);
    const report = await scan([dir], { fingerprintKey: 'column-eval', cwd: dir });
    return scoreColumns(tables, report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
