/**
 * The column evaluation against live databases (issue #4: "every personal-data column is found with the
 * right detector, no other column is flagged"): the generated tables are loaded into a fresh PostgreSQL or
 * MariaDB/MySQL database — column names as generated (spaces, dots, parentheses, Chinese), SQL types
 * inferred from the values (date, timestamp, bigint, numeric, text), plus a JSON column whose key paths
 * carry truth of their own — then scanned through `scan()` with the database target and scored like files.
 */
import { randomBytes } from 'node:crypto';
import { scan } from '../../../src/scan.js';
import { Rng } from '../prng.js';
import { email, phone } from '../values.js';
import { scoreColumns, type ColumnScore } from './score.js';
import { generateTables, type EvalTable, type TableOptions } from './tables.js';

export type Dialect = 'postgres' | 'mysql';

export const PG_URL = process.env.PIISCAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const MYSQL_URL = process.env.PIISCAN_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

type SqlType = 'date' | 'timestamp' | 'bigint' | 'numeric' | 'text' | 'json';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const INTEGER = /^-?[1-9][0-9]{0,17}$/;
const DECIMAL = /^-?[0-9]+\.[0-9]{1,4}$/;

/** The narrowest type every non-empty value fits, as a schema designer would pick it. */
function inferType(values: readonly string[]): SqlType {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return 'text';
  const all = (re: RegExp) => filled.every((v) => re.test(v));
  if (all(ISO_DATE)) return 'date';
  if (all(TIMESTAMP)) return 'timestamp';
  // Leading zeros and 19+ digits are codes, not numbers: they stay text.
  if (all(INTEGER)) return 'bigint';
  if (all(DECIMAL)) return 'numeric';
  return 'text';
}

function sqlType(dialect: Dialect, t: SqlType): string {
  if (t === 'numeric') return 'numeric(14,4)';
  if (t === 'json') return dialect === 'postgres' ? 'jsonb' : 'json';
  if (t === 'timestamp') return dialect === 'postgres' ? 'timestamp' : 'datetime';
  return t;
}

/** A JSON column on some tables: `profile.contact.email` and `.phone` are personal, `profile.prefs.lang` is not. */
function withJson(tables: EvalTable[], seed: number): { table: EvalTable; json: string[] | null }[] {
  const r = new Rng(seed ^ 0x5eed);
  return tables.map((table) => {
    if (!r.chance(0.35)) return { table, json: null };
    const json = table.rows.map(() => JSON.stringify({ contact: { email: email(r).value, phone: phone(r).value }, prefs: { lang: r.pick(['en', 'zh-CN', 'de', 'fr']), newsletter: r.chance(0.5) } }));
    const columns = [...table.columns, { header: 'profile.contact.email', kind: 'email', detector: 'email' }, { header: 'profile.contact.phone', kind: 'phone', detector: 'phone' }, { header: 'profile.prefs.lang', kind: 'lang', detector: null }];
    return { table: { ...table, columns }, json };
  });
}

interface Loader {
  exec(sql: string, params?: unknown[]): Promise<void>;
  quote(id: string): string;
  placeholder(i: number): string;
  close(): Promise<void>;
}

async function pgLoader(url: string): Promise<Loader> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return {
    exec: async (sql, params) => void (await c.query(sql, params as unknown[])),
    quote: (id) => c.escapeIdentifier(id),
    placeholder: (i) => `$${i}`,
    close: () => c.end(),
  };
}

async function mysqlLoader(url: string): Promise<Loader> {
  const { default: mysql } = await import('mysql2/promise');
  const c = await mysql.createConnection({ uri: url, charset: 'utf8mb4' });
  return {
    exec: async (sql, params) => void (await c.query(sql, params)),
    quote: (id) => mysql.escapeId(id, true),
    placeholder: () => '?',
    close: () => c.end(),
  };
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function load(dialect: Dialect, url: string, tables: { table: EvalTable; json: string[] | null }[]): Promise<void> {
  const db = dialect === 'postgres' ? await pgLoader(url) : await mysqlLoader(url);
  try {
    for (const { table, json } of tables) {
      const plain = table.columns.slice(0, json ? -3 : undefined);
      const types = plain.map((_, i) => inferType(table.rows.map((row) => row[i])));
      const defs = plain.map((c, i) => `${db.quote(c.header)} ${sqlType(dialect, types[i])}`);
      if (json) defs.push(`${db.quote('profile')} ${sqlType(dialect, 'json')}`);
      const name = table.file;
      await db.exec(`CREATE TABLE ${db.quote(name)} (${db.quote('_rowid')} bigint PRIMARY KEY, ${defs.join(', ')})`);
      const width = defs.length + 1;
      const batch = Math.max(1, Math.floor(2000 / width));
      for (let at = 0; at < table.rows.length; at += batch) {
        const rows = table.rows.slice(at, at + batch);
        const params: unknown[] = [];
        const tuples = rows.map((row, k) => {
          const vals: unknown[] = [at + k + 1, ...row.slice(0, plain.length).map((v) => (v === '' ? null : v))];
          if (json) vals.push(json[at + k]);
          const ph = vals.map((v) => {
            params.push(v);
            return db.placeholder(params.length);
          });
          return `(${ph.join(', ')})`;
        });
        await db.exec(`INSERT INTO ${db.quote(name)} VALUES ${tuples.join(', ')}`, params);
      }
    }
  } finally {
    await db.close();
  }
}

/** Create a database, load the generated tables, scan it with `scan()`, score, drop the database. */
export async function evaluateDbColumns(dialect: Dialect, opts: TableOptions, adminUrl = dialect === 'postgres' ? PG_URL : MYSQL_URL): Promise<ColumnScore> {
  const generated = generateTables(opts).map((t, i) => ({ ...t, file: `t${String(i).padStart(3, '0')}` }));
  const tables = withJson(generated, opts.seed);
  const name = `piiscan_coleval_${randomBytes(4).toString('hex')}`;
  const admin = dialect === 'postgres' ? await pgLoader(adminUrl) : await mysqlLoader(adminUrl);
  await admin.exec(`CREATE DATABASE ${admin.quote(name)}${dialect === 'mysql' ? ' CHARACTER SET utf8mb4' : ''}`);
  try {
    const url = withDatabase(adminUrl, name);
    await load(dialect, url, tables);
    const report = await scan([url], { fingerprintKey: 'column-eval', database: { sampleRows: 10_000 } });
    if (report.scan.errors.length) throw new Error(`scan errors: ${JSON.stringify(report.scan.errors.slice(0, 3))}`);
    return scoreColumns(tables.map((t) => t.table), report, (asset) => (asset.location.kind === 'table' ? asset.location.table : null));
  } finally {
    await admin.exec(`DROP DATABASE IF EXISTS ${admin.quote(name)}${dialect === 'postgres' ? ' WITH (FORCE)' : ''}`).catch(() => undefined);
    await admin.close();
  }
}
