/**
 * `npm run bench:db`: the cost of scanning a table does not grow with the table. Creates a 1,000,000-row
 * and a 10,000-row table of the same shape — on the PostgreSQL server at PIISCAN_TEST_PG_URL when it
 * answers (in a database of its own, dropped afterwards), else in an embedded PGlite — and scans each with
 * the default sample (10,000 rows) in a fresh process, printing the scan time, rows classified per second,
 * the process's peak RSS, and the ratio of the two times (issue 4: ≤ 2).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/pglite.js';

const ADMIN = process.env.PIISCAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One table of `rows` rows: names, emails, phones, SSN-shaped IDs, timestamps over ~5 years, amounts, notes. */
function tableSql(name: string, rows: number): string {
  return `
CREATE TABLE ${name} (id bigint PRIMARY KEY, full_name text, email text, phone text, national_id text, created_at timestamptz, amount numeric(10,2), notes text);
INSERT INTO ${name}
SELECT g,
  (ARRAY['Alice','Bruno','Chen','Dana','Emeka','Fatima','Grace','Hiro','Ines','Jonas'])[g % 10 + 1] || ' ' ||
  (ARRAY['Smith','Garcia','Wang','Müller','Okafor','Haddad','Kim','Sato','Silva','Novak'])[(g / 10) % 10 + 1],
  'user' || g || '@example.com',
  '+1 415 555 ' || lpad((g % 10000)::text, 4, '0'),
  lpad((g % 600 + 100)::text, 3, '0') || '-' || lpad((g % 98 + 1)::text, 2, '0') || '-' || lpad((g % 9998 + 1)::text, 4, '0'),
  timestamptz '2025-11-01' - (g % 1800) * interval '1 day',
  (g % 100000) / 100.0,
  CASE WHEN g % 7 = 0 THEN 'call back on +1 415 555 ' || lpad((g % 10000)::text, 4, '0') ELSE 'no special requests' END
FROM generate_series(1, ${rows}) g;
ANALYZE ${name};`;
}

/** The child: scan one table with the defaults and report what it cost. */
async function scanOne(url: string, table: string): Promise<void> {
  const { engineFor, resolveDetectors } = await import('../src/engine/registry.js');
  const { explicitKey } = await import('../src/engine/fingerprint.js');
  const { scanDatabases } = await import('../src/db/scan-database.js');
  const detectors = resolveDetectors(undefined, undefined);
  const engine = engineFor(detectors);
  // Sampled, not getrusage's maxRSS: a child's maxRSS starts at its parent's size at fork, and with PGlite the
  // parent holds the whole database.
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const r = await scanDatabases([url], { engine, detectors, minConfidence: 0.5, showValues: false, maxFindings: 1000, key: explicitKey('bench'), now: new Date(), include: [`public.${table}`], concurrency: 1 });
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const a = r.assets[0]?.asset;
  const out = { ms, rows: r.rows, records: a?.records ?? 0, method: a?.sample.method ?? '', findings: r.assets.reduce((n, x) => n + x.total, 0), errors: r.errors.map((e) => e.message), rssMiB: peak / 1048576 };
  process.stdout.write(JSON.stringify(out));
}

interface Result {
  ms: number;
  rows: number;
  records: number;
  method: string;
  findings: number;
  errors: string[];
  rssMiB: number;
}

async function main(): Promise<void> {
  let url: string;
  let cleanup: () => Promise<void>;
  let where: string;
  const admin = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 3000 });
  let server = true;
  try {
    await admin.connect();
  } catch {
    server = false;
  }
  const t0 = performance.now();
  if (server) {
    const name = `piiscan_bench_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(ADMIN);
    u.pathname = `/${name}`;
    url = u.toString();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(tableSql('bench_1m', 1_000_000));
    await c.query(tableSql('bench_10k', 10_000));
    await c.end();
    where = `PostgreSQL server (${u.host})`;
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const e: EmbeddedPostgres = await startEmbeddedPostgres({ sql: tableSql('bench_1m', 1_000_000) + tableSql('bench_10k', 10_000) });
    url = e.url;
    where = 'embedded PGlite (no server answered)';
    cleanup = () => e.close();
  }
  console.log(`bench:db on ${where}: tables created in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const self = fileURLToPath(import.meta.url);
  // Asynchronously: with PGlite the server lives in this process and must keep answering during the scan.
  const run = async (table: string): Promise<Result> =>
    JSON.parse((await promisify(execFile)(process.execPath, ['--import', 'tsx', self, '--scan', url, table], { encoding: 'utf8', maxBuffer: 1 << 20 })).stdout) as Result;
  try {
    const small = await run('bench_10k');
    const big = await run('bench_1m');
    for (const [label, r] of [['10,000 rows', small], ['1,000,000 rows', big]] as const) {
      console.log(
        `${label.padEnd(15)} records ${String(r.records).padStart(9)}  sampled ${String(r.rows).padStart(6)}  ${(r.ms / 1000).toFixed(2).padStart(7)} s  ` +
          `${Math.round(r.rows / (r.ms / 1000)).toLocaleString('en-US').padStart(7)} rows/s classified  peak RSS ${r.rssMiB.toFixed(0)} MiB  (${r.method}; ${r.findings} findings)`,
      );
      if (r.errors.length) console.log(`  errors: ${r.errors.join('; ')}`);
    }
    if (small.errors.length || big.errors.length) {
      process.exitCode = 1;
      return;
    }
    console.log(`ratio 1M / 10k scan time: ${(big.ms / small.ms).toFixed(2)} (issue 4 asks ≤ 2)`);
  } finally {
    await cleanup();
  }
}

if (process.argv[2] === '--scan') await scanOne(process.argv[3], process.argv[4]);
else await main();
