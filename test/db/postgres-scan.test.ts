import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import type { ScanReport } from '../../src/types.js';
import type { TableAsset } from '../../src/db/table-scan.js';
import { expectValidReport } from '../reports/validate.js';
import { EXPECTED, printScore, score, tableAssets } from './helpers-expected.js';
import { createTestDb, FIXTURE_SQL, type TestDb } from './pg-helper.js';

/**
 * The PostgreSQL fixture scanned end to end through `scan()`: classification against
 * fixtures/db/expected.json, hostile names, JSON key paths, grants (PUBLIC, column, role members),
 * retention, protection states, and a report valid against report.schema.json.
 */

const NOW = new Date('2025-11-15T00:00:00Z');
let db: TestDb;
let report: ScanReport;
let tables: Map<string, TableAsset>;

beforeAll(async () => {
  db = await createTestDb(FIXTURE_SQL);
  report = await scan([db.url], {
    fingerprintKey: 'db-test',
    now: () => NOW,
    scanId: 'pg-fixture',
    assessment: { retention: { default: 3 * 365 } },
    database: { concurrency: db.embedded ? 1 : 2 },
  });
  tables = tableAssets(report.assets, 'app') as Map<string, TableAsset>;
}, 120_000);

afterAll(async () => {
  await db?.drop();
});

describe(`PostgreSQL fixture scan`, () => {
  it('classifies the fixture as expected.json says (precision and recall ≥ 0.9)', () => {
    expect(report.scan.errors).toEqual([]);
    const s = score(tables);
    printScore(`postgres fixture (${db.embedded ? 'PGlite' : 'server'})`, s);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.protection).toEqual([]);
    // No column of products is classified, so a product name that looks like a person's is no finding either.
    expect(tables.has('products')).toBe(false);
    expect(report.findings.some((f) => f.location.kind === 'column' && f.location.table === 'products')).toBe(false);
  });

  it('scans the hostile-named table and its reserved, spaced and quoted column names', () => {
    const t = tables.get('Customer "VIP"; DROP TABLE x; --');
    expect(t?.sampled).toBe(60);
    const cols = (t?.columns ?? []).map((c) => `${c.name}→${c.detector}`);
    expect(cols).toEqual(expect.arrayContaining(['select→email', '电话 号码→phone', 'e"mail→email']));
    const f = report.findings.find((x) => x.location.kind === 'column' && x.location.column === '电话 号码');
    expect(f?.location).toMatchObject({ kind: 'column', store: report.scan.targets[0], schema: 'app', table: 'Customer "VIP"; DROP TABLE x; --' });
  });

  it('classifies JSON per key path, keeping the column in `column` and the path in `path`', () => {
    const cols = tables.get('support_tickets')?.columns ?? [];
    expect(cols.filter((c) => c.name === 'metadata').map((c) => `${c.path} ${c.detector}`).sort()).toEqual(['contact.email email', 'contact.phone phone', 'device.ip ip_address']);
    const f = report.findings.find((x) => x.location.kind === 'column' && x.location.path === 'contact.email');
    expect(f?.location).toMatchObject({ column: 'metadata', path: 'contact.email', table: 'support_tickets' });
    expect(f?.snippet).not.toMatch(/^[^*]+@[^*]+$/);
  });

  it('reports grants: direct, PUBLIC, column-level, and through role membership', () => {
    for (const [table, grants] of Object.entries(EXPECTED.grants)) {
      expect(tables.get(table)?.exposure.grants, table).toEqual(expect.arrayContaining(grants.map((g) => expect.objectContaining(g))));
    }
    // The column grant is only on users.email, not on the table.
    expect(tables.get('users')?.exposure.grants.filter((g) => g.grantee === 'support').map((g) => g.column)).toEqual(['email']);
    expect(tables.get('payments')?.exposure.grants.some((g) => g.grantee === 'PUBLIC')).toBe(false);
  });

  it('reports record ages and how many are older than the retention policy', () => {
    const r = tables.get('customers')?.retention;
    expect(r?.column).toBe('created_at');
    expect(r?.range).toBe('sample');
    expect(r && r.oldest < '2020-06-01' && r.newest > '2025-06-01').toBe(true);
    expect(r?.policyDays).toBe(3 * 365);
    // Six years of records against a three-year policy: about half are older.
    expect(r?.olderThanPolicy).toBeGreaterThan(100);
    expect(r?.olderThanPolicy).toBeLessThan(200);
    const factor = tables.get('customers')?.risk?.factors.find((f) => f.name === 'retention');
    expect(factor?.severity).toBeGreaterThan(0);
    // A birth date is personal data, not the age of the record.
    expect(tables.get('employees')?.retention?.column).toBe('入职日期');
  });

  it('tells hashed passwords and masked cards from plain values', () => {
    const pw = tables.get('users')?.columns?.find((c) => c.name === 'password_hash');
    expect(pw).toMatchObject({ detector: 'credential.password', protection: 'hashed' });
    expect((pw?.evidence as { hashScheme?: string }).hashScheme).toBe('bcrypt');
    expect(tables.get('payments')?.columns?.find((c) => c.name === 'card_last4')).toMatchObject({ detector: 'credit_card', protection: 'masked' });
    expect(tables.get('payments')?.columns?.find((c) => c.name === 'card_number')).toMatchObject({ detector: 'credit_card', protection: 'plain' });
  });

  it('says how each table was sampled and counts tables and rows', () => {
    const c = tables.get('customers');
    expect(c).toMatchObject({ records: 300, recordsEstimated: false, sampled: 300, sample: { method: 'LIMIT 10000', random: false } });
    expect(report.scan.stats.tables).toBe(8);
    expect(report.scan.stats.rows).toBe(300 + 400 + 300 + 250 + 200 + 300 + 60 + 120);
    expect(report.assessment?.stores.find((s) => s.kind === 'database')?.store).toBe(report.scan.targets[0]);
  });

  it('emits a report valid against report.schema.json', () => {
    expectValidReport(JSON.parse(JSON.stringify(report)));
  });
});
