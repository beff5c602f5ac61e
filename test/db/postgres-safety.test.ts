import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDriver, type PgSession } from '../../src/db/postgres/session.js';
import { DEFAULT_CONNECT, scanDatabase } from '../../src/db/scan-database.js';
import type { DbDriver } from '../../src/db/types.js';
import { explicitKey } from '../../src/engine/fingerprint.js';
import { engineFor, resolveDetectors } from '../../src/engine/registry.js';
import { parseTarget } from '../../src/db/target.js';
import { scan } from '../../src/scan.js';
import { createTestDb, type TestDb } from './pg-helper.js';

/**
 * What the scanner must never do and must survive: write through its session, stop at one failing
 * table, show a password, or read a whole big table to sample it.
 */

const SETUP = `
CREATE SCHEMA app;
CREATE TABLE app.people (id int PRIMARY KEY, email text, phone text);
INSERT INTO app.people SELECT g, 'person' || g || '@example.org', '+1 415 555 ' || lpad((g % 10000)::text, 4, '0') FROM generate_series(1, 50) g;
CREATE TABLE app.secrets (id int PRIMARY KEY, email text);
INSERT INTO app.secrets VALUES (1, 'hidden@example.org');
-- A view that fails when read: division by zero on every row.
CREATE VIEW app.broken AS SELECT id, 1 / (id - id) AS boom FROM app.people;
`;

const PASSWORD = 'S3cr3t-pw/with@chars';
const ROLE = `piiscan_reader_${process.pid}`;
let db: TestDb;

beforeAll(async () => {
  db = await createTestDb(SETUP);
  if (!db.embedded) {
    await db.admin(`DROP ROLE IF EXISTS ${ROLE}; CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD.replace(/'/g, "''")}'`);
    await db.exec(`GRANT USAGE ON SCHEMA app TO ${ROLE}; GRANT SELECT ON app.people TO ${ROLE};`);
  }
}, 120_000);

afterAll(async () => {
  if (db && !db.embedded) await db.exec(`DROP OWNED BY ${ROLE}`).catch(() => undefined);
  await db?.drop();
  if (db && !db.embedded) await db.admin(`DROP ROLE IF EXISTS ${ROLE}`);
});

describe('the scanner’s PostgreSQL session', () => {
  it('cannot write: an INSERT through its own connection is refused as read-only', async () => {
    const session = (await postgresDriver.open(parseTarget(db.url), DEFAULT_CONNECT)) as PgSession;
    try {
      await expect(session.client.query("INSERT INTO app.people VALUES (999, 'w@example.org', NULL)")).rejects.toThrow(/read-only transaction/);
      await expect(session.client.query('CREATE TABLE app.intruder (x int)')).rejects.toThrow(/read-only transaction/);
      // An explicit transaction is read-only by default too.
      await session.client.query('BEGIN');
      await expect(session.client.query('DELETE FROM app.people')).rejects.toThrow(/read-only transaction/);
      await session.client.query('ROLLBACK');
      const r = await session.client.query<{ n: string }>('SELECT count(*) AS n FROM app.people');
      expect(Number(r.rows[0].n)).toBe(50);
    } finally {
      await session.close();
    }
  });

  it('records a failing table in scan.errors and scans the others', async () => {
    const report = await scan([db.url], { fingerprintKey: 'k', database: { includeViews: true, concurrency: db.embedded ? 1 : 2 } });
    const errs = report.scan.errors.filter((e) => e.code === 'DB_TABLE');
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ asset: 'app.broken' });
    expect(errs[0].message).toMatch(/app\.broken: .*division by zero/);
    const people = report.assets.find((a) => a.location.kind === 'table' && a.location.table === 'people');
    expect(people?.counts.email).toBe(50);
  });

  it('never shows the password of the URL, in the report or its errors', async () => {
    if (db.embedded) {
      // PGlite has no password authentication: the URL's password is still kept out of the report.
      const u = new URL(db.url);
      u.password = encodeURIComponent(PASSWORD);
      const report = JSON.stringify(await scan([u.toString()], { fingerprintKey: 'k', database: { concurrency: 1 } }));
      expect(report).not.toContain(PASSWORD);
      expect(report).not.toContain(encodeURIComponent(PASSWORD));
      return;
    }
    const good = db.urlFor(ROLE, PASSWORD);
    const missing = new URL(good);
    missing.pathname = '/piiscan_no_such_database';
    const report = await scan([good, missing.toString()], { fingerprintKey: 'k', database: { includeViews: false } });
    const text = JSON.stringify(report);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
    expect(report.scan.targets[0]).toBe(`postgres://${ROLE}@${new URL(good).host}${new URL(good).pathname}`);
    // The role may read people, not secrets: a permission error, named by table, without the password.
    expect(report.scan.errors.find((e) => e.asset === 'app.secrets')?.message).toMatch(/permission denied/);
    // A target that cannot connect is an error naming the target without its password.
    expect(report.scan.errors.find((e) => e.code === 'DB_CONNECT')?.message).toMatch(new RegExp(`^postgres://${ROLE}@[^ ]+/piiscan_no_such_database: .*does not exist`));
    expect(report.assets.some((a) => a.location.kind === 'table' && a.location.table === 'people')).toBe(true);
  });
});

describe('sampling a big table', () => {
  it('returns about the rows asked for, by TABLESAMPLE, and estimates the table size', async () => {
    await db.exec(`CREATE TABLE app.big (id int PRIMARY KEY, email text);
      INSERT INTO app.big SELECT g, 'user' || g || '@example.com' FROM generate_series(1, 200000) g;
      ANALYZE app.big;`);
    const report = await scan([db.url], { fingerprintKey: 'k', include: ['app.big'], database: { sampleRows: 2000, concurrency: 1 } });
    const big = report.assets.find((a) => a.location.kind === 'table' && a.location.table === 'big') as
      | (typeof report.assets)[number] & { sample: { method: string; random: boolean } }
      | undefined;
    expect(big?.sample.random).toBe(true);
    expect(big?.sample.method).toMatch(/^TABLESAMPLE SYSTEM \([0-9.]+\) REPEATABLE \(42\)$/);
    expect(big?.sampled).toBeGreaterThanOrEqual(1400);
    expect(big?.sampled).toBeLessThanOrEqual(2000);
    expect(big?.recordsEstimated).toBe(true);
    expect(big?.records).toBeGreaterThan(150_000);
    expect(big?.records).toBeLessThan(250_000);
  }, 120_000);
});

describe('record ages', () => {
  it('takes the exact oldest and newest from an index when there is one, and the sample’s otherwise', async () => {
    await db.exec(`CREATE TABLE app.events (id int PRIMARY KEY, email text, created_at timestamptz, seen_at timestamptz);
      INSERT INTO app.events SELECT g, 'e' || g || '@example.org', timestamptz '2015-01-01' + g * interval '1 hour', timestamptz '2015-01-01' + g * interval '1 hour' FROM generate_series(1, 5000) g;
      CREATE INDEX events_created ON app.events (created_at);
      ANALYZE app.events;`);
    const run = async () => {
      const report = await scan([db.url], { fingerprintKey: 'k', include: ['app.events'], database: { sampleRows: 100, concurrency: 1 } });
      return (report.assets[0] as (typeof report.assets)[number] & { retention?: { column: string; oldest: string; newest: string; range: string } }).retention;
    };
    expect(await run()).toEqual({ column: 'created_at', oldest: '2015-01-01T01:00:00.000Z', newest: '2015-07-28T08:00:00.000Z', range: 'exact' });
    await db.exec('DROP INDEX app.events_created');
    // Without the index: the range of the 100 rows sampled (the first ones, by LIMIT).
    expect(await run()).toEqual({ column: 'created_at', oldest: '2015-01-01T01:00:00.000Z', newest: '2015-01-05T04:00:00.000Z', range: 'sample' });
  }, 60_000);
});

describe('a connection dropped mid-table', () => {
  it('is reopened and the table scanned again; dropped twice, the table is an error and the others go on', async () => {
    await db.exec(`CREATE TABLE app.drop_me (id int PRIMARY KEY, email text);
      INSERT INTO app.drop_me SELECT g, 'drop' || g || '@example.org' FROM generate_series(1, 3000) g;`);
    // Kills the connection right after the first batch of `drop_me` arrived, `times` times.
    const dropping = (times: { left: number }): DbDriver => ({
      dialect: 'postgres',
      async open(target, opts) {
        const session = (await postgresDriver.open(target, opts)) as PgSession;
        const sample = session.sample.bind(session);
        session.sample = async (table, req) => {
          const s = await sample(table, req);
          if (table.table !== 'drop_me' || times.left === 0) return s;
          times.left--;
          const it = s.batches[Symbol.asyncIterator]();
          const batches = (async function* () {
            const first = await it.next();
            if (!first.done) yield first.value;
            if (db.embedded) (session.client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
            else await db.admin(`SELECT pg_terminate_backend(${(session.client as unknown as { processID: number }).processID})`);
            for (;;) {
              const next = await it.next();
              if (next.done) return;
              yield next.value;
            }
          })();
          return { ...s, batches };
        };
        return session;
      },
    });
    const base = { engine: engineFor(resolveDetectors(undefined, undefined)), detectors: resolveDetectors(undefined, undefined), minConfidence: 0.5, showValues: false, maxFindings: 10, key: explicitKey('k'), now: new Date(), include: ['app.drop_me', 'app.people'], concurrency: 1 };
    const once = await scanDatabase(parseTarget(db.url), { ...base, driver: dropping({ left: 1 }) });
    expect(once.errors).toEqual([]);
    expect(once.assets.map((a) => [a.asset.location.kind === 'table' && a.asset.location.table, a.asset.sampled])).toEqual([
      ['drop_me', 3000],
      ['people', 50],
    ]);
    const twice = await scanDatabase(parseTarget(db.url), { ...base, driver: dropping({ left: 2 }) });
    expect(twice.errors).toHaveLength(1);
    expect(twice.errors[0]).toMatchObject({ code: 'DB_TABLE', asset: 'app.drop_me' });
    expect(twice.errors[0].message).toMatch(/connection lost, retried once/);
    expect(twice.assets.map((a) => a.asset.location.kind === 'table' && a.asset.location.table)).toEqual(['people']);
  }, 60_000);
});
