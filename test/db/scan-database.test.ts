import { describe, expect, it } from 'vitest';
import { explicitKey } from '../../src/engine/fingerprint.js';
import { engineFor, resolveDetectors } from '../../src/engine/registry.js';
import { scanDatabase, type DbScanOptions } from '../../src/db/scan-database.js';
import type { DbDriver, DbSession, DbTable, DbValue, Sample } from '../../src/db/types.js';

/**
 * The scanner's own logic, with a driver made here: a lost connection is retried once on a new
 * connection, a table that keeps failing is recorded and the others go on, `--db-concurrency` caps the
 * connections, and no error message carries the password.
 */

const detectors = resolveDetectors(undefined, undefined);
const base: DbScanOptions = { engine: engineFor(detectors), detectors, minConfidence: 0.5, showValues: false, maxFindings: 100, key: explicitKey('k'), now: new Date('2025-01-01T00:00:00Z') };

const table = (name: string): DbTable => ({
  schema: 'app',
  table: name,
  kind: 'table',
  columns: [{ name: 'email', type: 'text', valueClass: 'text', nullable: true, comment: null, primaryKey: null }],
  estimatedRows: 3,
  comment: null,
});

const ROWS: DbValue[][] = [['ann@example.org'], ['bob@example.org'], ['cy@example.org']];

function lost(): Error {
  return Object.assign(new Error('read ECONNRESET (password hunter2 was used)'), { code: 'ECONNRESET' });
}

/** `failures[table]`: how many times sampling that table drops the connection before it works. */
function fakeDriver(tables: string[], failures: Record<string, number>, stats: { open: number; maxOpen: number; live: number }): DbDriver {
  return {
    dialect: 'postgres',
    async open() {
      stats.open++;
      stats.live++;
      stats.maxOpen = Math.max(stats.maxOpen, stats.live);
      let closed = false;
      const session: DbSession = {
        dialect: 'postgres',
        store: 'postgres://app@db/app',
        listTables: async () => tables.map(table),
        async sample(t): Promise<Sample> {
          await new Promise((r) => setTimeout(r, 5));
          if ((failures[t.table] ?? 0) > 0) {
            failures[t.table]--;
            throw lost();
          }
          return {
            method: 'LIMIT 10',
            random: false,
            batches: (async function* () {
              yield { rows: ROWS };
            })(),
          };
        },
        grants: async () => [{ grantee: 'PUBLIC', privilege: 'SELECT', column: null }],
        async close() {
          if (!closed) stats.live--;
          closed = true;
        },
      };
      return session;
    },
  };
}

const target = { dialect: 'postgres' as const, url: 'postgres://app:hunter2@db/app', display: 'postgres://app@db/app', password: 'hunter2' };

describe('scanDatabase', () => {
  it('retries a table once on a new connection when the connection drops', async () => {
    const stats = { open: 0, maxOpen: 0, live: 0 };
    const r = await scanDatabase(target, { ...base, concurrency: 1, driver: fakeDriver(['a', 'b', 'c'], { b: 1 }, stats) });
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => a.asset.location.kind === 'table' && a.asset.location.table)).toEqual(['a', 'b', 'c']);
    expect(r.assets[1].asset.counts.email).toBe(3);
    expect(stats.open).toBe(2);
    expect(stats.live).toBe(0);
  });

  it('records a table whose connection drops twice, and goes on with the others', async () => {
    const stats = { open: 0, maxOpen: 0, live: 0 };
    const r = await scanDatabase(target, { ...base, concurrency: 1, driver: fakeDriver(['a', 'b', 'c'], { b: 2 }, stats) });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ target: 'postgres://app@db/app', asset: 'app.b', code: 'DB_TABLE' });
    expect(r.errors[0].message).toMatch(/app\.b: connection lost, retried once/);
    expect(r.errors[0].message).not.toContain('hunter2');
    expect(r.tables).toBe(2);
    expect(stats.live).toBe(0);
  });

  it('keeps at most --db-concurrency connections open', async () => {
    const stats = { open: 0, maxOpen: 0, live: 0 };
    const r = await scanDatabase(target, { ...base, concurrency: 3, driver: fakeDriver(['a', 'b', 'c', 'd', 'e', 'f', 'g'], {}, stats) });
    expect(r.tables).toBe(7);
    expect(stats.maxOpen).toBe(3);
    expect(r.assets[0].asset.exposure.grants).toEqual([{ grantee: 'PUBLIC', privilege: 'SELECT', column: null }]);
    // Three rows, the whole table: the count is exact.
    expect(r.assets[0].asset).toMatchObject({ records: 3, recordsEstimated: false, sampled: 3, sample: { method: 'LIMIT 10', random: false } });
  });

  it('records a target that cannot connect, without its password', async () => {
    const driver: DbDriver = {
      dialect: 'postgres',
      open: async () => {
        throw new Error('connect ECONNREFUSED for postgres://app:hunter2@db/app');
      },
    };
    const r = await scanDatabase(target, { ...base, driver });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].code).toBe('DB_CONNECT');
    expect(r.errors[0].message).not.toContain('hunter2');
  });
});
