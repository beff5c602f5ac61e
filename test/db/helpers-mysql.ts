import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { DbConnectOptions, DbTargetSpec } from '../../src/db/types.js';

/**
 * The real MariaDB/MySQL for the database tests: PIISCAN_TEST_MYSQL_URL (default the local server, root
 * without password). Each test file creates its own database and users under a unique suffix and drops
 * them. Unreachable: the tests skip with a printed reason — except under CI=true, where it is a failure.
 */

export const MY_URL = process.env.PIISCAN_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
export const CI = process.env.CI === 'true';
export const OPTS: DbConnectOptions = { statementTimeoutMs: 30_000, lockTimeoutMs: 2000, connectTimeoutMs: 3000 };

export function serverUrl(db: string | null, user?: { name: string; password: string }): URL {
  const u = new URL(MY_URL);
  u.pathname = db ? `/${encodeURIComponent(db)}` : '/';
  if (user) {
    u.username = encodeURIComponent(user.name);
    u.password = encodeURIComponent(user.password);
  }
  return u;
}

export function target(url: URL): DbTargetSpec {
  const shown = new URL(url.toString());
  shown.password = '';
  shown.search = '';
  return { dialect: 'mysql', url: url.toString(), display: shown.toString(), password: decodeURIComponent(url.password) };
}

/** A connection without a database, for DDL; multi-statement so fixture files load in one call. */
export function admin(): Promise<mysql.Connection> {
  return mysql.createConnection({ uri: serverUrl(null).toString(), multipleStatements: true, charset: 'utf8mb4' });
}

export async function mysqlDown(): Promise<string | null> {
  try {
    const c = await mysql.createConnection({ uri: serverUrl(null).toString(), connectTimeout: 3000 });
    await c.end();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Reports a skip visibly (vitest prints console.warn from module scope). */
export function warnSkip(what: string, down: string | null): void {
  if (down && !CI) console.warn(`SKIPPED: ${what} — no MySQL/MariaDB at ${new URL(MY_URL).host} (${down}); set PIISCAN_TEST_MYSQL_URL`);
}

export function uniqueSuffix(): string {
  return `${process.pid}_${randomBytes(3).toString('hex')}`;
}

/** Inserts rows in multi-row statements of `chunk` rows. */
export async function insertMany(c: mysql.Connection, sql: string, rows: unknown[][], chunk = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await c.query(sql, [rows.slice(i, i + chunk)]);
}
