import picomatch from 'picomatch';
import type { ScanError } from '../types.js';
import { looksLikeConnectionLoss } from './connection-loss.js';
import { driverFor } from './drivers.js';
import { TableScan, type DbClassifyOptions, type TableResult } from './table-scan.js';
import { displayTarget, parseTarget, safeMessage, type TargetEnv } from './target.js';
import type { DbConnectOptions, DbDriver, DbSession, DbTable, DbTargetSpec } from './types.js';

/**
 * Database targets end to end: open a read-only session through the dialect's driver, list the tables
 * (views only when asked), keep those the `--include` / `--exclude` globs select by `schema.table`, and
 * sample and classify each, at most `concurrency` tables (and so connections) at a time. A table that
 * fails is an entry in `scan.errors` and the others go on; a connection lost mid-table is reopened and the
 * table tried once more before it is recorded. Messages never carry the password.
 */

export const DEFAULT_SAMPLE_ROWS = 10_000;
export const DEFAULT_DB_CONCURRENCY = 2;
export const DEFAULT_SEED = 42;
export const DEFAULT_CONNECT: DbConnectOptions = { statementTimeoutMs: 60_000, lockTimeoutMs: 5_000, connectTimeoutMs: 10_000 };

export interface DbScanOptions extends DbClassifyOptions, TargetEnv {
  include?: readonly string[];
  exclude?: readonly string[];
  sampleRows?: number;
  concurrency?: number;
  includeViews?: boolean;
  seed?: number;
  connect?: Partial<DbConnectOptions>;
  /** The driver to use instead of the dialect's own (tests: a driver whose connection drops). */
  driver?: DbDriver;
}

export interface DbScanResult {
  assets: TableResult[];
  errors: ScanError[];
  /** Tables scanned. */
  tables: number;
  /** Rows examined. */
  rows: number;
  allowed: number;
}

/** The connection, not the table, failed: worth one more try on a new connection. */
export function isConnectionLoss(err: unknown, session?: DbSession): boolean {
  if (session && 'lost' in session && (session as { lost: unknown }).lost) return true;
  return looksLikeConnectionLoss(err);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function selectTables(tables: readonly DbTable[], include: readonly string[] | undefined, exclude: readonly string[] | undefined): DbTable[] {
  const inc = include?.length ? picomatch([...include], { dot: true }) : null;
  const exc = exclude?.length ? picomatch([...exclude], { dot: true }) : null;
  return tables.filter((t) => {
    const key = `${t.schema}.${t.table}`;
    return (!inc || inc(key)) && !(exc && exc(key));
  });
}

async function scanTable(session: DbSession, table: DbTable, opts: DbScanOptions): Promise<TableResult> {
  const wanted = opts.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const sample = await session.sample(table, { rows: wanted, seed: opts.seed ?? DEFAULT_SEED });
  const scan = new TableScan(session.store, table, opts);
  for await (const batch of sample.batches) {
    for (const row of batch.rows) {
      if (scan.rows >= wanted) break;
      scan.row(row);
    }
    if (scan.rows >= wanted) break;
  }
  // A sample that ran dry read the whole table: its size is known exactly.
  const exact = scan.rows < wanted && (!sample.random || table.estimatedRows === null);
  const records = exact ? { count: scan.rows, estimated: false } : { count: Math.max(table.estimatedRows ?? 0, scan.rows), estimated: true };
  const grants = await session.grants(table);
  const dating = scan.datingColumn();
  const range = dating !== undefined && session.timeRange ? await session.timeRange(table, dating) : null;
  return scan.toAsset(sample, records, grants, session.fileMode, range);
}

export async function scanDatabase(target: DbTargetSpec, opts: DbScanOptions): Promise<DbScanResult> {
  const result: DbScanResult = { assets: [], errors: [], tables: 0, rows: 0, allowed: 0 };
  const connectOpts = { ...DEFAULT_CONNECT, ...opts.connect };
  const fail = (code: string, message: string, asset?: string) =>
    result.errors.push({ target: target.display, ...(asset ? { asset } : {}), code, message: safeMessage(message, target) });
  let first: DbSession;
  try {
    const driver = opts.driver ?? (await driverFor(target.dialect));
    const open = () => driver.open(target, connectOpts);
    first = await open();
    let tables: DbTable[];
    try {
      tables = selectTables(await first.listTables({ views: opts.includeViews === true }), opts.include, opts.exclude);
    } catch (err) {
      await first.close();
      fail('DB_CATALOG', `${target.display}: could not list tables: ${messageOf(err)}`);
      return result;
    }
    const sessions: DbSession[] = [first];
    let next = 0;
    const worker = async (slot: number): Promise<void> => {
      let session: DbSession | undefined = sessions[slot];
      while (next < tables.length) {
        if (!session) {
          try {
            session = sessions[slot] = await open();
          } catch (err) {
            // The tables still go through the connections that did open.
            if (slot > 0) return;
            throw err;
          }
        }
        const table = tables[next++];
        const name = `${table.schema}.${table.table}`;
        try {
          result.assets.push(await scanTable(session, table, opts));
        } catch (err) {
          if (!isConnectionLoss(err, session)) {
            fail('DB_TABLE', `${target.display} ${name}: ${messageOf(err)}`, name);
            continue;
          }
          await session.close();
          try {
            session = sessions[slot] = await open();
            result.assets.push(await scanTable(session, table, opts));
          } catch (again) {
            fail('DB_TABLE', `${target.display} ${name}: connection lost, retried once: ${messageOf(again)}`, name);
            if (isConnectionLoss(again, session)) {
              await session.close();
              session = undefined;
            }
          }
        }
      }
    };
    const n = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_DB_CONCURRENCY, tables.length));
    try {
      await Promise.all(Array.from({ length: n }, (_, i) => worker(i)));
    } finally {
      await Promise.all(sessions.map((s) => s.close()));
    }
  } catch (err) {
    fail('DB_CONNECT', `${target.display}: ${messageOf(err)}`);
    return result;
  }
  for (const a of result.assets) {
    result.tables++;
    result.rows += a.asset.sampled;
    result.allowed += a.allowed;
  }
  // Tables finish in any order when scanned concurrently; the report lists them by name.
  const key = (r: TableResult) => (r.asset.location.kind === 'table' ? `${r.asset.location.schema}.${r.asset.location.table}` : '');
  result.assets.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return result;
}

/** Every database target of a scan, one after the other; a target that cannot be parsed is an error entry. */
export async function scanDatabases(rawTargets: readonly string[], opts: DbScanOptions): Promise<DbScanResult> {
  const all: DbScanResult = { assets: [], errors: [], tables: 0, rows: 0, allowed: 0 };
  for (const raw of rawTargets) {
    let target: DbTargetSpec;
    try {
      target = parseTarget(raw, opts);
    } catch (err) {
      all.errors.push({ target: displayTarget(raw), code: 'DB_TARGET', message: messageOf(err) });
      continue;
    }
    const r = await scanDatabase(target, opts);
    all.assets.push(...r.assets);
    all.errors.push(...r.errors);
    all.tables += r.tables;
    all.rows += r.rows;
    all.allowed += r.allowed;
  }
  return all;
}
