import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSqliteFixture, mysqlSql, sqliteSql } from '../../fixtures/db/generate-mysql-sqlite.js';
import { scan } from '../../src/scan.js';
import type { ScanReport } from '../../src/types.js';
import { EXPECTED, printScore, score, tableAssets } from './helpers-expected.js';

/**
 * The SQLite fixture end to end: built from fixtures/db/sqlite.sql into a temp file, scanned through
 * `scan(['sqlite:…'])`, classified as fixtures/db/expected.json says. Also: the committed .sql files are
 * what the generator writes from fixtures/db/data.ts (the same rows as postgres.sql).
 */

const dir = mkdtempSync(join(tmpdir(), 'piiscan-sqlite-fx-'));
const file = join(dir, 'fixture.sqlite');
let report: ScanReport;

beforeAll(async () => {
  buildSqliteFixture(file, readFileSync(new URL('../../fixtures/db/sqlite.sql', import.meta.url), 'utf8'));
  report = await scan([`sqlite:${file}`], { workers: 0 });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fixtures/db mysql.sql and sqlite.sql', () => {
  it('are what the generator writes', () => {
    expect(readFileSync(new URL('../../fixtures/db/sqlite.sql', import.meta.url), 'utf8')).toBe(sqliteSql());
    expect(readFileSync(new URL('../../fixtures/db/mysql.sql', import.meta.url), 'utf8')).toBe(mysqlSql());
  });
});

describe('scan of the SQLite fixture', () => {
  it('scans every table without errors, hostile name included, with the file mode and no grants', () => {
    expect(report.scan.errors).toEqual([]);
    const assets = tableAssets(report.assets, 'main');
    for (const t of Object.keys(EXPECTED.tables)) if (t !== 'products') expect(assets.has(t), t).toBe(true);
    const customers = assets.get('customers') as ScanReport['assets'][number];
    // A small file is counted exactly at discovery (the scanner still calls it an estimate).
    expect(customers.records).toBe(300);
    expect(customers.exposure?.grants).toEqual([]);
    expect(customers.exposure?.fileMode).toMatch(/^0[0-7]{3}$/);
    expect(report.scan.targets).toEqual([`sqlite:${file}`]);
  });

  it('classifies the fixture columns as expected.json says (precision and recall ≥ 0.9)', () => {
    const s = score(tableAssets(report.assets, 'main'));
    printScore('SQLite fixture', s);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.protection).toEqual([]);
  });

  it('puts findings at store/schema.table.column locations', () => {
    const f = report.findings.find((x) => x.location.kind === 'column' && x.location.table === 'Customer "VIP"; DROP TABLE x; --');
    expect(f?.location).toMatchObject({ kind: 'column', store: `sqlite:${file}`, schema: 'main' });
  });
});
