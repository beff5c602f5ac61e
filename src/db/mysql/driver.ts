import type { Connection, ConnectionOptions } from 'mysql2/promise';
import type { DbConnectOptions, DbDriver, DbGrant, DbSession, DbTable, DbTargetSpec, Sample, SampleRequest } from '../types.js';
import { listMysqlTables } from './catalog.js';
import { MysqlGrants } from './grants.js';
import type { MysqlArrayQuery, MysqlQuery } from './query.js';
import { sampleMysql } from './sample.js';

/**
 * MySQL/MariaDB driver on mysql2. One connection per session, made read-only for the whole session
 * (`SET SESSION TRANSACTION READ ONLY`) and again per sample (`START TRANSACTION READ ONLY`), with a
 * statement timeout and both lock timeouts so that a scan never waits on, or holds up, the application.
 */

/** Connection options from the URL; the password comes from the target (URL or MYSQL_PWD), never the URI. */
export function mysqlOptions(target: DbTargetSpec, opts: DbConnectOptions): ConnectionOptions {
  const u = new URL(target.url.replace(/^mariadb:/i, 'mysql:'));
  const out: Record<string, unknown> = {};
  // Query parameters pass through as mysql2 reads them (`?ssl={"rejectUnauthorized":true}`), plus the
  // `ssl-mode` spelling of the mysql client.
  for (const [k, v] of u.searchParams) {
    if (k === 'ssl-mode' || k === 'sslmode') {
      const mode = v.toUpperCase();
      if (mode === 'REQUIRED' || mode === 'REQUIRE') out.ssl = { rejectUnauthorized: false };
      else if (mode.startsWith('VERIFY')) out.ssl = { rejectUnauthorized: true };
      continue;
    }
    try {
      out[k] = JSON.parse(v);
    } catch {
      out[k] = v;
    }
  }
  const host = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
  return {
    ...out,
    host: decodeURIComponent(host) || '127.0.0.1',
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username) || undefined,
    password: target.password || undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
    connectTimeout: opts.connectTimeoutMs,
    charset: 'utf8mb4',
    // Exact values: big integers as strings rather than rounded doubles, dates as the server writes them
    // (no time-zone shift of a DATE into the previous day).
    supportBigNumbers: true,
    dateStrings: true,
    multipleStatements: false,
  };
}

/** The driver's message without the password (mysql2 does not echo it, but a URL in a message would). */
export function scrubMessage(message: string, password: string): string {
  let m = message.replace(/(\/\/[^/:@\s]*):[^@\s/]*@/g, '$1@');
  if (password) for (const p of new Set([password, encodeURIComponent(password)])) m = m.split(p).join('***');
  return m;
}

function scrubbed(err: unknown, target: DbTargetSpec): Error {
  const e = err instanceof Error ? err : new Error(String(err));
  // No target prefix: the scanner names the target and table in front of the message.
  const out = new Error(scrubMessage(e.message, target.password));
  // Codes (ER_TABLEACCESS_DENIED_ERROR, PROTOCOL_CONNECTION_LOST, ECONNRESET) let the scanner decide on a retry.
  const code = (e as { code?: unknown }).code;
  if (code !== undefined) Object.assign(out, { code });
  return out;
}

export class MysqlSession implements DbSession {
  readonly dialect = 'mysql' as const;
  readonly store: string;
  /** The connection died (server gone, KILL, network): the scanner reopens and retries the table once. */
  lost = false;
  private readonly grantsOf: MysqlGrants;
  private readonly q: MysqlQuery;
  private readonly qa: MysqlArrayQuery;

  constructor(
    /** The session's one connection (tests prove through it that the session cannot write). */
    readonly connection: Connection,
    target: DbTargetSpec,
    private readonly database: string | null,
    private readonly escapeId: (name: string, forbidQualified: boolean) => string,
  ) {
    this.store = target.display;
    // Without a listener an 'error' event on an idle connection would crash the process.
    connection.on('error', () => {
      this.lost = true;
    });
    connection.on('end', () => {
      this.lost = true;
    });
    this.q = async <T,>(sql: string, params?: readonly unknown[]): Promise<T[]> => {
      try {
        const [rows] = await connection.query({ sql, values: params ? [...params] : undefined });
        return rows as T[];
      } catch (err) {
        throw scrubbed(err, target);
      }
    };
    this.qa = async (sql, params) => {
      try {
        const [rows] = await connection.query({ sql, values: params ? [...params] : undefined, rowsAsArray: true });
        return rows as unknown[][];
      } catch (err) {
        throw scrubbed(err, target);
      }
    };
    this.grantsOf = new MysqlGrants(this.q);
  }

  listTables(opts: { views: boolean }): Promise<DbTable[]> {
    return listMysqlTables(this.q, this.database ? [this.database] : null, opts.views);
  }

  async sample(table: DbTable, req: SampleRequest): Promise<Sample> {
    // One snapshot for all the windows of a table; the COMMIT ends it when the scanner has enough rows.
    await this.q('START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT');
    try {
      const s = await sampleMysql({ q: this.q, qa: this.qa, id: (n) => this.escapeId(n, true) }, table, req);
      const q = this.q;
      const inner = s.batches;
      const batches = (async function* () {
        try {
          yield* inner;
        } finally {
          await q('COMMIT').catch(() => undefined);
        }
      })();
      return { ...s, batches };
    } catch (err) {
      await this.q('COMMIT').catch(() => undefined);
      throw err;
    }
  }

  grants(table: DbTable): Promise<DbGrant[]> {
    return this.grantsOf.forTable(table);
  }

  /** MIN and MAX of a column that leads a B-tree index: one index dive each, whatever the table's size. */
  async timeRange(table: DbTable, column: string): Promise<{ oldest: string; newest: string } | null> {
    const [indexed] = await this.qa(
      `SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ? AND SEQ_IN_INDEX = 1 AND INDEX_TYPE = 'BTREE'`,
      [table.schema, table.table, column],
    );
    if (!Number(indexed?.[0])) return null;
    const from = `${this.escapeId(table.schema, true)}.${this.escapeId(table.table, true)}`;
    const c = this.escapeId(column, true);
    const [lo] = await this.qa(`SELECT MIN(${c}) FROM ${from}`);
    const [hi] = await this.qa(`SELECT MAX(${c}) FROM ${from}`);
    const oldest = lo?.[0];
    const newest = hi?.[0];
    return oldest != null && newest != null ? { oldest: String(oldest), newest: String(newest) } : null;
  }

  async countRows(table: DbTable): Promise<number> {
    const [row] = await this.qa(`SELECT COUNT(*) FROM ${this.escapeId(table.schema, true)}.${this.escapeId(table.table, true)}`);
    return Number(row?.[0] ?? 0);
  }

  async close(): Promise<void> {
    await this.connection.end().catch(() => this.connection.destroy());
  }
}

export const mysqlDriver: DbDriver = {
  dialect: 'mysql',
  async open(target: DbTargetSpec, opts: DbConnectOptions): Promise<DbSession> {
    // Loaded on use: the other commands would pay its start-up for nothing.
    const mysql = await import('mysql2/promise');
    const options = mysqlOptions(target, opts);
    let conn: Connection;
    try {
      conn = await mysql.createConnection(options);
    } catch (err) {
      throw scrubbed(err, target);
    }
    try {
      await conn.query('SET SESSION TRANSACTION READ ONLY');
      // MariaDB and MySQL name the statement timeout differently (seconds / milliseconds); each rejects
      // the other's, so both are tried.
      await conn.query(`SET SESSION max_statement_time = ${Math.max(0.001, opts.statementTimeoutMs / 1000)}`).catch(() => undefined);
      await conn.query(`SET SESSION MAX_EXECUTION_TIME = ${Math.max(1, Math.round(opts.statementTimeoutMs))}`).catch(() => undefined);
      // MySQL 8 caches TABLE_ROWS for a day by default: a table filled since would show its old size.
      await conn.query('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined);
      const lockSeconds = Math.max(1, Math.ceil(opts.lockTimeoutMs / 1000));
      await conn.query(`SET SESSION lock_wait_timeout = ${lockSeconds}`);
      await conn.query(`SET SESSION innodb_lock_wait_timeout = ${lockSeconds}`).catch(() => undefined);
    } catch (err) {
      conn.destroy();
      throw scrubbed(err, target);
    }
    return new MysqlSession(conn, target, options.database ?? null, mysql.escapeId);
  },
};
