import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { storeOf } from '../../src/assess/summary.js';
import { scan } from '../../src/scan.js';
import type { ScanReport } from '../../src/types.js';
import { ROOT } from '../helpers/detector-modules.js';
import { expectValidReport } from '../reports/validate.js';
import { FUTURE_DETECTORS, fileAsset, makeReport, tableAsset } from './helpers.js';

describe('assess() on a scan of the bundled fixtures', async () => {
  const report: ScanReport = await scan(['fixtures/files'], { cwd: ROOT, fingerprintKey: 'k', now: () => new Date('2025-06-01T00:00:00Z'), scanId: 't' });

  it('is schema-valid and scores every asset with personal data; the factors add up to the score', () => {
    expectValidReport(report);
    expect(report.assets.length).toBeGreaterThan(5);
    for (const a of report.assets) {
      expect(a.risk, JSON.stringify(a.location)).toBeDefined();
      expect(a.risk!.factors.reduce((s, f) => s + f.contribution, 0)).toBe(a.risk!.score);
      expect(a.triggers).toEqual(a.triggerDetails!.map((t) => t.id));
    }
  });

  it('gives restricted assets minimisation actions', () => {
    for (const a of report.assets.filter((x) => x.sensitivity === 'restricted')) expect(a.minimisation!.length, JSON.stringify(a.location)).toBeGreaterThan(0);
  });

  it('fires the triggers that apply to the fixtures', () => {
    const cn = report.assets.find((a) => a.location.kind === 'file' && a.location.path.endsWith('客户回访记录.txt'))!;
    expect(cn.triggers).toEqual(expect.arrayContaining(['pipl:art55-1', 'pipl:art38', 'gdpr:art33']));
    expect(cn.combinations!.map((c) => c.name)).toContain('government-id+financial-account');
    expect(report.assessment!.stores).toEqual([expect.objectContaining({ store: 'fixtures/files', kind: 'files', assets: report.assets.length })]);
  });

  it('is idempotent and does not modify its input', () => {
    const copy = structuredClone(report);
    const again = assess(report);
    expect(report).toEqual(copy);
    expect(again).toEqual(report);
  });
});

describe('store roll-up', () => {
  it('groups files by the scan target that holds them, and tables by database', () => {
    expect(storeOf(fileAsset('data/x/a.txt', {}), ['data', 'logs/**/*.log']).store).toBe('data');
    expect(storeOf(fileAsset('logs/2025/a.log', {}), ['data', 'logs/**/*.log']).store).toBe('logs');
    expect(storeOf(fileAsset('data/x/a.txt', {}), ['./data/', 'data/x']).store).toBe('data/x');
    expect(storeOf(fileAsset('a.txt', {}), ['a.txt']).store).toBe('a.txt');
    expect(storeOf(fileAsset('a.txt', {}), ['.']).store).toBe('.');
    expect(storeOf(tableAsset('t', {}), ['postgres://app@db.example.com/app'])).toEqual({ store: 'postgres://app@db.example.com/app', kind: 'database' });
  });

  it('takes the highest risk and sensitivity of each store', () => {
    const r = assess(
      makeReport(
        [fileAsset('data/a.txt', { email: 1 }), fileAsset('data/b.txt', { 'us.ssn': 1 }, { exposure: { fileMode: '0644' } }), tableAsset('users', { email: 5 })],
        [],
        ['data', 'postgres://app@db.example.com/app'],
      ),
      {},
      FUTURE_DETECTORS,
    );
    expectValidReport(r);
    const files = r.assessment!.stores.find((s) => s.kind === 'files')!;
    const db = r.assessment!.stores.find((s) => s.kind === 'database')!;
    expect(files).toMatchObject({ store: 'data', assets: 2, sensitivity: 'restricted', score: Math.max(...r.assets.slice(0, 2).map((a) => a.risk!.score)) });
    expect(db).toMatchObject({ kind: 'database', assets: 1, sensitivity: 'confidential' });
    expect(r.assessment!.byLevel.high + r.assessment!.byLevel.medium + r.assessment!.byLevel.low + r.assessment!.byLevel.critical).toBe(3);
    // Rules waiting for detectors say so, unless the scan had those detectors.
    expect(r.assessment!.notes.some((n) => /card_cvv/.test(n))).toBe(false);
    expect(assess(makeReport([])).assessment!.notes.some((n) => /no detector for card_cvv, card_expiry yet/.test(n))).toBe(true);
  });
});
