/**
 * Generated tables with known column truth for the column-classification evaluation: each table mixes
 * personal and other columns, in CSV, XLSX or NDJSON, with headers from one split's vocabulary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '../prng.js';
import { GENERIC_HEADERS, OTHER_KINDS, PERSONAL_KINDS, VALUE_DRIVEN, type ColumnKind, type Split } from './kinds.js';

export interface TruthColumn {
  header: string;
  kind: string;
  detector: string | null;
}

export interface EvalTable {
  file: string;
  format: 'csv' | 'xlsx' | 'ndjson';
  columns: TruthColumn[];
  rows: string[][];
}

export interface TableOptions {
  seed: number;
  tables: number;
  split: Split;
  /** Rows per table (each table draws between min and max). */
  rows?: [number, number];
}

function pickColumns(r: Rng, split: Split): { kind: ColumnKind; header: string }[] {
  const personal = r.sample(PERSONAL_KINDS, r.int(2, 6));
  const other = r.sample(OTHER_KINDS, r.int(3, 7));
  const used = new Set<string>();
  const out: { kind: ColumnKind; header: string }[] = [];
  for (const kind of r.shuffle([...personal, ...other])) {
    let header = VALUE_DRIVEN.has(kind.id) && r.chance(0.15) ? r.pick(GENERIC_HEADERS) : r.pick(kind.headers[split]);
    // Two columns of one table never share a header (a reader would merge or rename them).
    while (used.has(header)) header = `${header}_2`;
    used.add(header);
    out.push({ kind, header });
  }
  return out;
}

export function generateTables(opts: TableOptions): EvalTable[] {
  const r = new Rng(opts.seed);
  const [lo, hi] = opts.rows ?? [30, 300];
  const tables: EvalTable[] = [];
  for (let t = 0; t < opts.tables; t++) {
    const cols = pickColumns(r, opts.split);
    const n = r.int(lo, hi);
    const rows: string[][] = [];
    for (let i = 0; i < n; i++) rows.push(cols.map(({ kind }) => (kind.empty && r.chance(kind.empty) ? '' : kind.value(r))));
    const format = r.weighted([[7, 'csv'], [2, 'xlsx'], [2, 'ndjson']] as const);
    tables.push({
      file: `t${String(t).padStart(3, '0')}.${format}`,
      format,
      columns: cols.map(({ kind, header }) => ({ header, kind: kind.id, detector: kind.detector })),
      rows,
    });
  }
  return tables;
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export async function writeTables(dir: string, tables: readonly EvalTable[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  for (const t of tables) {
    const path = join(dir, t.file);
    const headers = t.columns.map((c) => c.header);
    if (t.format === 'csv') {
      writeFileSync(path, [headers, ...t.rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n');
    } else if (t.format === 'ndjson') {
      writeFileSync(path, t.rows.map((row) => JSON.stringify(Object.fromEntries(headers.map((h, i) => [h, row[i]]).filter(([, v]) => v !== '')))).join('\n') + '\n');
    } else {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Data');
      ws.addRow(headers);
      for (const row of t.rows) ws.addRow(row.map((v) => (v === '' ? null : v)));
      await wb.xlsx.writeFile(path);
    }
  }
}
