import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssessConfig } from '../../src/assess/index.js';
import { loadConfig } from '../../src/config/load.js';
import { assessConfigOf } from '../../src/config/schema.js';
import { ConfigError } from '../../src/errors.js';
import { scan } from '../../src/scan.js';

function load(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'piiscan-assess-cfg-'));
  writeFileSync(join(dir, 'piiscan.yaml'), yaml);
  return loadConfig(undefined, dir).config;
}

describe('assessment configuration', () => {
  it('accepts risk weights, levels, largeScale, retention and purposes', () => {
    const c = load(`
risk:
  weights: { sensitivity: 2, volume: 1 }
  levels: { medium: 20, high: 45, critical: 70 }
largeScale: 5000
retention: { default: 365, contact: 730, 'ip_address': 90, 'cn.*': 1825 }
purposes:
  - paths: ['exports/**']
    allowed: [contact, 'email']
    purpose: newsletter
`);
    const a = assessConfigOf(c);
    expect(a).toEqual({
      risk: { weights: { sensitivity: 2, volume: 1 }, levels: { medium: 20, high: 45, critical: 70 } },
      largeScale: 5000,
      retention: { default: 365, contact: 730, ip_address: 90, 'cn.*': 1825 },
      purposes: [{ paths: ['exports/**'], allowed: ['contact', 'email'], purpose: 'newsletter' }],
    });
    const m = resolveAssessConfig(a).model;
    const total = Object.values(m.weights).reduce((s, x) => s + x, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(m.weights.sensitivity).toBeGreaterThan(m.weights.volume);
  });

  it.each([
    ['risk:\n  weights: { sensitivity: -1 }\n', /risk\.weights\.sensitivity/],
    ['risk:\n  weights: { sensitivty: 1 }\n', /sensitivty/],
    ['risk:\n  levels: { medium: 60, high: 50 }\n', /risk\.levels.*medium < high < critical/],
    ['largeScale: 1\n', /largeScale/],
    ['retention: { contact: -5 }\n', /retention\.contact/],
    ['retention: { "Bad Key": 5 }\n', /retention/],
    ['purposes:\n  - paths: []\n    allowed: [email]\n    purpose: x\n', /purposes\[0\]\.paths/],
    ['purposes:\n  - paths: [a]\n    allowed: [email]\n', /purposes\[0\]\.purpose/],
  ])('rejects %j naming the key', (yaml, message) => {
    let err: unknown;
    try {
      load(yaml);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(String((err as Error).message) + JSON.stringify((err as ConfigError).issues ?? [])).toMatch(message);
  });

  it('resolveAssessConfig refuses an inconsistent model from the library API', () => {
    expect(() => resolveAssessConfig({ risk: { levels: { medium: 80 } } })).toThrow(/medium < high < critical/);
    expect(() => resolveAssessConfig({ risk: { weights: { sensitivity: 0, volume: 0, combinations: 0, plaintext: 0, access: 0, children: 0, secrets: 0, retention: 0 } } })).toThrow(/at least one weight/);
  });

  it('scan() takes the assessment config through its options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-assess-scan-'));
    writeFileSync(join(dir, 'a.txt'), 'ssn 536-90-4399 for the record\n', { mode: 0o600 });
    const def = await scan(['a.txt'], { cwd: dir, fingerprintKey: 'k' });
    const custom = await scan(['a.txt'], { cwd: dir, fingerprintKey: 'k', assessment: { risk: { levels: { high: 40 } }, retention: { default: 30 } } });
    expect(def.assets[0].risk!.level).toBe('medium');
    expect(custom.assets[0].risk!.score).toBe(def.assets[0].risk!.score);
    expect(custom.assets[0].risk!.level).toBe('high');
    expect(custom.assets[0].minimisation!.some((m) => m.action === 'expire')).toBe(true);
    expect(custom.assessment!.model.retention).toEqual({ default: 30 });
  });
});
