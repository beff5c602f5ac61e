/**
 * MySQL/MariaDB scan cost against table size: the same table shape at 10,000 and 1,000,000 rows, each
 * scanned with the default 10,000-row sample (random primary-key windows). Issue 4 asks the large one to
 * take at most twice the small one's time.
 *
 *   node --import tsx bench/db-mysql.ts [--url mysql://root@127.0.0.1:3306/] [--runs 3] [--keep]
 *
 * Each scan runs in a fresh child process, so its time includes connecting and its peak RSS is its own.
 * The database `piiscan_bench_mysql` is created, filled by cross joins of a digits table (fast on any
 * MySQL), and dropped at the end unless --keep (then the next run reuses it).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { scan } from '../src/scan.js';

const DB = 'piiscan_bench_mysql';
const SIZES = { small: 10_000, large: 1_000_000 } as const;

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
}

const SHAPE = `(id INT PRIMARY KEY, full_name VARCHAR(100), email VARCHAR(255), phone VARCHAR(40), date_of_birth DATE,
  created_at DATETIME, status VARCHAR(20), notes TEXT) ENGINE=InnoDB`;

/** n rows of realistic-looking personal data, computed by the server from a sequence. */
function fillSql(table: string, n: number): string {
  return `INSERT INTO ${table}
    SELECT s.n,
      CONCAT(ELT(1 + s.n % 8, 'Ada', 'Alan', 'Grace', 'Linus', 'Wei', 'Mei', 'Omar', 'Sara'), ' ', ELT(1 + (s.n DIV 8) % 8, 'Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Zhang', 'Li', 'Khan', 'Berg')),
      CONCAT('user', s.n, '@example.com'),
      CONCAT('+1 415 555 ', LPAD(s.n % 10000, 4, '0')),
      DATE_ADD('1950-01-01', INTERVAL s.n % 20000 DAY),
      DATE_ADD('2019-01-01', INTERVAL s.n % 190000000 SECOND),
      ELT(1 + s.n % 4, 'new', 'paid', 'shipped', 'closed'),
      IF(s.n % 10 = 0, CONCAT('Call back on +1 212 555 ', LPAD(s.n % 10000, 4, '0')), 'No special requests.')
    FROM (SELECT 1 + a.i + 10 * b.i + 100 * c.i + 1000 * d.i + 10000 * e.i + 100000 * f.i AS n
          FROM digits a, digits b, digits c, digits d, digits e, digits f) s
    WHERE s.n <= ${n}`;
}

async function setup(url: string): Promise<void> {
  const c = await mysql.createConnection({ uri: url, multipleStatements: true });
  try {
    await c.query(`CREATE DATABASE IF NOT EXISTS ${DB}; USE ${DB};
      CREATE TABLE IF NOT EXISTS digits (i INT PRIMARY KEY);
      INSERT IGNORE INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);`);
    for (const [name, n] of Object.entries(SIZES)) {
      await c.query(`CREATE TABLE IF NOT EXISTS t_${name} ${SHAPE}`);
      const [[row]] = (await c.query({ sql: `SELECT COUNT(*) FROM t_${name}`, rowsAsArray: true })) as unknown as [[[number]]];
      if (Number(row?.[0]) === n) continue;
      const t0 = performance.now();
      await c.query(`TRUNCATE t_${name}; ${fillSql(`t_${name}`, n)}; ANALYZE TABLE t_${name};`);
      console.log(`filled t_${name} with ${n.toLocaleString('en')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await c.end();
  }
}

interface Run {
  ms: number;
  rows: number;
  records: number;
  method: string;
  maxRssMb: number;
}

async function child(url: string, table: string): Promise<void> {
  const t0 = performance.now();
  const report = await scan([url], { workers: 0, include: [`${DB}.${table}`] });
  const ms = performance.now() - t0;
  const asset = report.assets.find((a) => a.location.kind === 'table' && a.location.table === table) as (typeof report.assets)[number] & { sample?: { method: string } };
  if (report.scan.errors.length) throw new Error(JSON.stringify(report.scan.errors));
  const run: Run = { ms, rows: asset?.sampled ?? 0, records: asset?.records ?? 0, method: asset?.sample?.method ?? '?', maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(run));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const base = arg('--url', process.env.PIISCAN_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/');
  if (process.argv.includes('--child')) return child(arg('--child', ''), arg('--table', ''));
  const runs = Number(arg('--runs', '3'));
  await setup(base);
  const url = new URL(base);
  url.pathname = `/${DB}`;
  const self = fileURLToPath(import.meta.url);
  const results: Record<string, Run[]> = {};
  for (let r = 0; r < runs; r++) {
    for (const name of Object.keys(SIZES)) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', url.toString(), '--table', `t_${name}`], { encoding: 'utf8', env: process.env });
      (results[name] ??= []).push(JSON.parse(out) as Run);
    }
  }
  const row = (name: string) => {
    const rs = results[name] ?? [];
    const ms = median(rs.map((x) => x.ms));
    const first = rs[0];
    return { ms, rows: first?.rows ?? 0, records: first?.records ?? 0, method: first?.method ?? '', rss: Math.max(...rs.map((x) => x.maxRssMb)) };
  };
  const small = row('small');
  const large = row('large');
  console.log(`MySQL/MariaDB scan, default ${(10_000).toLocaleString('en')}-row sample, median of ${runs} runs (each a fresh process: start-up and connect included)`);
  for (const [label, x] of [
    ['10k table', small],
    ['1M table', large],
  ] as const) {
    console.log(
      `  ${label.padEnd(10)} ${x.records.toLocaleString('en').padStart(9)} records  ${x.rows.toLocaleString('en').padStart(6)} rows sampled  ${(x.ms / 1000).toFixed(2)} s  ${Math.round(x.rows / (x.ms / 1000)).toLocaleString('en')} rows/s  peak RSS ${x.rss.toFixed(0)} MB  (${x.method})`,
    );
  }
  console.log(`  1M / 10k time ratio: ${(large.ms / small.ms).toFixed(2)} (issue 4: ≤ 2)`);
  if (!process.argv.includes('--keep')) {
    const c = await mysql.createConnection({ uri: base });
    await c.query(`DROP DATABASE IF EXISTS ${DB}`);
    await c.end();
  }
}

await main();
