import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchemaSnapshot } from '../../src/schema/snapshot.js';
import { expectValidSarif } from '../reports/validate.js';
import { removeTempRepos, TempRepo } from './helpers.js';

afterAll(removeTempRepos);

/**
 * The schema gate against real servers: PostgreSQL and MariaDB/MySQL, URLs from PIISCAN_TEST_PG_URL and
 * PIISCAN_TEST_MYSQL_URL (defaults: the local servers). Each test database is created and dropped here.
 * Without a reachable server the tests are skipped with a message — except under CI=true, where an
 * unreachable server is a failure.
 */

const PG_URL = process.env.PIISCAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MY_URL = process.env.PIISCAN_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/';
const CI = process.env.CI === 'true';

function withDb(url: string, db: string): URL {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u;
}

async function pgReachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function myReachable(): Promise<string | null> {
  try {
    const c = await mysql.createConnection({ uri: MY_URL, connectTimeout: 3000 });
    await c.end();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const pgDown = await pgReachable();
const myDown = await myReachable();
if (pgDown && !CI) console.warn(`SKIPPED: PostgreSQL schema-gate tests — no server at ${new URL(PG_URL).host} (${pgDown}); set PIISCAN_TEST_PG_URL`);
if (myDown && !CI) console.warn(`SKIPPED: MySQL/MariaDB schema-gate tests — no server at ${new URL(MY_URL).host} (${myDown}); set PIISCAN_TEST_MYSQL_URL`);

describe('database servers for the schema gate', () => {
  it.runIf(CI)('are reachable under CI=true', () => {
    expect(pgDown, `PostgreSQL at ${PG_URL}`).toBeNull();
    expect(myDown, `MySQL/MariaDB at ${MY_URL}`).toBeNull();
  });
});

const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;

describe.skipIf(pgDown !== null)('schema gate: PostgreSQL (pg)', () => {
  const db = `piiscan_gate_${suffix}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  let client: pg.Client;
  const url = withDb(PG_URL, db);
  // The server trusts local connections, so the password is ignored there — and must never be printed.
  const withPassword = new URL(url.toString());
  withPassword.username = withPassword.username || 'postgres';
  withPassword.password = 'Sup3rSecretPw';

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${db}`);
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query('CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, nickname text, created_at timestamptz DEFAULT now())');
    await client.query("COMMENT ON COLUMN users.nickname IS 'shown in the forum'");
  });
  afterAll(async () => {
    await client?.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  });

  it('snapshots the schema read-only, without the password; new personal-data columns fail until annotated', async () => {
    const repo = new TempRepo();
    const snap = await repo.run('schema', 'snapshot', withPassword.toString(), '--output', 'schema.json');
    expect(snap.exitCode, snap.stderr).toBe(0);
    expect(snap.stderr).toMatch(/1 table\(s\), 3 column\(s\)/);
    const text = repo.read('schema.json');
    expect(text + snap.stdout + snap.stderr).not.toContain('Sup3rSecretPw');
    const s = JSON.parse(text) as SchemaSnapshot;
    expect(s.store).toBe(`postgres://postgres@${url.host}/${db}`);
    expect(s.tables).toEqual([
      {
        schema: 'public',
        table: 'users',
        columns: [
          { name: 'id', type: 'bigint', nullable: false, comment: null },
          { name: 'nickname', type: 'text', nullable: true, comment: 'shown in the forum' },
          { name: 'created_at', type: 'timestamp with time zone', nullable: true, comment: null },
        ],
      },
    ]);
    expect((await repo.run('gate', '--schema', url.toString(), '--snapshot', 'schema.json')).exitCode).toBe(0);

    await client.query('ALTER TABLE users ADD COLUMN id_card_no varchar(18), ADD COLUMN "手机号" varchar(20), ADD COLUMN display_color text');
    const r = await repo.run('gate', '--schema', withPassword.toString(), '--snapshot', 'schema.json', '--format', 'sarif');
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('Sup3rSecretPw');
    const log = JSON.parse(r.stdout) as Log;
    expectValidSarif(log);
    expect((log.runs[0].results ?? []).map((x) => [x.ruleId, x.locations?.[0].logicalLocations?.[0].fullyQualifiedName])).toEqual([
      ['cn.resident_id', `postgres://postgres@${url.host}/${db}/public.users.id_card_no`],
      ['phone', `postgres://postgres@${url.host}/${db}/public.users.手机号`],
    ]);

    await client.query("COMMENT ON COLUMN users.id_card_no IS 'pii: cn.resident_id; purpose: kyc; retention: 5y'");
    await client.query(`COMMENT ON COLUMN users."手机号" IS 'pii: phone; purpose: account recovery; retention: account lifetime'`);
    const ok = await repo.run('gate', '--schema', url.toString(), '--snapshot', 'schema.json');
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/2 annotated column\(s\)/);
  });

  it('a server it cannot reach is a usage error naming the host, not the password', async () => {
    const bad = new URL(withPassword.toString());
    bad.pathname = '/piiscan_no_such_database';
    const r = await new TempRepo().run('schema', 'snapshot', bad.toString());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/cannot read the schema: database "piiscan_no_such_database" does not exist/);
    expect(r.stderr).not.toContain('Sup3rSecretPw');
  });
});

describe.skipIf(myDown !== null)('schema gate: MySQL / MariaDB (mysql2)', () => {
  const db = `piiscan_gate_${suffix}`;
  let conn: mysql.Connection;
  const url = withDb(MY_URL, db);

  beforeAll(async () => {
    conn = await mysql.createConnection({ uri: MY_URL, multipleStatements: false });
    await conn.query(`CREATE DATABASE ${db} CHARACTER SET utf8mb4`);
    await conn.query(`CREATE TABLE ${db}.users (id bigint PRIMARY KEY AUTO_INCREMENT, nickname varchar(40) COMMENT 'forum name', active tinyint(1))`);
  });
  afterAll(async () => {
    await conn?.query(`DROP DATABASE IF EXISTS ${db}`).catch(() => undefined);
    await conn?.end().catch(() => undefined);
  });

  it('snapshots the schema; new columns are classified by name and comment; inline COMMENT annotates', async () => {
    const repo = new TempRepo();
    const snap = await repo.run('schema', 'snapshot', url.toString(), '--output', 'schema.json');
    expect(snap.exitCode, snap.stderr).toBe(0);
    const s = JSON.parse(repo.read('schema.json')) as SchemaSnapshot;
    expect(s.dialect).toBe('mysql');
    expect(s.tables[0].columns.map((c) => [c.name, c.type, c.comment])).toEqual([
      ['id', 'bigint(20)', null],
      ['nickname', 'varchar(40)', 'forum name'],
      ['active', 'tinyint(1)', null],
    ]);

    await conn.query(`ALTER TABLE ${db}.users ADD COLUMN id_card_no varchar(18), ADD COLUMN c7 varchar(20) COMMENT '用户手机号码', ADD COLUMN is_vip tinyint(1)`);
    const r = await repo.run('gate', '--schema', url.toString(), '--snapshot', 'schema.json', '--format', 'json');
    expect(r.exitCode, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { detector: string; snippet: string; location: { kind: string; schema: string } }[] };
    // Sorted by column: c7 (a phone number by its comment) before id_card_no (by its name).
    expect(report.findings.map((f) => [f.detector, f.snippet, f.location.kind, f.location.schema])).toEqual([
      ['phone', 'users.c7', 'column', db],
      ['cn.resident_id', 'users.id_card_no', 'column', db],
    ]);

    await conn.query(`ALTER TABLE ${db}.users MODIFY id_card_no varchar(18) COMMENT 'pii: cn.resident_id; purpose: kyc; retention: 5y', MODIFY c7 varchar(20) COMMENT 'pii: phone; purpose: support; retention: 2y'`);
    const ok = await repo.run('gate', '--schema', url.toString(), '--snapshot', 'schema.json');
    expect(ok.exitCode, ok.stderr).toBe(0);
  });

  it('a refused login is a usage error that never shows the password', async () => {
    const bad = new URL(url.toString());
    bad.username = 'piiscan_nobody';
    bad.password = 'Wr0ngPassw0rd';
    const r = await new TempRepo().run('schema', 'snapshot', bad.toString());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/cannot read the schema/);
    expect(r.stderr).not.toContain('Wr0ngPassw0rd');
  });
});
