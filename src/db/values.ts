import type { DbColumn, DbValue } from './types.js';

/**
 * Database values as the classifier reads them: text as is, numbers and booleans written out, dates in
 * ISO form, binary as text only when it is valid, printable UTF-8, arrays element by element, and JSON
 * walked down to its leaves, each leaf under its key path (`contact.email`, arrays as `[]`: `phones[]`)
 * so that a column's JSON is classified per path (CONTRACT.md: the column stays in `column`, the key path
 * goes in `path`).
 */

export interface ValueSink {
  /** A text value of the column, or of the key path `path` inside its JSON. */
  value(text: string, path: string | null): void;
  /** A binary value that is not readable text: counted, not classified. */
  binary(): void;
}

/** Deep enough for any real document; a pathological one stops here rather than exhausting the stack. */
const MAX_DEPTH = 32;

const decoder = new TextDecoder('utf-8', { fatal: true });
// Printable: no C0 controls but tab and line breaks, no DEL, no C1 controls.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function binaryText(bytes: Uint8Array): string | null {
  let s: string;
  try {
    s = decoder.decode(bytes);
  } catch {
    return null;
  }
  return UNPRINTABLE.test(s) ? null : s;
}

function isPlainObject(v: unknown): v is { [key: string]: DbValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

function join(path: string | null, key: string): string {
  return path === null || path === '' ? key : `${path}.${key}`;
}

function scalar(v: DbValue, path: string | null, sink: ValueSink): void {
  if (v === null) return;
  if (typeof v === 'string') sink.value(v, path);
  else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') sink.value(String(v), path);
  else if (v instanceof Date) {
    if (!Number.isNaN(v.getTime())) sink.value(v.toISOString(), path);
  } else if (v instanceof Uint8Array) {
    const s = binaryText(v);
    if (s === null) sink.binary();
    else sink.value(s, path);
  }
}

function walkJson(v: DbValue, path: string | null, sink: ValueSink, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(v)) {
    const p = `${path ?? ''}[]`;
    for (const e of v) walkJson(e, p, sink, depth + 1);
  } else if (isPlainObject(v)) {
    for (const [k, e] of Object.entries(v)) walkJson(e, join(path, k), sink, depth + 1);
  } else scalar(v, path, sink);
}

/** Feed one value of `column` to `sink`. */
export function feedValue(column: Pick<DbColumn, 'valueClass'>, v: DbValue, sink: ValueSink): void {
  if (v === null) return;
  if (column.valueClass === 'json') {
    // A driver that hands JSON over as text (MySQL, SQLite): parse it so it is walked by key path too.
    if (typeof v === 'string') {
      const t = v.trimStart();
      if (t.startsWith('{') || t.startsWith('[')) {
        try {
          walkJson(JSON.parse(v) as DbValue, null, sink, 0);
          return;
        } catch {
          // Not JSON after all: a text value.
        }
      }
    }
    walkJson(v, null, sink, 0);
    return;
  }
  if (Array.isArray(v)) {
    // A SQL array: every element is a value of the column itself.
    for (const e of v) {
      if (Array.isArray(e) || isPlainObject(e)) walkJson(e, null, sink, 1);
      else scalar(e, null, sink);
    }
    return;
  }
  if (isPlainObject(v)) {
    walkJson(v, null, sink, 0);
    return;
  }
  scalar(v, null, sink);
}

/** An ISO instant for a date/timestamp value, or null. Text without a zone is taken as UTC. */
export function toInstant(v: DbValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'number') return null;
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(v.trim());
  if (!m) return null;
  const zone = m[3] === undefined || m[3] === 'Z' ? 'Z' : m[3].length === 3 ? `${m[3]}:00` : m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`;
  const t = Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${zone}`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * A driver's raw value as the scanner reads it: booleans stored as numbers become booleans, JSON that a
 * driver hands over as text is parsed (text that does not parse stays text). Shared by the MySQL and SQLite
 * drivers, whose clients return both shapes.
 */
export function fromDriver(column: Pick<DbColumn, 'valueClass'>, v: DbValue | undefined): DbValue {
  if (v === null || v === undefined) return null;
  if (column.valueClass === 'boolean' && typeof v === 'number') return v !== 0;
  if (column.valueClass === 'json' && typeof v === 'string') {
    try {
      return JSON.parse(v) as DbValue;
    } catch {
      return v;
    }
  }
  return v;
}
