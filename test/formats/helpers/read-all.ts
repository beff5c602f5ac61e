import type { FormatIssue, ReadOptions, TableBatch, TableReader } from '../../../src/formats/index.js';
import { FormatError } from '../../../src/formats/index.js';

export interface ReadResult {
  batches: TableBatch[];
  /** Every row as { row, sheet?, cells: column → value } (empty cells left out). */
  records: { row: number; sheet?: string; cells: Record<string, string> }[];
  issues: FormatIssue[];
  error?: FormatError;
}

/** Read a whole file, keeping what came before a fatal error. */
export async function readAll(reader: TableReader, path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const out: ReadResult = { batches: [], records: [], issues: [] };
  try {
    for await (const b of reader.read(path, { ...options, onIssue: (i) => out.issues.push(i) })) {
      out.batches.push(b);
      for (const r of b.rows) {
        const cells: Record<string, string> = {};
        r.values.forEach((v, i) => {
          if (v !== null) cells[b.columns[i]] = v;
        });
        out.records.push(b.sheet === undefined ? { row: r.row, cells } : { row: r.row, sheet: b.sheet, cells });
      }
    }
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    out.error = e;
  }
  return out;
}

/** The cells of a data row keyed by header, empty cells left out. */
export function cellsOf(header: readonly string[], values: readonly string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  values.forEach((v, i) => {
    if (v !== '') cells[header[i]] = v;
  });
  return cells;
}
