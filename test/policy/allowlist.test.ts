import { describe, expect, it } from 'vitest';
import { scanTextSync } from '../../src/engine/scan-text.js';
import { fingerprint, explicitKey } from '../../src/engine/fingerprint.js';
import { Allowlist } from '../../src/policy/allowlist.js';

const text = [
  'mail alice@example.com and card 4111 1111 1111 1111',
  'mail bob@example.org # piiscan:allow',
  'mail carol@example.net card 5555 5555 5555 4444 // piiscan:allow(credit_card)',
  'id 110101199003074477 piiscan:allow(email, cn.*)',
].join('\n');
const run = (allowlist?: Allowlist, path = 'a/b.txt') =>
  scanTextSync(text, { detectors: ['email', 'credit_card', 'cn.*'], fingerprintKey: 'k', showValues: true, allowlist, path });

describe('allowlists and inline markers', () => {
  it('honours inline piiscan:allow markers, optionally limited to detector globs', () => {
    const r = run();
    expect(r.findings.map((f) => f.value)).toEqual(['alice@example.com', '4111 1111 1111 1111', 'carol@example.net']);
    expect(r.allowed).toBe(3);
  });

  it('suppresses by value (raw or normalised), regex, detector and path — all stated conditions must hold', () => {
    expect(run(new Allowlist([{ values: ['4111111111111111'] }])).findings.map((f) => f.value)).toEqual(['alice@example.com', 'carol@example.net']);
    expect(run(new Allowlist([{ regexes: ['@example\\.com$'] }])).findings.map((f) => f.value)).toEqual(['4111 1111 1111 1111', 'carol@example.net']);
    expect(run(new Allowlist([{ detectors: ['email'], paths: ['a/**'] }])).findings.map((f) => f.detector)).toEqual(['credit_card']);
    expect(run(new Allowlist([{ detectors: ['email'], paths: ['other/**'] }]), 'a/b.txt').findings).toHaveLength(3);
    expect(run(new Allowlist([{ detectors: ['credit_card'], values: ['alice@example.com'] }])).findings).toHaveLength(3);
  });

  it('suppresses by keyed fingerprint', () => {
    const fp = fingerprint(explicitKey('k'), 'alice@example.com');
    const r = run(new Allowlist([{ fingerprints: [fp.toUpperCase()] }]));
    expect(r.findings.map((f) => f.value)).toEqual(['4111 1111 1111 1111', 'carol@example.net']);
  });

  it('knows when a path is allowlisted whole', () => {
    const a = new Allowlist([{ paths: ['fixtures/**'] }, { paths: ['docs/**'], detectors: ['email'] }]);
    expect(a.coversPath('fixtures/x.txt')).toBe(true);
    expect(a.coversPath('docs/x.txt')).toBe(false);
  });
});
