import pg from 'pg';
import Cursor from 'pg-cursor';
import { looksLikeConnectionLoss, within } from '../connection-loss.js';
import type { DbConnectOptions, DbDriver, DbGrant, DbSession, DbTable, DbTargetSpec, DbValue, Sample, SampleBatch, SampleRequest } from '../types.js';
import { COLUMNS_SQL, TABLES_SQL, toTables, type ColumnRow, type TableRow } from './catalog.js';
import { DIRECT_GRANTS_SQL, MEMBERS_SQL, mergeGrants, type DirectGrantRow, type MemberRow } from './grants.js';
import { planSample, replan, type SamplePlan } from './sampling.js';

/**
 * One PostgreSQL connection, read-only three times over: the session's default transactions are read-only
 * (`SET SESSION CHARACTERISTICS`, `default_transaction_read_only`), and every sample runs inside
 * `BEGIN READ ONLY`. Statement and lock timeouts bound what a busy server can cost; rows come through a
 * pg-cursor in batches so memory stays bounded whatever the table holds.
 */

/** How long closing a cursor, a transaction or the connection may take before the scan moves on. */
const CLEANUP_MS = 5_000;

/** Rows fetched per cursor round trip. */
export const BATCH_ROWS = 500;

// Dates and times stay as PostgreSQL writes them (ISO): pg's parser would shift `date` to local midnight.
const KEEP_TEXT = new Set([1082, 1083, 1114, 1184, 1266, 1186]);
// text[]: pg-types names no array oids, so the oid is cast to its parameter type.
const TEXT_ARRAY = 1009 as Parameters<typeof pg.types.getTypeParser>[0];
const DATE_ARRAYS = new Set([1182, 1183, 1115, 1185, 1270, 1187]);

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (KEEP_TEXT.has(oid)) return (v: string) => v;
    if (DATE_ARRAYS.has(oid)) return pg.types.getTypeParser(TEXT_ARRAY, 'text');
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

type PgTable = DbTable & { oid?: string };

export class PgSession implements DbSession {
  readonly dialect = 'postgres' as const;
  /** Set when the server went away (the 'error' event of an idle client): the scanner reconnects. */
  lost: Error | null = null;

  constructor(
    readonly store: string,
    /** Exposed for the read-only test; the scanner never writes SQL through it. */
    readonly client: pg.Client,
  ) {
    client.on('error', (err: Error) => {
      this.lost = err;
    });
  }

  private ident(name: string): string {
    return this.client.escapeIdentifier(name);
  }

  private qualified(t: DbTable): string {
    return `${this.ident(t.schema)}.${this.ident(t.table)}`;
  }

  async listTables(opts: { views: boolean }): Promise<DbTable[]> {
    const kinds = opts.views ? ['r', 'p', 'v', 'm'] : ['r', 'p'];
    const tables = (await this.client.query<TableRow>(TABLES_SQL, [kinds])).rows;
    if (tables.length === 0) return [];
    const cols = (await this.client.query<ColumnRow>(COLUMNS_SQL, [tables.map((t) => t.oid)])).rows;
    return toTables(tables, cols);
  }

  async sample(table: DbTable, req: SampleRequest): Promise<Sample> {
    const cols = table.columns.map((c) => this.ident(c.name)).join(', ');
    const from = this.qualified(table);
    const seed = Math.abs(Math.trunc(req.seed)) % 2147483647;
    let plan: SamplePlan = table.kind === 'view' ? { kind: 'limit' } : planSample(table.estimatedRows, req.rows);
    await this.client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      if (plan.kind === 'system') {
        // Counting the draw reads the same pages the sample will: a constant cost that catches stale statistics.
        const r = await this.client.query<{ n: string }>(`SELECT count(*) AS n FROM ${from} TABLESAMPLE SYSTEM (${plan.percent}) REPEATABLE (${seed})`);
        plan = replan(plan, Number(r.rows[0].n), req.rows);
      }
    } catch (err) {
      await this.rollback();
      throw err;
    }
    const sql =
      plan.kind === 'system'
        ? `SELECT ${cols} FROM ${from} TABLESAMPLE SYSTEM (${plan.percent}) REPEATABLE (${seed}) LIMIT ${req.rows}`
        : `SELECT ${cols} FROM ${from} LIMIT ${req.rows}`;
    return {
      method: plan.kind === 'system' ? `TABLESAMPLE SYSTEM (${plan.percent}) REPEATABLE (${seed})` : `LIMIT ${req.rows}`,
      random: plan.kind === 'system',
      batches: this.stream(sql),
    };
  }

  private async *stream(sql: string): AsyncGenerator<SampleBatch> {
    const cursor = this.client.query(new Cursor<DbValue[]>(sql, [], { rowMode: 'array', types }));
    let done = false;
    let failure: unknown;
    try {
      for (;;) {
        const rows = await cursor.read(BATCH_ROWS);
        if (rows.length === 0) break;
        yield { rows };
        if (rows.length < BATCH_ROWS) break;
      }
      done = true;
    } catch (err) {
      failure = err;
      throw err;
    } finally {
      // Nothing more goes over a connection that is gone: a cursor close would wait for an answer forever.
      if (this.lost === null && !looksLikeConnectionLoss(failure)) {
        await within(cursor.close().catch(() => undefined), CLEANUP_MS);
        if (done) await this.client.query('COMMIT');
        else await this.rollback();
      }
    }
  }

  private async rollback(): Promise<void> {
    if (this.lost === null) await within(this.client.query('ROLLBACK').catch(() => undefined), CLEANUP_MS);
  }

  async grants(table: DbTable): Promise<DbGrant[]> {
    const oid = (table as PgTable).oid ?? (await this.oidOf(table));
    if (oid === null) return [];
    const direct = (await this.client.query<DirectGrantRow>(DIRECT_GRANTS_SQL, [oid])).rows;
    const roles = [...new Set(direct.map((d) => String(d.role)).filter((r) => r !== '0'))];
    const members = roles.length ? (await this.client.query<MemberRow>(MEMBERS_SQL, [roles])).rows : [];
    return mergeGrants(direct, members);
  }

  private async oidOf(table: DbTable): Promise<string | null> {
    const r = await this.client.query<{ oid: string }>(
      'SELECT c.oid::int8 AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2',
      [table.schema, table.table],
    );
    return r.rows[0]?.oid ?? null;
  }

  /** min/max of a column that leads a plain btree index: two index probes, whatever the table's size. */
  async timeRange(table: DbTable, column: string): Promise<{ oldest: string; newest: string } | null> {
    const indexed = await this.client.query(
      `SELECT 1 FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
        WHERE n.nspname = $1 AND c.relname = $2 AND a.attname = $3 AND am.amname = 'btree' AND i.indpred IS NULL AND i.indisvalid
        LIMIT 1`,
      [table.schema, table.table, column],
    );
    if (indexed.rowCount === 0) return null;
    const c = this.ident(column);
    const r = await this.client.query<{ oldest: string | null; newest: string | null }>(`SELECT min(${c})::text AS oldest, max(${c})::text AS newest FROM ${this.qualified(table)}`);
    const row = r.rows[0];
    return row?.oldest && row.newest ? { oldest: row.oldest, newest: row.newest } : null;
  }

  async countRows(table: DbTable): Promise<number> {
    const r = await this.client.query<{ n: string }>(`SELECT count(*) AS n FROM ${this.qualified(table)}`);
    return Number(r.rows[0].n);
  }

  async close(): Promise<void> {
    await within(this.client.end().catch(() => undefined), CLEANUP_MS);
  }
}

export async function openPgSession(target: DbTargetSpec, opts: DbConnectOptions): Promise<PgSession> {
  const client = new pg.Client({
    connectionString: target.url,
    ...(target.password ? { password: target.password } : {}),
    connectionTimeoutMillis: opts.connectTimeoutMs,
    application_name: 'piiscan',
  });
  await client.connect();
  const session = new PgSession(target.display, client);
  try {
    // SET, not startup options: servers behind poolers (and PGlite) ignore or refuse startup `options`.
    await client.query(
      [
        'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
        'SET default_transaction_read_only = on',
        `SET statement_timeout = ${Math.max(0, Math.trunc(opts.statementTimeoutMs))}`,
        `SET lock_timeout = ${Math.max(0, Math.trunc(opts.lockTimeoutMs))}`,
        "SET application_name = 'piiscan'",
        "SET TimeZone = 'UTC'",
        "SET DateStyle = 'ISO, YMD'",
      ].join('; '),
    );
  } catch (err) {
    await session.close();
    throw err;
  }
  return session;
}

export const postgresDriver: DbDriver = {
  dialect: 'postgres',
  open: openPgSession,
};
