import { describe, expect, it } from 'vitest';
import { verhoeffCheckDigit, verhoeffValid } from '../../../detectors/_lib/verhoeff.js';
import { vectors } from './_vectors.js';

describe('verhoeff', () => {
  it('computes the published check digits', () => {
    expect(verhoeffCheckDigit('236')).toBe('3');
    expect(verhoeffCheckDigit('12345')).toBe('1');
    expect(verhoeffCheckDigit('142857')).toBe('0');
    expect(verhoeffCheckDigit('23412341234')).toBe('6');
  });

  it('validates numbers with their check digit', () => {
    for (const v of ['2363', '123451', '1428570', '234123412346']) expect(verhoeffValid(v), v).toBe(true);
  });

  it('rejects every single-digit change and every adjacent transposition', () => {
    const good = '234123412346';
    for (let i = 0; i < good.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === good[i]) continue;
        expect(verhoeffValid(good.slice(0, i) + d + good.slice(i + 1))).toBe(false);
      }
      if (i + 1 < good.length && good[i] !== good[i + 1]) {
        expect(verhoeffValid(good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2))).toBe(false);
      }
    }
  });

  it('rejects the Aadhaar checksum vector and malformed input', () => {
    expect(vectors('in.aadhaar', 'invalid')).toContain('234123412347');
    expect(verhoeffValid('234123412347')).toBe(false);
    expect(verhoeffValid('')).toBe(false);
    expect(verhoeffValid('0')).toBe(false);
    expect(verhoeffValid('2341 2341 2346')).toBe(false);
    expect(() => verhoeffCheckDigit('12a')).toThrow(RangeError);
  });

  it('round-trips generated check digits', () => {
    for (const p of ['0', '9', '999999999999', '8473643095483728456789']) {
      expect(verhoeffValid(p + verhoeffCheckDigit(p)), p).toBe(true);
    }
  });
});
