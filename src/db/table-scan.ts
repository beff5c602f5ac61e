import { hintedDetectorIds } from '../classify/column-hints.js';
import { ColumnClassifier, type ColumnClassification } from '../classify/column.js';
import { AssetTally } from '../engine/asset-tally.js';
import type { Candidate } from '../engine/overlap.js';
import type { TableScanOptions } from '../sources/table-file.js';
import { highestSensitivity } from '../sources/unit-facts.js';
import type { Asset, Finding } from '../types.js';
import { RetentionTracker, type RetentionFacts } from './retention.js';
import type { DbGrant, DbTable, DbValue } from './types.js';
import { feedValue, type ValueSink } from './values.js';

/**
 * One sampled database table, classified the way table files are (src/sources/table-file.ts): a
 * ColumnClassifier per column — per (column, key path) for JSON — with the column name as hint and the
 * name, key path and column comment as header context; accepted values go through an AssetTally as
 * `column` findings, and a row is the record for combination rules.
 */
export interface DbClassifyOptions extends TableScanOptions {
  now: Date;
  /** Retention policy in days (piiscan.yaml `retention`). */
  retention?: Readonly<Record<string, number>>;
}

/** CONTRACT.md `assets[]` for a table, with how it was sampled and its record ages. */
export interface TableAsset extends Asset {
  retention?: RetentionFacts;
  sample: { method: string; random: boolean; binaryValues?: number };
  exposure: { grants: DbGrant[]; fileMode?: string };
}

export interface TableResult {
  asset: TableAsset;
  findings: Finding[];
  total: number;
  /** Values an allowlist accepted. */
  allowed: number;
}

/** The last key of a JSON path (`contact.email` → `email`, `phones[]` → `phones`): what names the value. */
function lastKey(path: string): string {
  const parts = path.replace(/\[\]/g, '').split('.').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

interface Pending {
  column: number;
  path: string | null;
  candidate: Candidate;
}

/** A hint inside a column comment (`CONTAINS_STRENGTH`): comments describe, names label. */
const COMMENT_HINT_STRENGTH = 0.4;

/** `customers` → `customer`, `categories` → `category`: the noun a row of the table is. */
function singular(table: string): string {
  if (/ies$/i.test(table)) return `${table.slice(0, -3)}y`;
  if (/(ss|us|is)$/i.test(table)) return table;
  return table.replace(/s$/i, '');
}

export class TableScan {
  readonly tally: AssetTally;
  rows = 0;
  binary = 0;
  private readonly classifiers = new Map<string, ColumnClassifier>();
  private readonly retention: RetentionTracker;
  private readonly sinks: ValueSink[];
  /** Candidates of the sampled rows (bounded by the sample size), kept until the columns are classified. */
  private pending: Pending[][] = [];
  private current: Pending[] = [];
  private classified: ColumnClassification[] | undefined;

  constructor(
    readonly store: string,
    readonly table: DbTable,
    private readonly opts: DbClassifyOptions,
  ) {
    this.tally = new AssetTally({
      showValues: opts.showValues,
      maxFindings: opts.maxFindings,
      key: opts.key,
      path: `${table.schema}.${table.table}`,
      now: opts.now,
      allowlist: opts.allowlist,
    });
    this.retention = new RetentionTracker(table.columns);
    this.sinks = table.columns.map((_, i) => ({
      value: (text: string, path: string | null) => this.value(i, text, path),
      binary: () => {
        this.binary++;
      },
    }));
  }

  private classifier(index: number, path: string | null): ColumnClassifier {
    const k = `${index}\0${path ?? ''}`;
    let c = this.classifiers.get(k);
    if (!c) {
      const col = this.table.columns[index];
      const hinted = path === null ? this.columnHints(col.name, col.comment) : hintedDetectorIds(lastKey(path), this.opts.detectors);
      const header = [col.name, path, col.comment].filter((s): s is string => typeof s === 'string' && s !== '').join(' ');
      c = new ColumnClassifier(this.opts.engine, col.name, hinted, this.opts.minConfidence, path, undefined, header);
      this.classifiers.set(k, c);
    }
    return c;
  }

  /**
   * Name hints of a column, read with its table: a bare `name` in `products` is a product name, so a hint
   * the table-qualified name (`product_name`) no longer gives is dropped. A column whose name says nothing
   * is read through its comment, where a hint inside a description ("masked card number") is the norm.
   */
  private columnHints(name: string, comment: string | null): string[] {
    const bare = hintedDetectorIds(name, this.opts.detectors);
    if (bare.length > 0) {
      const qualified = new Set(hintedDetectorIds(`${singular(this.table.table)}_${name}`, this.opts.detectors));
      return bare.filter((id) => qualified.has(id));
    }
    return comment ? hintedDetectorIds(comment, this.opts.detectors, COMMENT_HINT_STRENGTH) : [];
  }

  private value(index: number, text: string, path: string | null): void {
    if (text.trim() === '') return;
    for (const c of this.classifier(index, path).add(text)) this.current.push({ column: index, path, candidate: c });
  }

  row(values: readonly DbValue[]): void {
    this.rows++;
    for (let i = 0; i < this.table.columns.length; i++) {
      const v = values[i];
      if (v !== null && v !== undefined) feedValue(this.table.columns[i], v, this.sinks[i]);
    }
    this.retention.row(values);
    if (this.current.length > 0) {
      this.pending.push(this.current);
      this.current = [];
    }
  }

  /**
   * The sample's candidates become findings once the columns are classified: a value counts only where its
   * column holds that kind of data, so three product names that look like people's names are not findings
   * in a `products` table. Rows are replayed in order, each one a record for co-occurrence.
   */
  private tallyClassified(columns: readonly ColumnClassification[]): void {
    const kept = new Set(columns.map((c) => `${c.name}\0${c.path ?? ''}\0${c.detector}`));
    for (const row of this.pending) {
      for (const { column, path, candidate } of row) {
        const col = this.table.columns[column];
        if (!kept.has(`${col.name}\0${path ?? ''}\0${candidate.detectorId}`) || !this.tally.admits(candidate)) continue;
        const d = this.opts.engine.detectors[candidate.detectorIndex].detector;
        this.tally.add(candidate, d, () => ({ kind: 'column', store: this.store, schema: this.table.schema, table: this.table.table, column: col.name, path }));
      }
      this.tally.endRecord();
    }
    this.pending = [];
  }

  /** The classified columns, once the sample is read (and the sample's findings tallied). */
  classify(): ColumnClassification[] {
    if (this.classified) return this.classified;
    // A column is reported when its values reach the reporting threshold, or when its name alone says what
    // it holds (a `password_hash` of bcrypt strings): a few stray matches in product names are not a finding.
    const columns: ColumnClassification[] = [...this.classifiers.values()]
      .flatMap((c) => c.finish())
      .filter((c) => c.confidence >= this.opts.minConfidence || (c.matched === 0 && c.nameHint));
    this.tallyClassified(columns);
    this.classified = columns;
    return columns;
  }

  private personalColumns(): Set<string> {
    return new Set(this.classify().filter((c) => c.path === null).map((c) => c.name));
  }

  /** The column dating the records, for an exact range the database can give cheaply. */
  datingColumn(): string | undefined {
    return this.retention.datingColumn(this.personalColumns());
  }

  toAsset(
    sample: { method: string; random: boolean },
    records: { count: number; estimated: boolean },
    grants: DbGrant[],
    fileMode?: string,
    range?: { oldest: string; newest: string } | null,
  ): TableResult {
    const columns = this.classify();
    const ids = Object.keys(this.tally.counts).sort();
    const detectorIds = [...new Set([...ids, ...columns.map((c) => c.detector)])].sort();
    const sensitivity = highestSensitivity(new Set(detectorIds), this.opts.detectors);
    const retention = this.retention.finish({
      personal: this.personalColumns(),
      range,
      detectorIds,
      detectors: this.opts.detectors,
      policy: this.opts.retention,
      now: this.opts.now,
      sampled: this.rows,
      records: records.count,
    });
    const asset: TableAsset = {
      kind: 'table',
      location: { kind: 'table', store: this.store, schema: this.table.schema, table: this.table.table },
      records: records.count,
      recordsEstimated: records.estimated,
      sampled: this.rows,
      counts: Object.fromEntries(ids.map((id) => [id, this.tally.counts[id]])),
      distinct: this.tally.distinct,
      ...(this.tally.distinctCapped ? { distinctCapped: true } : {}),
      cooccurrence: this.tally.cooccurrence,
      ...(this.tally.minors.under16 > 0 ? { minors: { ...this.tally.minors } } : {}),
      truncated: this.tally.truncated,
      sensitivity,
      detectors: detectorIds,
      columns,
      exposure: { grants, ...(fileMode ? { fileMode } : {}) },
      ...(retention ? { retention } : {}),
      sample: { method: sample.method, random: sample.random, ...(this.binary > 0 ? { binaryValues: this.binary } : {}) },
    };
    return { asset, findings: this.tally.findings, total: this.tally.total, allowed: this.tally.allowed };
  }
}
