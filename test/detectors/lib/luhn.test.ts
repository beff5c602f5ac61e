import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, luhnValid } from '../../../detectors/_lib/luhn.js';
import { squeeze, vectors } from './_vectors.js';

describe('luhn', () => {
  it('accepts known-good numbers', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('00')).toBe(true);
  });

  it('rejects a changed digit or a transposition', () => {
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('79927398714')).toBe(false);
    expect(luhnValid('79927389713')).toBe(false);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('rejects non-digits, empty and single-digit input', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('0')).toBe(false);
    expect(luhnValid('7992 7398 713')).toBe(false);
    expect(luhnValid('4111-1111-1111-1111')).toBe(false);
    expect(luhnValid('７９９２７３９８７１３')).toBe(false);
  });

  it('computes check digits that validate', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    for (const p of ['1', '12', '123456789', '35209900176148', '000000000000000']) {
      expect(luhnValid(p + luhnCheckDigit(p))).toBe(true);
    }
    expect(() => luhnCheckDigit('12a')).toThrow(RangeError);
    expect(() => luhnCheckDigit('')).toThrow(RangeError);
  });

  it('agrees with the IMEI vectors', () => {
    const fifteen = (v: string) => squeeze(v).length === 15;
    const valid = vectors('imei', 'valid').filter(fifteen);
    expect(valid.length).toBeGreaterThanOrEqual(2);
    for (const v of valid) expect(luhnValid(squeeze(v)), v).toBe(true);
    // A 14-digit vector is an IMEI without its check digit.
    expect(luhnCheckDigit(squeeze('49-015420-323751'))).toBe('8');
    for (const v of vectors('imei', 'mutated').filter(fifteen)) expect(luhnValid(squeeze(v)), v).toBe(false);
  });
});
