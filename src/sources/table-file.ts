import { hintedDetectorIds } from '../classify/column-hints.js';
import { ColumnClassifier, type ColumnClassification } from '../classify/column.js';
import { columnName, GENERIC_COLUMN } from '../formats/column-names.js';
import { AssetTally } from '../engine/asset-tally.js';
import type { CompiledEngine } from '../engine/compile.js';
import type { FingerprintKey } from '../engine/fingerprint.js';
import { isFormatError } from '../formats/errors.js';
import type { FormatIssue, TableReader } from '../formats/types.js';
import type { Allowlist } from '../policy/allowlist.js';
import type { Asset, Detector, Finding, ScanError } from '../types.js';
import type { FileUnit } from './crawl.js';
import { fileModeText, highestSensitivity } from './unit-facts.js';

/**
 * A table file (CSV/TSV, XLSX, JSON, NDJSON, and their .gz) scanned cell by cell: each column is classified
 * from its values with its header as context (src/classify/column.ts), each accepted value is a `cell`
 * finding, and a row is the record for combination rules. A workbook gives one asset per sheet; other
 * files one asset. A fatal format error keeps everything read before it and becomes a `scan.errors` entry.
 */
export interface TableScanOptions {
  engine: CompiledEngine;
  detectors: readonly Detector[];
  minConfidence: number;
  showValues: boolean;
  maxFindings: number;
  key: FingerprintKey;
  now?: Date;
  allowlist?: Allowlist;
}

export interface TableScanResult {
  assets: { asset: Asset; findings: Finding[]; total: number }[];
  errors: ScanError[];
  /** Non-fatal problems (ragged rows, an invalid NDJSON line): the file was still scanned. */
  warnings: ScanError[];
  rows: number;
  /** Values an allowlist accepted. */
  allowed: number;
}


class SheetScan {
  readonly tally: AssetTally;
  /**
   * Per column position, one classifier per name seen there: title rows above a header come as their own
   * batch named `column<N>`, and must neither take the header's place nor lend it their values.
   */
  readonly columns: (ColumnClassifier[] | undefined)[] = [];
  rows = 0;

  constructor(
    readonly sheet: string | undefined,
    private readonly unit: FileUnit,
    private readonly opts: TableScanOptions,
  ) {
    this.tally = new AssetTally({ showValues: opts.showValues, maxFindings: opts.maxFindings, key: opts.key, path: unit.path, now: opts.now, allowlist: opts.allowlist });
  }

  classifier(index: number, name: string): ColumnClassifier {
    const here = (this.columns[index] ??= []);
    let c = here.length === 1 && here[0].name === name ? here[0] : here.find((x) => x.name === name);
    if (!c) {
      const hinted = GENERIC_COLUMN.test(name) ? [] : hintedDetectorIds(name, this.opts.detectors);
      c = new ColumnClassifier(this.opts.engine, name, hinted, this.opts.minConfidence);
      here.push(c);
    }
    return c;
  }

  row(row: number, columns: readonly string[], values: readonly (string | null)[]): void {
    this.rows++;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === '') continue;
      const name = columns[i] ?? columnName(i);
      for (const c of this.classifier(i, name).add(v)) {
        if (!this.tally.admits(c)) continue;
        const d = this.opts.engine.detectors[c.detectorIndex].detector;
        this.tally.add(c, d, () => ({ kind: 'cell', path: this.unit.path, ...(this.sheet !== undefined ? { sheet: this.sheet } : {}), row, column: name, columnIndex: i + 1 }));
      }
    }
    this.tally.endRecord();
  }

  toAsset(encoding?: string): Asset {
    const columns: ColumnClassification[] = this.columns.flatMap((at) => (at ?? []).flatMap((c) => c.finish()));
    const ids = Object.keys(this.tally.counts).sort();
    // A column known only by its name still marks the asset (a `password` column of hashes is still credentials).
    const sensitivity = highestSensitivity(new Set([...ids, ...columns.map((c) => c.detector)]), this.opts.detectors);
    const distinct = this.tally.distinct;
    return {
      kind: this.sheet !== undefined ? 'sheet' : 'file',
      location: this.sheet !== undefined ? { kind: 'sheet', path: this.unit.path, sheet: this.sheet } : { kind: 'file', path: this.unit.path },
      records: this.rows,
      recordsEstimated: false,
      sampled: this.rows,
      ...(this.sheet === undefined ? { bytes: this.unit.size } : {}),
      counts: Object.fromEntries(ids.map((id) => [id, this.tally.counts[id]])),
      distinct,
      ...(this.tally.distinctCapped ? { distinctCapped: true } : {}),
      cooccurrence: this.tally.cooccurrence,
      ...(this.tally.minors.under16 > 0 ? { minors: { ...this.tally.minors } } : {}),
      truncated: this.tally.truncated,
      sensitivity,
      detectors: [...new Set([...ids, ...columns.map((c) => c.detector)])].sort(),
      ...(encoding ? { encoding } : {}),
      columns,
      exposure: { fileMode: fileModeText(this.unit.mode) },
    };
  }
}

export async function scanTableFile(unit: FileUnit, reader: TableReader, opts: TableScanOptions): Promise<TableScanResult> {
  const sheets = new Map<string, SheetScan>();
  const errors: ScanError[] = [];
  const warnings: ScanError[] = [];
  const onIssue = (i: FormatIssue) =>
    warnings.push({
      target: unit.path,
      asset: i.sheet ? `${unit.path}#${i.sheet}` : unit.path,
      code: i.code,
      message: `${unit.path}${i.sheet ? ` [${i.sheet}]` : ''}${i.row ? ` row ${i.row}` : ''}: ${i.message}`,
    });
  try {
    for await (const batch of reader.read(unit.abs, { onIssue })) {
      const key = batch.sheet ?? '';
      let s = sheets.get(key);
      if (!s) sheets.set(key, (s = new SheetScan(batch.sheet, unit, opts)));
      for (const r of batch.rows) s.row(r.row, batch.columns, r.values);
    }
  } catch (err) {
    if (!isFormatError(err)) throw err;
    const where = err.details.row && !/\brow\b/.test(err.message) ? ` (stopped at row ${err.details.row})` : '';
    errors.push({ target: unit.path, asset: unit.path, code: err.code, message: `${unit.path}: ${err.message}${where}` });
  }
  const assets = [...sheets.values()].map((s) => ({ asset: s.toAsset(reader.format), findings: s.tally.findings, total: s.tally.total }));
  const all = [...sheets.values()];
  return { assets, errors, warnings, rows: all.reduce((n, s) => n + s.rows, 0), allowed: all.reduce((n, s) => n + s.tally.allowed, 0) };
}
