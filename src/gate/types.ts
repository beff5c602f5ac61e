import type { Finding } from '../types.js';

/**
 * One thing the gate judges: a finding of the scan (a value in a file) or a personal-data column of the
 * schema gate, with what the baseline and the per-path overrides match it on.
 */
export interface GateItem {
  finding: Finding;
  kind: 'value' | 'column';
  /** Baseline asset: the file path, or `schema.table` (`table` when the migration names no schema). */
  asset: string;
  /** Override globs are matched against these: the path, and for columns the migration file and `schema.table`. */
  keys: string[];
  /** Columns: `table.column`. */
  column?: string;
  /** Why a column fails beyond its classification (no annotation, an incomplete one). */
  note?: string;
}

export type ViolationWhy = 'new' | 'expired';

export interface Violation {
  item: GateItem;
  why: ViolationWhy;
  /** For `expired`: the entry's date. */
  expires?: string;
}
