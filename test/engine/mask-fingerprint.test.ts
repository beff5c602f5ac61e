import { describe, expect, it } from 'vitest';
import { explicitKey, fingerprint, keyId, loadFingerprintKey } from '../../src/engine/fingerprint.js';
import { maskEmail, maskValue } from '../../src/engine/mask.js';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('masking', () => {
  it('keeps at most 4 leading and trailing characters, never more than half', () => {
    expect(maskValue('11010519491231002X')).toBe('1101**********002X');
    const m = maskValue('123456');
    expect(m).toBe('1****6');
    for (const v of ['1234567', '4111 1111 1111 1111', 'GB82WEST12345698765432']) {
      const masked = maskValue(v);
      const kept = [...masked].filter((c, i) => c !== '*' && c === v[i] && !' -./:()'.includes(c)).length;
      const digits = [...v].filter((c) => !' -./:()'.includes(c)).length;
      expect(kept).toBeLessThanOrEqual(Math.floor(digits / 2));
      expect(masked.length).toBe(v.length);
    }
  });

  it('masks short and special-category values whole', () => {
    expect(maskValue('12345')).toMatch(/^\*+$/);
    expect(maskValue('Catholic Church', { whole: true })).toMatch(/^\*+$/);
  });

  it('keeps an email domain only', () => {
    expect(maskEmail('alice.smith@example.com')).toBe('a***@example.com');
    expect(maskEmail('a@example.org')).toBe('*@example.org');
  });
});

describe('fingerprints', () => {
  it('are keyed HMACs: same value and key agree, another key differs', () => {
    const k1 = explicitKey('one');
    const k2 = explicitKey('two');
    expect(fingerprint(k1, '123')).toBe(fingerprint(k1, '123'));
    expect(fingerprint(k1, '123')).not.toBe(fingerprint(k2, '123'));
    expect(fingerprint(k1, '123')).toMatch(/^[0-9a-f]{64}$/);
    expect(keyId(k1.key)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('prefers PIISCAN_FINGERPRINT_KEY, else creates a 0600 key file once', () => {
    expect(loadFingerprintKey({ PIISCAN_FINGERPRINT_KEY: 'abc' }).source).toBe('env');
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-key-'));
    const file = join(dir, 'sub', 'fingerprint.key');
    const a = loadFingerprintKey({}, file);
    const b = loadFingerprintKey({}, file);
    expect(a.id).toBe(b.id);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
  });
});
