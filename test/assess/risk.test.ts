import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_WEIGHTS } from '../../src/assess/index.js';
import { scoreRisk, type FactorMeasure } from '../../src/assess/risk.js';
import { largestRemainder, roundHalfUp } from '../../src/assess/rounding.js';
import { resolveAssessConfig } from '../../src/assess/config.js';
import { RISK_FACTORS, type Asset, type AssetRisk } from '../../src/types.js';
import { FUTURE_DETECTORS, fileAsset, finding, makeReport, tableAsset } from './helpers.js';
import { column } from '../helpers/columns.js';

function riskOf(asset: Asset, config = {}): AssetRisk {
  return assess(makeReport([asset]), config, FUTURE_DETECTORS).assets[0].risk!;
}
const factor = (r: AssetRisk, name: string) => r.factors.find((f) => f.name === name)!;

/** A deterministic pseudo-random sequence (no fast-check in this repo). */
function* lcg(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x / 2 ** 31;
  }
}

describe('largest-remainder rounding', () => {
  it('gives integers adding up to the total, each the floor or one more', () => {
    const rnd = lcg(7);
    for (let i = 0; i < 2000; i++) {
      const n = 1 + Math.floor(rnd.next().value! * 9);
      const exact = Array.from({ length: n }, () => rnd.next().value! * 30);
      const total = roundHalfUp(exact.reduce((s, x) => s + x, 0));
      const parts = largestRemainder(exact, total);
      expect(parts.reduce((s, x) => s + x, 0)).toBe(total);
      parts.forEach((p, k) => expect(p - Math.floor(Math.round(exact[k] * 1e9) / 1e9)).toBeGreaterThanOrEqual(0));
      parts.forEach((p, k) => expect(p - exact[k]).toBeLessThan(1));
    }
  });

  it('is not fooled by float noise (0.35 × 100)', () => {
    expect(largestRemainder([0.35 * 100, 0.1 * 100 * 0.5], 40)).toEqual([35, 5]);
    expect(roundHalfUp(57.49999999999999)).toBe(58); // 57.5 after float noise
    expect(roundHalfUp(57.4999)).toBe(57);
    expect(roundHalfUp(57.5)).toBe(58);
  });
});

describe('risk score', () => {
  it('score = Σ contributions = round(100 × Σ weight × severity) for any measures', () => {
    const model = resolveAssessConfig().model;
    const rnd = lcg(42);
    for (let i = 0; i < 500; i++) {
      const measures: FactorMeasure[] = RISK_FACTORS.map((name) => ({ name, value: 0, severity: Math.round(rnd.next().value! * 1e4) / 1e4, detail: '' }));
      const r = scoreRisk(measures, model);
      expect(r.factors.reduce((s, f) => s + f.contribution, 0)).toBe(r.score);
      expect(r.score).toBe(roundHalfUp(r.factors.reduce((s, f) => s + 100 * f.weight * f.severity, 0)));
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
    }
  });

  it('lists every factor with its weight; the default weights add up to 1', () => {
    expect(Object.values(DEFAULT_WEIGHTS).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    const r = riskOf(fileAsset('a.txt', { email: 1 }));
    expect(r.factors.map((f) => f.name)).toEqual([...RISK_FACTORS]);
    for (const f of r.factors) expect(f.weight).toBe(DEFAULT_WEIGHTS[f.name]);
  });

  it('world-readable files and PUBLIC grants raise access; owner-only files do not', () => {
    const base = { 'us.ssn': 1 };
    expect(factor(riskOf(fileAsset('a.txt', base, { exposure: { fileMode: '0644' } })), 'access').severity).toBe(1);
    expect(factor(riskOf(fileAsset('a.txt', base, { exposure: { fileMode: '0640' } })), 'access').severity).toBe(0.3);
    expect(factor(riskOf(fileAsset('a.txt', base, { exposure: { fileMode: '0600' } })), 'access').severity).toBe(0);
    const pub = tableAsset('users', base, { exposure: { grants: [{ grantee: 'PUBLIC', privilege: 'SELECT', column: null }] } });
    expect(factor(riskOf(pub), 'access')).toMatchObject({ severity: 1, value: 'granted to PUBLIC' });
    const many = tableAsset('users', base, { exposure: { grants: ['a', 'b', 'c', 'd', 'e'].map((g) => ({ grantee: g, privilege: 'SELECT', column: null })) } });
    expect(factor(riskOf(many), 'access').severity).toBe(0.5);
  });

  it('plaintext: text files are plaintext; columns count their protection', () => {
    expect(factor(riskOf(fileAsset('a.txt', { email: 1 })), 'plaintext').severity).toBe(1);
    const t = tableAsset('users', { email: 10, 'credential.password': 10 }, {
      columns: [
        column({ name: 'email', detector: 'email', protection: 'plain' }),
        column({ name: 'pw', detector: 'credential.password', protection: 'hashed' }),
      ],
    });
    expect(factor(riskOf(t), 'plaintext')).toMatchObject({ severity: 0.5, value: '1/2' });
  });

  it('volume grows with distinct subjects on a log scale up to the large-scale threshold', () => {
    const v = (n: number, config = {}) => factor(riskOf(fileAsset('a.txt', { email: n }, { records: n, sampled: n, distinct: { email: n } }), config), 'volume');
    expect(v(1).severity).toBe(0);
    expect(v(100).severity).toBe(0.5);
    expect(v(10_000).severity).toBe(1);
    expect(v(1_000_000).severity).toBe(1);
    expect(v(100, { largeScale: 100 }).severity).toBe(1);
    // A sampled table scales its distinct count to the records.
    const sampled = tableAsset('t', { email: 1000 }, { records: 100_000, sampled: 1000, distinct: { email: 1000 } });
    expect(factor(riskOf(sampled), 'volume').value).toBe(100_000);
  });

  it('children: minors counted by the engine or found in subject ages', () => {
    expect(factor(riskOf(fileAsset('a.txt', { date_of_birth: 2 }, { minors: { under14: 1, under16: 2 } })), 'children').severity).toBe(1);
    expect(factor(riskOf(fileAsset('a.txt', { date_of_birth: 1 }, { minors: { under14: 0, under16: 1 } })), 'children').severity).toBe(0.75);
    const rep = makeReport([fileAsset('k.txt', { 'cn.resident_id': 1 })], [finding('cn.resident_id', 'k.txt', 1, { subjectAge: 9 })]);
    const a = assess(rep).assets[0];
    expect(factor(a.risk!, 'children').severity).toBe(1);
    expect(a.triggers).toEqual(expect.arrayContaining(['gdpr:art8', 'ccpa:1798.120-c', 'pipl:art31', 'pipl:art55-1']));
  });

  it("children's data escalates the asset to restricted", () => {
    const a = assess(makeReport([fileAsset('a.txt', { email: 1, date_of_birth: 1 }, { minors: { under14: 0, under16: 1 } })])).assets[0];
    expect(a.sensitivity).toBe('restricted');
    expect(a.escalation?.reasons[0]).toMatch(/children/);
  });

  it('secrets beside personal data weigh more than secrets alone', () => {
    expect(factor(riskOf(fileAsset('a.env', { 'secret.aws_access_key': 1 })), 'secrets').severity).toBe(0.5);
    expect(factor(riskOf(fileAsset('a.log', { 'secret.jwt': 1, email: 1 })), 'secrets').severity).toBe(1);
  });

  it('retention: records older than the policy', () => {
    const over = tableAsset('t', { email: 100 }, { records: 100, retention: { column: 'created_at', oldest: '2015-01-01', olderThanPolicy: 50 } });
    expect(factor(riskOf(over), 'retention')).toMatchObject({ severity: 0.75, value: 50 });
    const byPolicy = tableAsset('t', { email: 100 }, { retention: { column: 'created_at', oldest: '2020-01-01T00:00:00Z' } });
    expect(factor(riskOf(byPolicy, { retention: { contact: 365 } }), 'retention').severity).toBe(1);
    expect(factor(riskOf(byPolicy, { retention: { contact: 3650 } }), 'retention').severity).toBe(0);
    expect(factor(riskOf(byPolicy), 'retention').severity).toBe(0);
  });

  it('weights and level thresholds are configurable and reported in the model', () => {
    const asset = fileAsset('a.txt', { 'us.ssn': 1 }, { exposure: { fileMode: '0644' } });
    const def = riskOf(asset);
    expect(def).toMatchObject({ score: 55, level: 'high' });
    const onlySensitivity = riskOf(asset, { risk: { weights: { sensitivity: 1, volume: 0, combinations: 0, plaintext: 0, access: 0, children: 0, secrets: 0, retention: 0 } } });
    expect(onlySensitivity.score).toBe(100);
    expect(onlySensitivity.level).toBe('critical');
    // Relative weights are normalised: doubling all of them changes nothing.
    const doubled = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, v * 2]));
    expect(riskOf(asset, { risk: { weights: doubled } })).toEqual(def);
    expect(riskOf(asset, { risk: { levels: { medium: 10, high: 60, critical: 90 } } }).level).toBe('medium');
    const rep = assess(makeReport([asset]), { risk: { levels: { high: 60 } }, largeScale: 500 });
    expect(rep.assessment!.model.levels).toEqual({ medium: 25, high: 60, critical: 75 });
    expect(rep.assessment!.model.largeScale).toBe(500);
  });

  it('a contribution is 100 × weight × severity within rounding', () => {
    const r = riskOf(fileAsset('a.txt', { 'us.ssn': 3, email: 40 }, { exposure: { fileMode: '0644' }, records: 40, sampled: 40 }));
    for (const f of r.factors) expect(Math.abs(f.contribution - 100 * f.weight * f.severity)).toBeLessThan(1);
  });
});
