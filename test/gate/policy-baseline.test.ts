import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSameKey, BaselineIndex, buildBaseline, isExpired, readBaseline, writeBaseline, type Baseline } from '../../src/baseline/baseline.js';
import { evaluateGate, applyAllowlistToFindings, underTargets } from '../../src/gate/evaluate.js';
import { PolicyJudge, policyFromConfig } from '../../src/gate/policy.js';
import type { GateItem } from '../../src/gate/types.js';
import type { Finding, Sensitivity } from '../../src/types.js';

const fp = (c: string) => c.repeat(64).slice(0, 64);

function item(detector: string, sensitivity: Sensitivity, confidence: number, path: string, fingerprint: string): GateItem {
  const finding: Finding = {
    detector,
    category: 'contact',
    sensitivity,
    confidence,
    location: { kind: 'file', path, line: 1, column: 1, endLine: 1, endColumn: 5 },
    snippet: 'a***',
    fingerprint,
    evidence: { pattern: 'p', validator: 'unknown', context: [], columnHint: false, ambiguousWith: [] },
    legal: [],
  };
  return { finding, kind: 'value', asset: path, keys: [path] };
}

describe('gate policy', () => {
  it('fails confidential and above at confidence 0.5 by default', () => {
    const j = new PolicyJudge(policyFromConfig(undefined));
    expect(j.judge({ detector: 'email', sensitivity: 'confidential', confidence: 0.5 }, ['a.txt']).fail).toBe(true);
    expect(j.judge({ detector: 'cn.resident_id', sensitivity: 'restricted', confidence: 0.9 }, ['a.txt']).fail).toBe(true);
    expect(j.judge({ detector: 'ip_address', sensitivity: 'internal', confidence: 0.99 }, ['a.txt'])).toMatchObject({ fail: false, why: 'sensitivity' });
    expect(j.judge({ detector: 'email', sensitivity: 'confidential', confidence: 0.49 }, ['a.txt'])).toMatchObject({ fail: false, why: 'confidence' });
    expect(j.lowestConfidence()).toBe(0.5);
    // The config's top-level minConfidence is the default confidence of the gate too.
    expect(policyFromConfig(undefined, 0.7).failOn).toEqual({ sensitivity: 'confidential', minConfidence: 0.7 });
    expect(policyFromConfig({ failOn: { minConfidence: 0.4 } }, 0.7).failOn.minConfidence).toBe(0.4);
  });

  it('applies the first matching override: ignore, or another threshold', () => {
    const j = new PolicyJudge(
      policyFromConfig({
        failOn: { sensitivity: 'restricted' },
        overrides: [
          { paths: ['docs/**'], ignore: true },
          { paths: ['logs/**', 'public.users'], failOn: { sensitivity: 'internal', minConfidence: 0.3, detectors: ['ip_address', 'email'] } },
        ],
      }),
    );
    expect(j.judge({ detector: 'us.ssn', sensitivity: 'restricted', confidence: 0.99 }, ['docs/a.md'])).toMatchObject({ fail: false, why: 'ignored' });
    expect(j.judge({ detector: 'email', sensitivity: 'confidential', confidence: 0.9 }, ['src/a.ts']).fail).toBe(false);
    expect(j.judge({ detector: 'ip_address', sensitivity: 'internal', confidence: 0.35 }, ['logs/x.log']).fail).toBe(true);
    expect(j.judge({ detector: 'us.ssn', sensitivity: 'restricted', confidence: 0.9 }, ['logs/x.log'])).toMatchObject({ fail: false, why: 'detector' });
    // Columns match overrides by `schema.table` too.
    expect(j.judge({ detector: 'email', sensitivity: 'confidential', confidence: 0.6 }, ['db/001.sql', 'public.users']).fail).toBe(true);
    expect(j.lowestConfidence()).toBe(0.3);
  });
});

describe('baselines', () => {
  const today = new Date('2026-06-15T12:00:00Z');

  it('accepts by detector + asset + fingerprint; an expired entry fails again', () => {
    const b: Baseline = {
      baselineVersion: 1,
      fingerprintKeyId: 'abcdef01',
      entries: [
        { detector: 'email', asset: 'a.txt', fingerprint: fp('a') },
        { detector: 'phone', asset: 'a.txt', fingerprint: fp('b'), expires: '2026-06-15' },
        { detector: 'phone', asset: 'a.txt', fingerprint: fp('c'), expires: '2026-06-14' },
      ],
    };
    const j = new PolicyJudge(policyFromConfig(undefined));
    const items = [
      item('email', 'confidential', 0.9, 'a.txt', fp('a')), // baselined
      item('email', 'confidential', 0.9, 'b.txt', fp('a')), // same value, other file: new
      item('phone', 'confidential', 0.9, 'a.txt', fp('b')), // expires today: still accepted
      item('phone', 'confidential', 0.9, 'a.txt', fp('c')), // expired yesterday
      item('phone', 'confidential', 0.9, 'a.txt', fp('d')), // new value
      item('ip_address', 'internal', 0.9, 'a.txt', fp('e')), // below the policy
    ];
    const e = evaluateGate(items, [], j, new BaselineIndex(b, today));
    expect(e.passed).toBe(false);
    expect(e.violations.map((v) => [v.item.asset, v.item.finding.fingerprint[0], v.why])).toEqual([
      ['b.txt', 'a', 'new'],
      ['a.txt', 'c', 'expired'],
      ['a.txt', 'd', 'new'],
    ]);
    expect(e.counts).toMatchObject({ judged: 6, baselined: 2, expired: 1, belowPolicy: 1 });
    expect(e.gated).toHaveLength(5);
    expect(isExpired({ detector: 'x', asset: 'y', fingerprint: fp('a'), expires: '2026-06-15T11:00:00Z' }, today)).toBe(true);
  });

  it('errors fail the gate unless allowed', () => {
    const err = [{ target: 'x', code: 'SOURCE_READ', message: 'x: permission denied' }];
    expect(evaluateGate([], err, new PolicyJudge(policyFromConfig(undefined)), null)).toMatchObject({ passed: false, errorsFail: true });
    expect(evaluateGate([], err, new PolicyJudge(policyFromConfig({ allowErrors: true })), null)).toMatchObject({ passed: true, errorsFail: false });
  });

  it('update keeps reasons and expiry of entries still present, drops stale ones in scope, keeps the rest', () => {
    const previous: Baseline = {
      baselineVersion: 1,
      fingerprintKeyId: 'abcdef01',
      entries: [
        { detector: 'email', asset: 'a.txt', fingerprint: fp('a'), reason: 'test fixture', expires: '2027-01-01' },
        { detector: 'email', asset: 'a.txt', fingerprint: fp('b'), reason: 'gone' },
        { detector: 'email', asset: 'other/z.txt', fingerprint: fp('c'), reason: 'not scanned this time' },
      ],
    };
    const r = buildBaseline(
      [
        { detector: 'email', asset: 'a.txt', fingerprint: fp('a') },
        { detector: 'phone', asset: 'a.txt', fingerprint: fp('d') },
      ],
      'abcdef01',
      'piiscan test',
      { previous, reason: 'new ones', expires: '2026-12-31', inScope: (e) => !e.asset.startsWith('other/') },
    );
    expect(r).toMatchObject({ added: 1, kept: 1, dropped: 1 });
    expect(r.baseline.entries).toEqual([
      { detector: 'email', asset: 'a.txt', fingerprint: fp('a'), reason: 'test fixture', expires: '2027-01-01' },
      { detector: 'phone', asset: 'a.txt', fingerprint: fp('d'), reason: 'new ones', expires: '2026-12-31' },
      { detector: 'email', asset: 'other/z.txt', fingerprint: fp('c'), reason: 'not scanned this time' },
    ]);
  });

  it('round-trips through a file, refuses another key and malformed files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-baseline-'));
    const file = join(dir, 'sub', 'baseline.json');
    const { baseline } = buildBaseline([{ detector: 'email', asset: 'a.txt', fingerprint: fp('a') }], 'abcdef01', 'piiscan test');
    writeBaseline(file, baseline);
    const back = readBaseline(file)!;
    expect(back).toEqual(baseline);
    expect(() => assertSameKey(back, 'abcdef01', 'b.json')).not.toThrow();
    expect(() => assertSameKey(back, '12345678', 'b.json')).toThrow(/made with fingerprint key abcdef01, but this run uses key 12345678/);
    expect(readBaseline(join(dir, 'missing.json'))).toBeNull();
    writeBaseline(file, { ...baseline, entries: [{ ...baseline.entries[0], expires: 'soon' }] });
    expect(() => readBaseline(file, 'b.json')).toThrow(/entries\[0\]\.expires: expected an ISO date/);
    expect(readFileSync(file, 'utf8')).not.toMatch(/@|"line"/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('allowlists on a saved report', () => {
  it('applies path, detector and fingerprint conditions; value conditions only with values in the report', () => {
    const f = item('email', 'confidential', 0.9, 'fixtures/a.txt', fp('a')).finding;
    const g = item('email', 'confidential', 0.9, 'src/a.txt', fp('b')).finding;
    expect(applyAllowlistToFindings([f, g], [{ paths: ['fixtures/**'] }])).toMatchObject({ allowed: 1 });
    expect(applyAllowlistToFindings([f, g], [{ fingerprints: [fp('b')] }]).kept).toEqual([f]);
    // Without raw values a regex cannot be checked, so it must not accept anything.
    expect(applyAllowlistToFindings([f, g], [{ regexes: ['.*'] }]).allowed).toBe(0);
    expect(applyAllowlistToFindings([{ ...f, value: 'a@example.com' }], [{ regexes: ['@example\\.com$'] }]).allowed).toBe(1);
  });

  it('knows which paths lie under the targets', () => {
    const m = underTargets(['src/', 'docs/*.md', 'one.txt']);
    expect([m('src/a/b.ts'), m('docs/x.md'), m('docs/x/y.md'), m('one.txt'), m('srcx/a')]).toEqual([true, true, false, true, false]);
    expect(underTargets(['.'])('anything')).toBe(true);
  });
});
