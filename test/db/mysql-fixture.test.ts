import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysqlCleanupSql, mysqlSql } from '../../fixtures/db/generate-mysql-sqlite.js';
import type { DbGrant } from '../../src/db/types.js';
import { scan } from '../../src/scan.js';
import type { ScanReport } from '../../src/types.js';
import { EXPECTED, printScore, score, tableAssets } from './helpers-expected.js';
import { admin, CI, mysqlDown, serverUrl, uniqueSuffix, warnSkip } from './helpers-mysql.js';

/**
 * The MySQL fixture end to end on the real MariaDB: fixtures/db/mysql.sql loaded under a unique database
 * and role names, scanned through `scan(['mysql://…/db'])`, classified as fixtures/db/expected.json says,
 * with its grants (roles, a role member, a column grant, PUBLIC) in the report.
 */

const down = await mysqlDown();
warnSkip('MySQL fixture scan', down);

describe('MySQL/MariaDB server for the fixture scan', () => {
  it.runIf(CI)('is reachable under CI=true', () => {
    expect(down, `MySQL/MariaDB at ${serverUrl(null).host}`).toBeNull();
  });
});

const sfx = uniqueSuffix();
const fixture = { database: `piiscan_fx_${sfx}`, suffix: `_${sfx}` };

describe.skipIf(down !== null)('scan of the MySQL fixture', () => {
  let root: mysql.Connection;
  let report: ScanReport;

  beforeAll(async () => {
    root = await admin();
    await root.query(mysqlSql(fixture));
    report = await scan([serverUrl(fixture.database).toString()], { workers: 0 });
  }, 120_000);

  afterAll(async () => {
    for (const sql of mysqlCleanupSql(fixture)) await root?.query(sql).catch((e: unknown) => console.warn(`cleanup: ${sql}: ${String(e)}`));
    await root?.end();
  });

  it('scans every table without errors, hostile name included', () => {
    expect(report.scan.errors).toEqual([]);
    const assets = tableAssets(report.assets, fixture.database);
    for (const t of Object.keys(EXPECTED.tables)) if (t !== 'products') expect(assets.has(t), t).toBe(true);
    expect(assets.get('customers')?.records).toBeGreaterThan(0);
  });

  it('classifies the fixture columns as expected.json says (precision and recall ≥ 0.9)', () => {
    const s = score(tableAssets(report.assets, fixture.database));
    printScore('MySQL fixture', s);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.protection).toEqual([]);
  });

  it('reports the grants of expected.json: roles by name, a role member, a column grant, PUBLIC', () => {
    const assets = tableAssets(report.assets, fixture.database);
    for (const [table, grants] of Object.entries(EXPECTED.grants)) {
      // The test's role names carry a suffix; accounts are user@host in MySQL.
      const got = ((assets.get(table)?.exposure?.grants ?? []) as DbGrant[]).map((g) => ({
        ...g,
        grantee: g.grantee.replace(/@.*$/, '').replace(fixture.suffix, ''),
        ...(g.via ? { via: g.via.replace(fixture.suffix, '') } : {}),
      }));
      for (const g of grants) expect(got, `${table}: ${JSON.stringify(g)}`).toContainEqual(g);
    }
  });
});
