import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { databaseOptionsOf } from '../../src/db/options.js';
import type { ScanReport } from '../../src/types.js';
import { expectValidReport } from '../reports/validate.js';
import { createTestDb, type TestDb } from './pg-helper.js';

/** `piiscan scan` with a database target: flags, the config's `database:` section, and a valid report. */

const SETUP = `
CREATE SCHEMA crm;
CREATE TABLE crm.contacts (id int PRIMARY KEY, email text, created_at timestamptz);
INSERT INTO crm.contacts SELECT g, 'contact' || g || '@example.net', timestamptz '2020-01-01' + g * interval '1 day' FROM generate_series(1, 500) g;
CREATE VIEW crm.recent AS SELECT email FROM crm.contacts WHERE id > 400;
`;

let db: TestDb;
let dir: string;

beforeAll(async () => {
  db = await createTestDb(SETUP);
  dir = mkdtempSync(join(tmpdir(), 'piiscan-db-cli-'));
}, 120_000);

afterAll(async () => {
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const io = (env: NodeJS.ProcessEnv = {}) => ({ cwd: dir, env: { PIISCAN_FINGERPRINT_KEY: 'cli-test', ...env }, stderrIsTTY: false, stdoutIsTTY: false });

describe('piiscan scan <database>', () => {
  it('takes --sample-rows, --db-concurrency and --include-views, and writes a valid report', async () => {
    const r = await runCli(['scan', db.url, '--sample-rows', '120', '--db-concurrency', '1', '--include-views', '--format', 'json', '--quiet'], io());
    expect(r.exitCode, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ScanReport;
    expectValidReport(report);
    const tables = report.assets.map((a) => (a.location.kind === 'table' ? `${a.location.schema}.${a.location.table}:${a.sampled}` : ''));
    expect(tables.sort()).toEqual(['crm.contacts:120', 'crm.recent:100']);
    expect(report.scan.stats.tables).toBe(2);
  });

  it('reads the config’s database: section, and the command line wins over it', async () => {
    writeFileSync(join(dir, 'piiscan.yaml'), `targets: ["${db.url}"]\ndatabase:\n  sampleRows: 50\n  includeViews: false\n  passwordEnv: CRM_DB_PASSWORD\n`);
    const fromConfig = JSON.parse((await runCli(['scan', '--format', 'json', '--quiet'], io({ CRM_DB_PASSWORD: 'x' }))).stdout) as ScanReport;
    expect(fromConfig.assets.map((a) => a.sampled)).toEqual([50]);
    const flagWins = JSON.parse((await runCli(['scan', '--format', 'json', '--quiet', '--sample-rows', '70'], io())).stdout) as ScanReport;
    expect(flagWins.assets.map((a) => a.sampled)).toEqual([70]);
    rmSync(join(dir, 'piiscan.yaml'));
  });

  it('rejects an unknown database: key like any config typo', async () => {
    writeFileSync(join(dir, 'piiscan.yaml'), 'database:\n  sampleRow: 50\n');
    const r = await runCli(['scan', db.url, '--quiet'], io());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/sampleRow/);
    rmSync(join(dir, 'piiscan.yaml'));
  });
});

describe('database options precedence', () => {
  it('command line > environment > config', () => {
    expect(databaseOptionsOf({ sampleRows: 5 }, { sampleRows: 7 }, { PIISCAN_SAMPLE_ROWS: '6' }).sampleRows).toBe(5);
    expect(databaseOptionsOf({}, { sampleRows: 7 }, { PIISCAN_SAMPLE_ROWS: '6' }).sampleRows).toBe(6);
    expect(databaseOptionsOf({}, { sampleRows: 7, concurrency: 3 }, {})).toMatchObject({ sampleRows: 7, concurrency: 3 });
    expect(databaseOptionsOf({}, { statementTimeoutMs: 1000 }, {}).connect).toEqual({ statementTimeoutMs: 1000 });
    expect(() => databaseOptionsOf({}, undefined, { PIISCAN_DB_CONCURRENCY: 'two' })).toThrow(/PIISCAN_DB_CONCURRENCY/);
  });
});
