import type { TableBatch, TableRow } from './types.js';

export const DEFAULT_BATCH_ROWS = 1000;

/** Collects rows into batches of a fixed size; each batch gets its own copy of the column list. */
export class Batcher {
  private rows: TableRow[] = [];
  constructor(
    private readonly size: number = DEFAULT_BATCH_ROWS,
    private readonly sheet?: string,
  ) {}

  /** True when a batch is ready to `take()`. */
  push(row: TableRow): boolean {
    this.rows.push(row);
    return this.rows.length >= this.size;
  }

  get pending(): number {
    return this.rows.length;
  }

  take(columns: readonly string[]): TableBatch {
    const batch: TableBatch = { columns: [...columns], rows: this.rows };
    if (this.sheet !== undefined) batch.sheet = this.sheet;
    this.rows = [];
    return batch;
  }
}
