import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SqliteSession, sqliteDriver } from '../../src/db/sqlite/driver.js';
import type { DbSession, DbTable, DbValue, Sample } from '../../src/db/types.js';

/** The SQLite driver on temp files: catalog, rowid-window sampling, hostile names, read-only session. */

const dir = mkdtempSync(join(tmpdir(), 'piiscan-sqlite-'));
const file = join(dir, 'app.sqlite');
const HOSTILE = 'Customer "VIP"; DROP TABLE x; --';
const BIG = 200_000;
const opts = { statementTimeoutMs: 5000, lockTimeoutMs: 1000, connectTimeoutMs: 1000 };
let session: DbSession;
let tables: DbTable[];

async function drain(s: Sample): Promise<DbValue[][]> {
  const out: DbValue[][] = [];
  for await (const b of s.batches) out.push(...b.rows);
  return out;
}

function table(name: string): DbTable {
  const t = tables.find((x) => x.table === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

beforeAll(async () => {
  const db = new Sqlite(file);
  db.exec(`
    CREATE TABLE customers ( -- people who buy
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL, -- legal name
      email VARCHAR(255) DEFAULT 'a--b', dob DATE, created_at DATETIME,
      "opt_in" BOOLEAN,  --  marketing consent, 'yes' or 'no'
      metadata JSON, photo BLOB, score REAL, anything,
      CHECK (score >= 0) -- a constraint, not a column
    );
    INSERT INTO customers VALUES (1, 'Ada Lovelace', 'ada@example.com', '1815-12-10', '2020-01-01 10:00:00', 1, '{"contact":{"phone":"+44 20 7946 0958"}}', x'00ff', 1.5, 'x');
    INSERT INTO customers VALUES (2, 'Alan Turing', 'alan@example.org', '1912-06-23', '2021-05-05 12:00:00', 0, 'not json', NULL, NULL, 7);
    CREATE INDEX customers_created ON customers (created_at);
    CREATE INDEX customers_dob_recent ON customers (dob) WHERE dob > '1900-01-01';
    CREATE TABLE ${'"' + HOSTILE.replace(/"/g, '""') + '"'} ("select" TEXT, "电话 号码" TEXT, "e""mail" TEXT);
    INSERT INTO ${'"' + HOSTILE.replace(/"/g, '""') + '"'} VALUES ('vip@example.com', '138 0013 8000', 'e@example.net');
    CREATE TABLE x (id INTEGER PRIMARY KEY);
    CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
    INSERT INTO kv VALUES ('a', '1'), ('b', '2'), ('c', '3');
    CREATE TABLE shadowed (rowid TEXT, v TEXT);
    INSERT INTO shadowed VALUES ('r1', 'one'), ('r2', 'two');
    CREATE VIEW customer_emails AS SELECT email FROM customers;
    CREATE TABLE big (id INTEGER PRIMARY KEY, email TEXT, n INTEGER);
  `);
  const ins = db.prepare('INSERT INTO big (id, email, n) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= BIG; i++) ins.run(i, `user${i}@example.com`, i % 97);
  })();
  db.close();
  chmodSync(file, 0o640);
  session = await sqliteDriver.open({ dialect: 'sqlite', url: file, display: `sqlite:${file}`, password: '' }, opts);
  tables = await session.listTables({ views: true });
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sqlite catalog', () => {
  it('lists tables and views with declared types, value classes, keys and row counts', () => {
    expect(tables.map((t) => t.table).sort()).toEqual([HOSTILE, 'big', 'customer_emails', 'customers', 'kv', 'shadowed', 'x'].sort());
    const c = table('customers');
    expect(c.schema).toBe('main');
    expect(c.kind).toBe('table');
    expect(c.estimatedRows).toBe(2);
    expect(c.columns.map((x) => [x.name, x.type, x.valueClass, x.primaryKey])).toEqual([
      ['id', 'INTEGER', 'number', 1],
      ['full_name', 'TEXT', 'text', null],
      ['email', 'VARCHAR(255)', 'text', null],
      ['dob', 'DATE', 'date', null],
      ['created_at', 'DATETIME', 'timestamp', null],
      ['opt_in', 'BOOLEAN', 'boolean', null],
      ['metadata', 'JSON', 'json', null],
      ['photo', 'BLOB', 'binary', null],
      ['score', 'REAL', 'number', null],
      ['anything', '', 'other', null],
    ]);
    expect(c.columns[1]?.nullable).toBe(false);
    // SQLite has no comment catalog: `--` comments in the DDL are read.
    expect(c.comment).toBe('people who buy');
    expect(Object.fromEntries(c.columns.filter((x) => x.comment).map((x) => [x.name, x.comment]))).toEqual({ full_name: 'legal name', opt_in: "marketing consent, 'yes' or 'no'" });
    expect(table('big').estimatedRows).toBe(BIG);
    expect(table('customer_emails').kind).toBe('view');
    expect(table('customer_emails').estimatedRows).toBeNull();
  });

  it('leaves views out unless asked', async () => {
    expect((await session.listTables({ views: false })).some((t) => t.kind === 'view')).toBe(false);
  });

  it('takes row estimates from sqlite_stat1 after ANALYZE', async () => {
    const f = join(dir, 'analyzed.sqlite');
    const db = new Sqlite(f);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE INDEX t_a ON t(a);');
    const ins = db.prepare('INSERT INTO t (a) VALUES (?)');
    for (let i = 0; i < 500; i++) ins.run(`v${i}`);
    db.exec('ANALYZE');
    // A later insert: the statistics (500) are what the estimate reports, not a count.
    ins.run('late');
    db.close();
    const s = await sqliteDriver.open({ dialect: 'sqlite', url: f, display: `sqlite:${f}`, password: '' }, opts);
    const [t] = await s.listTables({ views: false });
    expect(t?.estimatedRows).toBe(500);
    await s.close();
  });

  it('reports the file mode and no grants (SQLite has no privileges)', async () => {
    expect(session.fileMode).toBe('0640');
    expect(await session.grants(table('customers'))).toEqual([]);
  });

  it('gives the exact oldest and newest of an indexed column, nothing without a full index', async () => {
    expect(await session.timeRange?.(table('customers'), 'created_at')).toEqual({ oldest: '2020-01-01 10:00:00', newest: '2021-05-05 12:00:00' });
    // A partial index does not hold every row: no exact range from it.
    expect(await session.timeRange?.(table('customers'), 'dob')).toBeNull();
    expect(await session.timeRange?.(table('big'), 'n')).toBeNull();
  });

  it('refuses a file that does not exist instead of creating it', async () => {
    const f = join(dir, 'missing.sqlite');
    await expect(sqliteDriver.open({ dialect: 'sqlite', url: f, display: `sqlite:${f}`, password: '' }, opts)).rejects.toThrow(/must exist/);
    expect(existsSync(f)).toBe(false);
  });
});

describe('sqlite sampling', () => {
  it('converts values: booleans, parsed JSON (text kept when invalid), bytes, dates as stored', async () => {
    const rows = await drain(await session.sample(table('customers'), { rows: 10, seed: 1 }));
    const ada = rows.find((r) => r[0] === 1);
    expect(ada?.slice(1, 8)).toEqual(['Ada Lovelace', 'ada@example.com', '1815-12-10', '2020-01-01 10:00:00', true, { contact: { phone: '+44 20 7946 0958' } }, Buffer.from([0, 255])]);
    const alan = rows.find((r) => r[0] === 2);
    expect(alan?.[5]).toBe(false);
    expect(alan?.[6]).toBe('not json');
    expect(rows).toHaveLength(2);
  });

  it('reads the hostile-named table and columns without executing anything', async () => {
    const t = table(HOSTILE);
    expect(t.columns.map((c) => c.name)).toEqual(['select', '电话 号码', 'e"mail']);
    const s = await session.sample(t, { rows: 100, seed: 3 });
    expect(await drain(s)).toEqual([['vip@example.com', '138 0013 8000', 'e@example.net']]);
    expect(tables.some((x) => x.table === 'x')).toBe(true);
  });

  it('samples ~N rows of a large table from windows spread over the whole rowid range, never ORDER BY RANDOM()', async () => {
    const db = (session as SqliteSession).db;
    const prepare = vi.spyOn(db, 'prepare');
    try {
      const s = await session.sample(table('big'), { rows: 2000, seed: 42 });
      expect(s.random).toBe(true);
      expect(s.method).toMatch(/rowid windows/);
      const rows = await drain(s);
      expect(rows).toHaveLength(2000);
      const ids = rows.map((r) => r[0] as number);
      expect(new Set(ids).size).toBe(ids.length);
      // 20 buckets of 10,000 rowids: a first-rows sample would fill one; windows land in nearly all.
      const buckets = new Set(ids.map((i) => Math.floor((i - 1) / 10_000)));
      expect(buckets.size).toBeGreaterThanOrEqual(15);
      const sql = prepare.mock.calls.map((c) => String(c[0]));
      expect(sql.length).toBeGreaterThan(0);
      expect(sql.some((q) => /random\s*\(/i.test(q))).toBe(false);
      expect(sql.some((q) => /count\s*\(/i.test(q))).toBe(false);
    } finally {
      prepare.mockRestore();
    }
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const ids = async (seed: number) => (await drain(await session.sample(table('big'), { rows: 500, seed }))).map((r) => r[0]);
    const a = await ids(7);
    expect(await ids(7)).toEqual(a);
    expect(await ids(8)).not.toEqual(a);
  });

  it('returns the whole table when it is smaller than the sample', async () => {
    const s = await session.sample(table('big'), { rows: BIG + 10, seed: 5 });
    let n = 0;
    for await (const b of s.batches) {
      expect(b.rows.length).toBeLessThanOrEqual(1000);
      n += b.rows.length;
    }
    expect(n).toBe(BIG);
  });

  it('finds the rowid when a column is named rowid', async () => {
    const rows = await drain(await session.sample(table('shadowed'), { rows: 10, seed: 1 }));
    expect(rows.sort()).toEqual([
      ['r1', 'one'],
      ['r2', 'two'],
    ]);
  });

  it('takes the first rows of a WITHOUT ROWID table and of a view, and says so', async () => {
    const kv = await session.sample(table('kv'), { rows: 2, seed: 1 });
    expect(kv.random).toBe(false);
    expect(kv.method).toMatch(/WITHOUT ROWID/);
    expect(await drain(kv)).toHaveLength(2);
    const v = await session.sample(table('customer_emails'), { rows: 10, seed: 1 });
    expect(v.random).toBe(false);
    expect(await drain(v)).toEqual([['ada@example.com'], ['alan@example.org']]);
  });
});

describe('sqlite session safety', () => {
  it('cannot write through its own connection', async () => {
    const db = (session as SqliteSession).db;
    expect(() => db.prepare("INSERT INTO customers (full_name) VALUES ('Mallory')").run()).toThrow(/readonly|read-only|query_only/i);
    expect(() => db.exec('DROP TABLE x')).toThrow();
    expect(() => db.pragma('query_only = OFF')).not.toThrow();
    // Even with query_only lifted the file handle itself is read-only.
    expect(() => db.prepare("INSERT INTO customers (full_name) VALUES ('Mallory')").run()).toThrow(/readonly/i);
    db.pragma('query_only = ON');
    expect(table('customers').estimatedRows).toBe(2);
    expect(await session.countRows?.(table('customers'))).toBe(2);
  });
});
