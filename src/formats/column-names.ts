import type { TableBatch, TableRow } from './types.js';

/** The readers' name for the column at index `i` when no header names it. */
export const columnName = (i: number): string => `column${i + 1}`;

/** Such a name says nothing about the data (the classifier then judges the values alone). */
export const GENERIC_COLUMN = /^column[0-9]+$/;

/**
 * Rows above a table's header (a report title, who made it, a date): their own batch, named by position, so
 * they are neither ragged rows nor values of the columns below.
 */
export function titleRowsBatch(rows: readonly TableRow[], sheet?: string): TableBatch {
  const width = Math.max(0, ...rows.map((r) => r.values.length));
  const batch: TableBatch = { columns: Array.from({ length: width }, (_, i) => columnName(i)), rows: [...rows] };
  if (sheet !== undefined) batch.sheet = sheet;
  return batch;
}
