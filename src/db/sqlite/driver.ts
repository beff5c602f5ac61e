import { statSync } from 'node:fs';
import type { Database, Statement } from 'better-sqlite3';
import { keyWindows, windowEnd } from '../key-windows.js';
import type { DbColumn, DbConnectOptions, DbDriver, DbGrant, DbSession, DbTable, DbTargetSpec, DbValue, Sample, SampleBatch, SampleRequest } from '../types.js';
import { ddlComments } from './ddl-comments.js';
import { sqliteValueClass } from './value-class.js';
import { fromDriver } from '../values.js';

/**
 * SQLite driver on better-sqlite3: the file is opened read-only (and `query_only`, so not even a pragma
 * can write), must exist (no empty database created by a typo), and is sampled by random rowid windows —
 * a rowid seek is a b-tree descent, so the cost does not grow with the table. WITHOUT ROWID tables and
 * views get their first rows. SQLite has no grants: the file's mode is its access control.
 */

/** A whole file up to this many pages (~40 MB at 4 KiB) is cheap to COUNT(*) table by table. */
const SMALL_FILE_PAGES = 10_000;
const LIMIT_BATCH = 1000;

/** SQL identifier quoting (https://sqlite.org/lang_keywords.html): double quotes, inner ones doubled. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function sqlitePath(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/i, '');
}

interface TableListRow {
  name: string;
  type: string;
  wr: number;
}

interface ColumnRow {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

function plain(v: unknown): DbValue {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  return v as DbValue;
}

function convert(columns: DbColumn[], row: unknown[], offset: number): DbValue[] {
  return columns.map((c, i) => fromDriver(c, plain(row[i + offset])));
}

export class SqliteSession implements DbSession {
  readonly dialect = 'sqlite' as const;
  readonly store: string;
  readonly fileMode: string;
  /** Rowid tables seen by listTables (WITHOUT ROWID tables and views are not). */
  private readonly rowidTables = new Set<string>();

  constructor(
    readonly db: Database,
    target: DbTargetSpec,
    path: string,
  ) {
    this.store = target.display;
    this.fileMode = `0${(statSync(path).mode & 0o777).toString(8).padStart(3, '0')}`;
  }

  private estimate(name: string, rowid: boolean, smallFile: boolean, hasStat1: boolean): number | null {
    if (hasStat1) {
      // After ANALYZE: the first number of each index's stat is the table's row count.
      const rows = this.db.prepare<[string], { stat: string }>('SELECT stat FROM sqlite_stat1 WHERE tbl = ?').all(name);
      const n = Math.max(-1, ...rows.map((r) => Number.parseInt(r.stat, 10)).filter(Number.isFinite));
      if (n >= 0) return n;
    }
    if (smallFile) return Number(this.db.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(name)}`).pluck().get());
    // max(rowid) is one b-tree descent; with deletions it overestimates, which an estimate may.
    if (rowid) return Number(this.db.prepare(`SELECT max(${this.rowidName(name)}) FROM ${quoteIdent(name)}`).pluck().get() ?? 0);
    return null;
  }

  /** `rowid` unless a column shadows it, then `_rowid_` or `oid`. */
  private rowidName(table: string, columns?: string[]): string {
    const names = new Set((columns ?? this.db.prepare<[string], ColumnRow>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name)).map((n) => n.toLowerCase()));
    return ['rowid', '_rowid_', 'oid'].find((n) => !names.has(n)) ?? 'rowid';
  }

  async listTables(opts: { views: boolean }): Promise<DbTable[]> {
    const kinds = opts.views ? ['table', 'view'] : ['table'];
    const list = this.db
      .prepare<[], TableListRow>(`SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
      .all()
      .filter((t) => kinds.includes(t.type));
    const pages = Number(this.db.pragma('page_count', { simple: true }));
    const hasStat1 = this.db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'`).get() !== undefined;
    return list.map((t) => {
      const cols = this.db.prepare<[string], ColumnRow>('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(t.name);
      const ddl = this.db.prepare<[string], string | null>('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(t.name) ?? null;
      const comments = ddlComments(
        ddl,
        cols.map((c) => c.name),
      );
      const rowid = t.type === 'table' && t.wr === 0;
      if (rowid) this.rowidTables.add(t.name);
      return {
        schema: 'main',
        table: t.name,
        kind: t.type === 'view' ? 'view' : 'table',
        columns: cols.map((c) => ({
          name: c.name,
          type: c.type,
          valueClass: sqliteValueClass(c.type),
          nullable: c.notnull === 0,
          comment: comments.columns.get(c.name) ?? null,
          primaryKey: c.pk > 0 ? c.pk : null,
        })),
        estimatedRows: t.type === 'view' ? null : this.estimate(t.name, rowid, pages <= SMALL_FILE_PAGES, hasStat1),
        comment: comments.table,
      };
    });
  }

  async sample(table: DbTable, request: SampleRequest): Promise<Sample> {
    const req = { rows: Math.max(0, Math.floor(request.rows)), seed: request.seed };
    const from = quoteIdent(table.table);
    const list = table.columns.map((c) => quoteIdent(c.name)).join(', ');
    const cols = table.columns;
    if (table.kind === 'table' && this.rowidTables.has(table.table)) {
      const rid = this.rowidName(
        table.table,
        cols.map((c) => c.name),
      );
      const min = this.db.prepare(`SELECT min(${rid}) FROM ${from}`).pluck().safeIntegers(true).get() as bigint | null;
      const max = this.db.prepare(`SELECT max(${rid}) FROM ${from}`).pluck().safeIntegers(true).get() as bigint | null;
      const method = 'rowid windows';
      if (min === null || max === null) return { method, random: true, batches: (async function* () {})() };
      const bounded = this.db.prepare(`SELECT ${rid}, ${list} FROM ${from} WHERE ${rid} >= ? AND ${rid} < ? ORDER BY ${rid} LIMIT ?`).raw(true).safeIntegers(true);
      const open = this.db.prepare(`SELECT ${rid}, ${list} FROM ${from} WHERE ${rid} >= ? ORDER BY ${rid} LIMIT ?`).raw(true).safeIntegers(true);
      const batches = keyWindows({
        min,
        max,
        rows: req.rows,
        seed: req.seed,
        salt: `main.${table.table}`,
        read: async (lo, hi, limit) => {
          const out: DbValue[][] = [];
          let lastKey: bigint | null = null;
          const it = (hi === null ? open.iterate(lo, limit) : bounded.iterate(lo, hi, limit)) as IterableIterator<unknown[]>;
          for (const row of it) {
            lastKey = row[0] as bigint;
            out.push(convert(cols, row, 1));
          }
          return { rows: out, end: windowEnd(out.length, limit, lastKey) };
        },
      });
      return { method, random: true, batches };
    }
    const stmt = this.db.prepare(`SELECT ${list} FROM ${from} LIMIT ?`).raw(true).safeIntegers(true);
    const why = table.kind === 'view' ? 'a view' : 'WITHOUT ROWID table';
    return { method: `LIMIT ${req.rows} (${why}: first rows)`, random: false, batches: limitBatches(stmt, cols, req.rows) };
  }

  async grants(_table: DbTable): Promise<DbGrant[]> {
    // SQLite has no privileges: whoever can read the file reads every table (see fileMode).
    return [];
  }

  /** min and max of a column that leads a full (not partial) index: one b-tree descent each. */
  async timeRange(table: DbTable, column: string): Promise<{ oldest: string; newest: string } | null> {
    const indexed = this.db
      .prepare<[string, string], number>('SELECT 1 FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = ? AND il.partial = 0')
      .pluck()
      .get(table.table, column);
    if (indexed === undefined) return null;
    const from = quoteIdent(table.table);
    const c = quoteIdent(column);
    const oldest: unknown = this.db.prepare(`SELECT min(${c}) FROM ${from}`).pluck().get();
    const newest: unknown = this.db.prepare(`SELECT max(${c}) FROM ${from}`).pluck().get();
    return oldest != null && newest != null ? { oldest: String(oldest), newest: String(newest) } : null;
  }

  async countRows(table: DbTable): Promise<number> {
    return Number(this.db.prepare(`SELECT COUNT(*) FROM ${quoteIdent(table.table)}`).pluck().get());
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

async function* limitBatches(stmt: Statement<unknown[], unknown>, cols: DbColumn[], rows: number): AsyncGenerator<SampleBatch> {
  const it = stmt.iterate(rows) as IterableIterator<unknown[]>;
  try {
    let batch: DbValue[][] = [];
    for (const row of it) {
      batch.push(convert(cols, row, 0));
      if (batch.length === LIMIT_BATCH) {
        yield { rows: batch };
        batch = [];
      }
    }
    if (batch.length) yield { rows: batch };
  } finally {
    // Ends the statement if the scanner stopped early (the iterator holds the read open until then).
    it.return?.();
  }
}

export const sqliteDriver: DbDriver = {
  dialect: 'sqlite',
  async open(target: DbTargetSpec, opts: DbConnectOptions): Promise<DbSession> {
    const { default: Sqlite } = await import('better-sqlite3');
    const path = sqlitePath(target.url);
    let db: Database;
    try {
      db = new Sqlite(path, { readonly: true, fileMustExist: true, timeout: opts.lockTimeoutMs });
    } catch (err) {
      // The scanner puts the target in front; this says why a file that is not there is not created.
      throw new Error(`${err instanceof Error ? err.message : String(err)} (the file must exist: it is opened read-only)`, { cause: err });
    }
    db.pragma('query_only = ON');
    return new SqliteSession(db, target, path);
  },
};
