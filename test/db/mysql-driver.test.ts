import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type MysqlSession, mysqlDriver } from '../../src/db/mysql/driver.js';
import { isConnectionLoss } from '../../src/db/scan-database.js';
import { scan } from '../../src/scan.js';
import type { DbGrant, DbSession, DbTable, DbValue, Sample } from '../../src/db/types.js';
import { admin, CI, insertMany, mysqlDown, OPTS, serverUrl, target, uniqueSuffix, warnSkip } from './helpers-mysql.js';

/**
 * The MySQL/MariaDB driver against the real server: catalog, key-window sampling of a 200k-row table,
 * hostile names, grants (table, column, schema, global), the read-only session and a table the account
 * may not read.
 */

const down = await mysqlDown();
warnSkip('MySQL driver tests', down);

describe('MySQL/MariaDB server for the driver tests', () => {
  it.runIf(CI)('is reachable under CI=true', () => {
    expect(down, `MySQL/MariaDB at ${serverUrl(null).host}`).toBeNull();
  });
});

const sfx = uniqueSuffix();
const DB = `piiscan_drv_${sfx}`;
const HOSTILE = 'Customer "VIP"; DROP TABLE x; --';
const BIG = 200_000;
const reader = { name: `piiscan_rd_${sfx}`, password: 'R3ader-Secret-pw' };
const colUser = `piiscan_col_${sfx}`;
const schemaUser = `piiscan_sch_${sfx}`;
const globalUser = `piiscan_glb_${sfx}`;
const users = [reader.name, colUser, schemaUser, globalUser];
const role = `piiscan_role_${sfx}`;

async function drain(s: Sample): Promise<DbValue[][]> {
  const out: DbValue[][] = [];
  for await (const b of s.batches) out.push(...b.rows);
  return out;
}

describe.skipIf(down !== null)('mysql driver', () => {
  let root: mysql.Connection;
  let session: DbSession;
  let tables: DbTable[];
  const table = (name: string): DbTable => {
    const t = tables.find((x) => x.table === name);
    if (!t) throw new Error(`no table ${name}`);
    return t;
  };

  beforeAll(async () => {
    root = await admin();
    const h = '`' + HOSTILE.replace(/`/g, '``') + '`';
    await root.query(`CREATE DATABASE \`${DB}\` CHARACTER SET utf8mb4; USE \`${DB}\`;
      CREATE TABLE customers (
        id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
        full_name VARCHAR(100) NOT NULL COMMENT 'legal name',
        email VARCHAR(255), dob DATE, created_at DATETIME, opt_in TINYINT(1), metadata JSON, photo BLOB,
        status ENUM('new','active'), total DECIMAL(10,2), ip INET6, INDEX by_created (created_at)
      ) COMMENT 'people who buy';
      INSERT INTO customers VALUES
        (1, 'Ada Lovelace', 'ada@example.com', '1815-12-10', '2020-01-01 10:00:00', 1, '{"contact":{"phone":"+44 20 7946 0958"}}', x'00ff', 'new', 12.50, '2001:db8::1'),
        (2, 'Alan Turing', 'alan@example.org', '1912-06-23', '2021-05-05 12:00:00', 0, '[1,2]', NULL, 'active', NULL, NULL);
      CREATE TABLE ${h} (\`select\` VARCHAR(100), \`电话 号码\` VARCHAR(40), \`e"mail\` VARCHAR(100), \`a\`\`b\` INT);
      INSERT INTO ${h} VALUES ('vip@example.com', '138 0013 8000', 'e@example.net', 1);
      CREATE TABLE x (id INT PRIMARY KEY);
      CREATE TABLE composite (tenant INT, seq INT, v VARCHAR(20), PRIMARY KEY (tenant, seq));
      CREATE TABLE nokey (v VARCHAR(20));
      INSERT INTO nokey VALUES ('a'), ('b'), ('c');
      CREATE TABLE secret (id INT PRIMARY KEY, token VARCHAR(64));
      INSERT INTO secret VALUES (1, 'abc');
      CREATE TABLE big (id INT PRIMARY KEY, email VARCHAR(64), n INT);
      CREATE VIEW customer_emails AS SELECT email FROM customers;`);
    const comp: unknown[][] = [];
    for (let t = 1; t <= 50; t++) for (let s = 1; s <= 40; s++) comp.push([t, s, `t${t}s${s}`]);
    await insertMany(root, 'INSERT INTO composite VALUES ?', comp);
    const big: unknown[][] = [];
    for (let i = 1; i <= BIG; i++) big.push([i, `user${i}@example.com`, i % 97]);
    await insertMany(root, 'INSERT INTO big VALUES ?', big, 20_000);
    await root.query('ANALYZE TABLE big, customers');
    for (const u of users) await root.query(`DROP USER IF EXISTS '${u}'@'%'`);
    await root.query(`CREATE USER '${reader.name}'@'%' IDENTIFIED BY '${reader.password}';
      GRANT SELECT ON \`${DB}\`.customers TO '${reader.name}'@'%';
      GRANT SELECT ON \`${DB}\`.big TO '${reader.name}'@'%';
      GRANT INSERT ON \`${DB}\`.secret TO '${reader.name}'@'%';
      CREATE USER '${colUser}'@'%'; GRANT SELECT (email), UPDATE (email) ON \`${DB}\`.customers TO '${colUser}'@'%';
      CREATE USER '${schemaUser}'@'%'; GRANT SELECT ON \`${DB.replace(/_/g, '\\_')}\`.* TO '${schemaUser}'@'%';
      CREATE USER '${globalUser}'@'%'; GRANT SELECT ON *.* TO '${globalUser}'@'%';
      CREATE ROLE ${role}; GRANT SELECT ON \`${DB}\`.nokey TO ${role}; GRANT ${role} TO '${globalUser}'@'%';`);
    session = await mysqlDriver.open(target(serverUrl(DB)), OPTS);
    tables = await session.listTables({ views: true });
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    for (const u of users) await root?.query(`DROP USER IF EXISTS '${u}'@'%'`);
    await root?.query(`DROP ROLE IF EXISTS ${role}`);
    await root?.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await root?.end();
  });

  describe('catalog', () => {
    it('lists tables with column types, value classes, comments, keys and estimates', () => {
      expect(tables.map((t) => t.table).sort()).toEqual([HOSTILE, 'big', 'composite', 'customer_emails', 'customers', 'nokey', 'secret', 'x'].sort());
      const c = table('customers');
      expect(c).toMatchObject({ schema: DB, kind: 'table', comment: 'people who buy' });
      expect(c.columns.map((x) => [x.name, x.type, x.valueClass, x.primaryKey])).toEqual([
        ['id', 'bigint(20) unsigned', 'number', 1],
        ['full_name', 'varchar(100)', 'text', null],
        ['email', 'varchar(255)', 'text', null],
        ['dob', 'date', 'date', null],
        ['created_at', 'datetime', 'timestamp', null],
        ['opt_in', 'tinyint(1)', 'boolean', null],
        ['metadata', 'json', 'json', null],
        ['photo', 'blob', 'binary', null],
        ['status', "enum('new','active')", 'enum', null],
        ['total', 'decimal(10,2)', 'number', null],
        ['ip', 'inet6', 'text', null],
      ]);
      expect(c.columns[1]).toMatchObject({ comment: 'legal name', nullable: false });
      expect(c.columns[2]).toMatchObject({ comment: null, nullable: true });
      expect(table('composite').columns.map((x) => x.primaryKey)).toEqual([1, 2, null]);
      // InnoDB's TABLE_ROWS is a statistics estimate: near, not equal.
      const est = table('big').estimatedRows ?? 0;
      expect(est).toBeGreaterThan(BIG * 0.5);
      expect(est).toBeLessThan(BIG * 1.5);
      expect(table('customer_emails')).toMatchObject({ kind: 'view', estimatedRows: null, comment: null });
    });

    it('leaves views out unless asked, and system databases out when the URL names no database', async () => {
      expect((await session.listTables({ views: false })).some((t) => t.kind === 'view')).toBe(false);
      const all = await mysqlDriver.open(target(serverUrl(null)), OPTS);
      try {
        const ts = await all.listTables({ views: false });
        expect(ts.some((t) => t.schema === DB && t.table === 'big')).toBe(true);
        expect(ts.some((t) => ['mysql', 'information_schema', 'performance_schema', 'sys'].includes(t.schema))).toBe(false);
      } finally {
        await all.close();
      }
    });
  });

  describe('sampling', () => {
    it('converts values: booleans, parsed JSON, bytes, dates as the server writes them', async () => {
      const rows = await drain(await session.sample(table('customers'), { rows: 10, seed: 1 }));
      expect(rows).toHaveLength(2);
      const [ada, alan] = rows.sort((a, b) => Number(a[0]) - Number(b[0]));
      expect(ada?.slice(1)).toEqual([
        'Ada Lovelace',
        'ada@example.com',
        '1815-12-10',
        '2020-01-01 10:00:00',
        true,
        { contact: { phone: '+44 20 7946 0958' } },
        Buffer.from([0, 255]),
        'new',
        '12.50',
        '2001:db8::1',
      ]);
      expect(alan?.[5]).toBe(false);
      expect(alan?.[6]).toEqual([1, 2]);
    });

    it('reads the hostile-named table and columns without executing anything', async () => {
      const t = table(HOSTILE);
      expect(t.columns.map((c) => c.name)).toEqual(['select', '电话 号码', 'e"mail', 'a`b']);
      const s = await session.sample(t, { rows: 100, seed: 3 });
      expect(s.random).toBe(false);
      expect(await drain(s)).toEqual([['vip@example.com', '138 0013 8000', 'e@example.net', 1]]);
      const [[[n]]] = (await root.query({ sql: `SELECT COUNT(*) FROM \`${DB}\`.x`, rowsAsArray: true })) as unknown as [[[number]]];
      expect(n).toBe(0);
    });

    it('samples ~N rows of a 200k-row table from windows spread over the key range, never ORDER BY RAND()', async () => {
      const conn = (session as MysqlSession).connection;
      const spy = vi.spyOn(conn, 'query');
      try {
        const s = await session.sample(table('big'), { rows: 2000, seed: 42 });
        expect(s).toMatchObject({ random: true, method: 'pk windows on id' });
        const rows = await drain(s);
        expect(rows).toHaveLength(2000);
        const ids = rows.map((r) => r[0] as number);
        expect(new Set(ids).size).toBe(ids.length);
        const buckets = new Set(ids.map((i) => Math.floor((i - 1) / 10_000)));
        expect(buckets.size).toBeGreaterThanOrEqual(15);
        const sql = spy.mock.calls.map((c) => {
          const a = c[0] as unknown;
          return typeof a === 'string' ? a : (a as { sql: string }).sql;
        });
        expect(sql.some((q) => /\bRAND\s*\(/i.test(q))).toBe(false);
        expect(sql.some((q) => /\bOFFSET\b|COUNT\s*\(/i.test(q))).toBe(false);
        // Every row read is a bounded index range: no statement without a key bound or a LIMIT.
        const reads = sql.filter((q) => /FROM `[^`]+`\.`big`/.test(q) && !/MIN\(|MAX\(/.test(q));
        expect(reads.length).toBeGreaterThanOrEqual(2000 / 100);
        for (const q of reads) expect(q).toMatch(/WHERE `id` >= \d+.* LIMIT \d+$/);
      } finally {
        spy.mockRestore();
      }
    });

    it('is deterministic for a seed and differs between seeds', async () => {
      const ids = async (seed: number) => (await drain(await session.sample(table('big'), { rows: 500, seed }))).map((r) => r[0]);
      const a = await ids(7);
      expect(await ids(7)).toEqual(a);
      expect(await ids(8)).not.toEqual(a);
    });

    it('windows a composite key on its leading column without duplicates', async () => {
      const s = await session.sample(table('composite'), { rows: 300, seed: 9 });
      expect(s.random).toBe(true);
      const rows = await drain(s);
      expect(rows.length).toBeGreaterThan(250);
      expect(rows.length).toBeLessThanOrEqual(300);
      expect(new Set(rows.map((r) => `${r[0]}/${r[1]}`)).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r[0])).size).toBeGreaterThan(10);
    });

    it('takes the whole table when it is smaller than the sample, in bounded batches', async () => {
      const s = await session.sample(table('composite'), { rows: 10_000, seed: 2 });
      let n = 0;
      for await (const b of s.batches) {
        expect(b.rows.length).toBeLessThanOrEqual(1000);
        n += b.rows.length;
      }
      expect(n).toBe(2000);
    });

    it('takes the first rows of a table without a key, and says so', async () => {
      const s = await session.sample(table('nokey'), { rows: 2, seed: 1 });
      expect(s.random).toBe(false);
      expect(s.method).toMatch(/LIMIT 2/);
      expect(await drain(s)).toHaveLength(2);
      const v = await session.sample(table('customer_emails'), { rows: 10, seed: 1 });
      expect(v.random).toBe(false);
      expect((await drain(v)).sort()).toEqual([['ada@example.com'], ['alan@example.org']]);
    });
  });

  describe('record ages', () => {
    it('gives the exact oldest and newest of an indexed date column, nothing for one without an index', async () => {
      expect(await session.timeRange?.(table('customers'), 'created_at')).toEqual({ oldest: '2020-01-01 10:00:00', newest: '2021-05-05 12:00:00' });
      expect(await session.timeRange?.(table('customers'), 'dob')).toBeNull();
    });
  });

  describe('grants', () => {
    const find = (gs: DbGrant[], who: string) => gs.filter((g) => g.grantee === who);

    it('reports table, column, schema, global and role grants, accounts as user@host and roles by name', async () => {
      const gs = await session.grants(table('customers'));
      expect(find(gs, `${reader.name}@%`)).toEqual([{ grantee: `${reader.name}@%`, privilege: 'SELECT', column: null }]);
      expect(find(gs, `${colUser}@%`)).toEqual([
        { grantee: `${colUser}@%`, privilege: 'SELECT', column: 'email' },
        { grantee: `${colUser}@%`, privilege: 'UPDATE', column: 'email' },
      ]);
      expect(find(gs, `${schemaUser}@%`)).toEqual([{ grantee: `${schemaUser}@%`, privilege: 'SELECT', column: null, via: 'schema' }]);
      expect(find(gs, `${globalUser}@%`)).toEqual([{ grantee: `${globalUser}@%`, privilege: 'SELECT', column: null, via: 'global' }]);
      // The connecting administrator's own global rights are exposure too.
      expect(gs.some((g) => g.via === 'global' && g.privilege === 'SELECT' && g.grantee.startsWith('root@'))).toBe(true);
      expect(find(gs, role)).toEqual([]);

      const other = await session.grants(table('nokey'));
      expect(find(other, `${reader.name}@%`)).toEqual([]);
      expect(find(other, `${schemaUser}@%`)).toHaveLength(1);
      expect(find(other, role)).toEqual([{ grantee: role, privilege: 'SELECT', column: null }]);
      expect(find(other, `${globalUser}@%`)).toEqual([
        { grantee: `${globalUser}@%`, privilege: 'SELECT', column: null, via: 'global' },
        { grantee: `${globalUser}@%`, privilege: 'SELECT', column: null, via: `role:${role}` },
      ]);
    });
  });

  describe('session safety', () => {
    it('cannot write through its own connection, inside or outside a sample', async () => {
      const conn = (session as MysqlSession).connection;
      await expect(conn.query(`INSERT INTO \`${DB}\`.x VALUES (1)`)).rejects.toThrow(/READ ONLY/i);
      const s = await session.sample(table('x'), { rows: 10, seed: 1 });
      await expect(conn.query(`INSERT INTO \`${DB}\`.x VALUES (2)`)).rejects.toThrow(/READ ONLY/i);
      await drain(s);
      await expect(conn.query(`DELETE FROM \`${DB}\`.customers`)).rejects.toThrow(/READ ONLY/i);
      const [[[n]]] = (await root.query({ sql: `SELECT (SELECT COUNT(*) FROM \`${DB}\`.x) + (SELECT COUNT(*) FROM \`${DB}\`.customers)`, rowsAsArray: true })) as unknown as [[[number]]];
      expect(Number(n)).toBe(2);
    });

    it('sets statement and lock timeouts', async () => {
      const conn = (session as MysqlSession).connection;
      const [rows] = await conn.query({ sql: 'SELECT @@SESSION.lock_wait_timeout, @@SESSION.innodb_lock_wait_timeout', rowsAsArray: true });
      expect((rows as unknown[][])[0]?.map(Number)).toEqual([2, 2]);
      const [mt] = await conn.query({ sql: 'SELECT @@SESSION.max_statement_time', rowsAsArray: true }).catch(() => [[[30]]]);
      expect(Number((mt as unknown[][])[0]?.[0])).toBe(30);
    });

    it('fails one table the account may not read; the session goes on with the others', async () => {
      const s = await mysqlDriver.open(target(serverUrl(DB, reader)), OPTS);
      try {
        const ts = await s.listTables({ views: false });
        expect(ts.map((t) => t.table).sort()).toEqual(['big', 'customers', 'secret']);
        const secret = ts.find((t) => t.table === 'secret') as DbTable;
        const err = await (async () => drain(await s.sample(secret, { rows: 10, seed: 1 })))().catch((e: unknown) => e);
        expect(err).toBeInstanceOf(Error);
        expect((err as { code?: string }).code).toMatch(/ACCESS_DENIED/);
        expect((err as Error).message).not.toContain(reader.password);
        const rows = await drain(await s.sample(ts.find((t) => t.table === 'customers') as DbTable, { rows: 10, seed: 1 }));
        expect(rows).toHaveLength(2);
        // A plain account sees only its own grants.
        const gs = await s.grants(ts.find((t) => t.table === 'customers') as DbTable);
        expect(gs.length).toBeGreaterThan(0);
        expect(gs.every((g) => g.grantee === `${reader.name}@%`)).toBe(true);
      } finally {
        await s.close();
      }
    });

    it('a scan as that account records the unreadable table in scan.errors and reports the others', async () => {
      const report = await scan([serverUrl(DB, reader).toString()], { workers: 0, database: { sampleRows: 500 } });
      expect(report.scan.errors).toHaveLength(1);
      expect(report.scan.errors[0]).toMatchObject({ asset: `${DB}.secret`, code: 'DB_TABLE' });
      expect(report.scan.errors[0]?.message).toMatch(/denied/i);
      expect(JSON.stringify(report)).not.toContain(reader.password);
      const tablesSeen = report.assets.map((a) => (a.location.kind === 'table' ? a.location.table : '')).sort();
      expect(tablesSeen).toEqual(['big', 'customers']);
    });

    it('a killed connection fails the sample with an error the scanner retries on', async () => {
      const s = await mysqlDriver.open(target(serverUrl(DB)), OPTS);
      try {
        const conn = (s as MysqlSession).connection;
        const [[[threadId]]] = (await conn.query({ sql: 'SELECT CONNECTION_ID()', rowsAsArray: true })) as unknown as [[[number]]];
        const sample = await s.sample(table('big'), { rows: 5000, seed: 4 });
        const it = sample.batches[Symbol.asyncIterator]();
        expect((await it.next()).done).toBe(false);
        await root.query(`KILL CONNECTION ${Number(threadId)}`);
        const err = await (async () => {
          for (;;) if ((await it.next()).done) return null;
        })().catch((e: unknown) => e);
        expect(err).toBeInstanceOf(Error);
        expect(isConnectionLoss(err, s)).toBe(true);
      } finally {
        await s.close();
      }
    });

    it('a scan whose connection is killed mid-table reopens it and still reports the table', async () => {
      const open = mysqlDriver.open.bind(mysqlDriver);
      let opened = 0;
      let killed = false;
      // The first session the scanner opens has its connection killed once its first window is read.
      const spy = vi.spyOn(mysqlDriver, 'open').mockImplementation(async (t, o) => {
        const s = (await open(t, o)) as MysqlSession;
        if (opened++ > 0) return s;
        const sample = s.sample.bind(s);
        s.sample = async (table, req) => {
          const got = await sample(table, req);
          const inner = got.batches;
          const batches = (async function* () {
            for await (const b of inner) {
              yield b;
              if (!killed) {
                killed = true;
                const [[[id]]] = (await s.connection.query({ sql: 'SELECT CONNECTION_ID()', rowsAsArray: true })) as unknown as [[[number]]];
                await root.query(`KILL CONNECTION ${Number(id)}`);
              }
            }
          })();
          return { ...got, batches };
        };
        return s;
      });
      try {
        const report = await scan([serverUrl(DB).toString()], { workers: 0, include: [`${DB}.big`], database: { sampleRows: 1000 } });
        expect(killed).toBe(true);
        expect(opened).toBe(2);
        expect(report.scan.errors).toEqual([]);
        const big = report.assets.find((a) => a.location.kind === 'table' && a.location.table === 'big');
        expect(big?.sampled).toBe(1000);
      } finally {
        spy.mockRestore();
      }
    });

    it('never puts the password in a connection error', async () => {
      const bad = serverUrl(DB, { name: reader.name, password: 'Wr0ng-Pw-4-Test' });
      const err = await mysqlDriver.open(target(bad), OPTS).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/Access denied/);
      expect((err as Error).message).not.toContain('Wr0ng-Pw-4-Test');
    });
  });
});
