/**
 * `npm run demo`: scans the bundled fixtures — files, tables, and two real databases with no server to
 * install: fixtures/db/postgres.sql loaded into an embedded PostgreSQL (PGlite, served on a loopback port
 * and scanned through the same `pg` driver as a production server), and fixtures/db/sqlite.sql built into
 * a temporary SQLite file. Extra arguments go to `piiscan scan` (`npm run demo -- --format json`,
 * `--max-findings 1000` to list more than 25 findings per asset).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { runAsProcess } from '../src/cli/run-process.js';
import { startEmbeddedPostgres } from '../src/db/pglite.js';

const root = new URL('..', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

process.stderr.write('demo: starting an embedded PostgreSQL (PGlite) with fixtures/db/postgres.sql …\n');
const pg = await startEmbeddedPostgres({ sql: read('fixtures/db/postgres.sql') });
const dir = mkdtempSync(join(tmpdir(), 'piiscan-demo-'));
const sqlitePath = join(dir, 'fixture.sqlite');
const lite = new Sqlite(sqlitePath);
lite.exec(read('fixtures/db/sqlite.sql'));
lite.close();

let code: number | undefined;
try {
  // PGlite runs one query at a time and an open transaction blocks other connections: one table at a time.
  // 25 findings listed per asset keep the screen readable (counts stay exact); later arguments override.
  const args = ['scan', 'fixtures/files', 'fixtures/tables', pg.url, `sqlite:${sqlitePath}`, '--db-concurrency', '1', '--max-findings', '25'];
  code = await runAsProcess([...args, ...process.argv.slice(2)]);
} finally {
  await pg.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = code ?? 3;
