import { extname } from 'node:path';
import { Batcher, DEFAULT_BATCH_ROWS } from './batcher.js';
import { gunzipHead, innerName, isGzip } from './byte-source.js';
import { FormatError } from './errors.js';
import { IssueSink } from './issues.js';
import { JsonTokenizer, type JsonSink } from './json-tokenizer.js';
import { resolveLimits } from './limits.js';
import { openText } from './open-text.js';
import type { ReadOptions, TableBatch, TableReader, TableRow } from './types.js';

/**
 * JSON and NDJSON as tables: key paths are columns (`user.contact.email`, arrays as
 * `orders[].email`, `$` for a bare value), leaves are cells (strings, numbers as written,
 * booleans; null and "" are empty), and records are rows:
 *
 * - NDJSON: one record per line, row = the line number; an invalid line is reported and skipped.
 * - JSON: the document is one record, row 1 (CONTRACT.md) — except that a top-level array is a
 *   table: each element is a record whose row is the line where the element starts (so an
 *   exported array of objects reads like NDJSON, with the same column names, and a finding points
 *   at its element). Concatenated documents get the line where each starts.
 *
 * A record with several values under one path (`orders[].email` in an order list) becomes several
 * rows with the same row number: the k-th row carries the k-th value of each column. Everything
 * streams (json-tokenizer.ts); a 1 GB NDJSON or a single huge document never sits in memory.
 */

const JSON_EXTENSIONS = new Set(['.json', '.geojson', '.har']);
const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl', '.ldjson', '.jsonlines']);

function contentOf(path: string, head: Buffer): { name: string; text: string } {
  const gz = isGzip(head);
  const bytes = gz ? gunzipHead(head) : head;
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { name: gz ? innerName(path) : path, text };
}

/** At least two complete lines, each a JSON object or array on its own. */
export function looksLikeNdjson(text: string): boolean {
  const lines = text.split('\n').slice(0, -1).map((l) => l.trim()).filter(Boolean).slice(0, 3);
  if (lines.length < 2) return false;
  return lines.every((l) => {
    if (l[0] !== '{' && l[0] !== '[') return false;
    try {
      JSON.parse(l);
      return true;
    } catch {
      return false;
    }
  });
}

const startsLikeJson = (text: string) => /^\s*[{[]/.test(text);

export const jsonReader: TableReader = {
  format: 'json',
  detect(path, head) {
    const { name, text } = contentOf(path, head);
    const ext = extname(name).toLowerCase();
    if (NDJSON_EXTENSIONS.has(ext)) return false;
    if (JSON_EXTENSIONS.has(ext)) return !looksLikeNdjson(text);
    return ext === '' && startsLikeJson(text) && !looksLikeNdjson(text);
  },
  read: (path, options) => readJson(path, 'json', options),
};

export const ndjsonReader: TableReader = {
  format: 'ndjson',
  detect(path, head) {
    const { name, text } = contentOf(path, head);
    const ext = extname(name).toLowerCase();
    if (NDJSON_EXTENSIONS.has(ext)) return true;
    return (JSON_EXTENSIONS.has(ext) || ext === '') && looksLikeNdjson(text);
  },
  read: (path, options) => readJson(path, 'ndjson', options),
};

/** Turns the tokenizer's leaves into rows, fanning out repeated paths, in batches. */
class RecordAssembler implements JsonSink {
  readonly columns: string[] = [];
  private readonly index = new Map<string, number>();
  /** Per column: the record it was last seen in and the next row slot it fills. */
  private readonly seenIn: number[] = [];
  private readonly nextSlot: number[] = [];
  private record = 0;
  private row = 0;
  private slots: (string | null)[][] = [];
  /** Slots already handed to the batcher in this record (a record too big for one batch). */
  private flushed = 0;
  lastRow = 0;
  readonly ready: TableBatch[] = [];
  private readonly batcher: Batcher;

  constructor(
    private readonly issues: IssueSink,
    private readonly maxColumns: number,
    private readonly batchRows: number,
  ) {
    this.batcher = new Batcher(batchRows);
  }

  recordStart(line: number): void {
    this.record++;
    this.row = line;
    this.slots = [];
    this.flushed = 0;
  }

  leaf(path: string, value: string): void {
    const name = path === '' ? '$' : path;
    let c = this.index.get(name);
    if (c === undefined) {
      if (this.columns.length >= this.maxColumns) {
        this.issues.report({ code: 'JSON_TOO_MANY_COLUMNS', row: this.row, message: `more than ${this.maxColumns} distinct key paths (limit jsonMaxColumns); values under new paths such as ${JSON.stringify(name.slice(0, 80))} are not read` });
        return;
      }
      c = this.columns.length;
      this.columns.push(name);
      this.index.set(name, c);
      this.seenIn.push(0);
      this.nextSlot.push(0);
    }
    let slot = this.seenIn[c] === this.record ? this.nextSlot[c] : 0;
    // A record too big for one batch (a huge single document) is handed over in pieces, when a new
    // slot is needed: by then the slots before it are complete for records of a regular shape.
    if (slot - this.flushed >= this.slots.length && this.slots.length >= this.batchRows) this.flushSlots();
    if (slot < this.flushed) slot = this.flushed;
    this.seenIn[c] = this.record;
    this.nextSlot[c] = slot + 1;
    let values = this.slots[slot - this.flushed];
    if (!values) {
      for (let k = this.slots.length; k <= slot - this.flushed; k++) this.slots.push([]);
      values = this.slots[slot - this.flushed];
    }
    while (values.length < c) values.push(null);
    values[c] = value;
  }

  private flushSlots(): void {
    for (const values of this.slots) this.push({ row: this.row, values });
    this.flushed += this.slots.length;
    this.slots = [];
  }

  private push(row: TableRow): void {
    this.lastRow = row.row;
    if (this.batcher.push(row)) this.ready.push(this.batcher.take(this.columns));
  }

  recordEnd(): void {
    this.flushSlots();
  }

  recordInvalid(line: number, message: string): void {
    this.slots = [];
    this.issues.report({ code: 'JSON_INVALID_LINE', row: line, message: `line ${line} is not valid JSON (${message}); skipped` });
  }

  flush(): void {
    if (this.batcher.pending) this.ready.push(this.batcher.take(this.columns));
  }
}

async function* readJson(path: string, mode: 'json' | 'ndjson', options: ReadOptions = {}): AsyncGenerator<TableBatch> {
  const limits = resolveLimits(options.limits);
  const issues = new IssueSink(options.onIssue, limits.maxIssuesPerCode);
  const table = new RecordAssembler(issues, limits.jsonMaxColumns, options.batchRows ?? DEFAULT_BATCH_ROWS);
  const tokenizer = new JsonTokenizer(table, { mode, maxTokenBytes: limits.jsonMaxTokenBytes });
  try {
    const text = await openText(path, limits, { onIssue: (i) => issues.report(i), signal: options.signal });
    try {
      for await (const chunk of text.chunks) {
        tokenizer.write(chunk);
        if (table.ready.length) yield* table.ready.splice(0);
      }
      tokenizer.end();
    } catch (e) {
      // Deliver everything read before the fault (the leaves of a cut record are whole values too), then say where it stopped.
      table.recordEnd();
      table.flush();
      yield* table.ready.splice(0);
      if (e instanceof FormatError) {
        throw new FormatError(e.code, `${e.message}; stopped after row ${table.lastRow}`, { ...e.details, row: table.lastRow }, { cause: e });
      }
      throw e;
    }
    table.flush();
    yield* table.ready.splice(0);
  } finally {
    issues.finish();
  }
}
