import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/pglite.js';

/**
 * A PostgreSQL database of its own for each test: on the server at PIISCAN_TEST_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) a database with a unique name, dropped afterwards; when no
 * server answers, an embedded PGlite behind pglite-socket — except under CI=true, where an unreachable
 * server fails the run instead of quietly testing something else.
 */

export const PG_ADMIN_URL = process.env.PIISCAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const FIXTURE_SQL = readFileSync(new URL('../../fixtures/db/postgres.sql', import.meta.url), 'utf8');

export interface TestDb {
  /** Connect here to scan. */
  url: string;
  embedded: boolean;
  /** Runs SQL as the database's owner (set-up, not through the scanner). */
  exec(sql: string): Promise<void>;
  /** Runs SQL on the server as the admin, outside the test database (roles); a no-op on PGlite. */
  admin(sql: string): Promise<void>;
  /** Connection URL for another role of the same database (the server only). */
  urlFor(user: string, password: string): string;
  drop(): Promise<void>;
}

let reachable: Promise<boolean> | undefined;

export function serverReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return true;
    } catch (err) {
      if (process.env.CI === 'true') throw new Error(`CI=true and the PostgreSQL server at ${new URL(PG_ADMIN_URL).host} is unreachable: ${(err as Error).message}`, { cause: err });
      return false;
    } finally {
      await c.end().catch(() => undefined);
    }
  })();
  return reachable;
}

async function run(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function createTestDb(sql?: string): Promise<TestDb> {
  if (!(await serverReachable())) {
    const e: EmbeddedPostgres = await startEmbeddedPostgres(sql ? { sql } : {});
    return { url: e.url, embedded: true, exec: (s) => e.exec(s), admin: async () => undefined, urlFor: () => e.url, drop: () => e.close() };
  }
  const name = `piiscan_test_${randomBytes(6).toString('hex')}`;
  await run(PG_ADMIN_URL, `CREATE DATABASE ${name}`);
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  if (sql) await run(url, sql);
  return {
    url,
    embedded: false,
    exec: (s) => run(url, s),
    admin: (s) => run(PG_ADMIN_URL, s),
    urlFor: (user, password) => {
      const x = new URL(url);
      x.username = encodeURIComponent(user);
      x.password = encodeURIComponent(password);
      return x.toString();
    },
    drop: () => run(PG_ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
