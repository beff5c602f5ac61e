import { describe, expect, it } from 'vitest';
import {
  mod11_10CheckDigit,
  mod11_10Valid,
  mod11_2CheckChar,
  mod11_2Valid,
  mod37_36CheckChar,
  mod37_36Valid,
  mod97_10,
  mod97_10Valid,
} from '../../../detectors/_lib/iso7064.js';
import { squeeze, vectors } from './_vectors.js';

/** IBAN rearrangement: the first four characters move to the end. */
const rearrange = (iban: string): string => {
  const c = squeeze(iban);
  return c.slice(4) + c.slice(0, 4);
};

describe('mod97_10', () => {
  it('gives remainder 1 for a valid IBAN', () => {
    expect(mod97_10(rearrange('GB82WEST12345698765432'))).toBe(1);
    expect(mod97_10Valid(rearrange('GB82 WEST 1234 5698 7654 32'))).toBe(true);
    expect(mod97_10Valid(rearrange('GB82WEST12345698765433'))).toBe(false);
  });

  it('matches BigInt arithmetic on long inputs without overflow', () => {
    const s = '3214282912345698765432161182' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.repeat(5);
    const expanded = [...s].map((c) => String(parseInt(c, 36))).join('');
    expect(mod97_10(s)).toBe(Number(BigInt(expanded) % 97n));
  });

  it('gives NaN for characters outside 0-9A-Z', () => {
    expect(mod97_10('GB82 WEST')).toBeNaN();
    expect(mod97_10('gb82')).toBeNaN();
    expect(mod97_10Valid('')).toBe(false);
    expect(mod97_10Valid('gb82west12345698765432')).toBe(false);
  });

  it('accepts every valid IBAN vector and no mutated one', () => {
    const valid = vectors('iban', 'valid');
    expect(valid.length).toBeGreaterThan(50);
    for (const v of valid) expect(mod97_10(rearrange(v)), v).toBe(1);
    for (const v of vectors('iban', 'mutated')) expect(mod97_10Valid(rearrange(v)), v).toBe(false);
  });
});

describe('mod11_2', () => {
  it('validates CN resident ID vectors', () => {
    for (const v of vectors('cn.resident_id', 'valid')) expect(mod11_2Valid(v), v).toBe(true);
    for (const v of vectors('cn.resident_id', 'mutated')) expect(mod11_2Valid(v), v).toBe(false);
  });

  it('computes check characters including X', () => {
    expect(mod11_2CheckChar('36042619910101007')).toBe('1');
    expect(mod11_2CheckChar('11010519491231002')).toBe('X');
    expect(mod11_2Valid('11010519491231002X')).toBe(true);
    expect(mod11_2CheckChar('079')).toBe('X'); // ISO 7064 example: 0794 → check X
    for (const p of ['0', '123', '44052418800101001', '000000000000000000']) {
      expect(mod11_2Valid(p + mod11_2CheckChar(p)), p).toBe(true);
    }
    expect(() => mod11_2CheckChar('12X')).toThrow(RangeError);
  });

  it('allows X only as the last character, upper case', () => {
    expect(mod11_2Valid('11010519491231002x')).toBe(false);
    expect(mod11_2Valid('X10105194912310021')).toBe(false);
    expect(mod11_2Valid('')).toBe(false);
  });
});

describe('mod11_10', () => {
  it('validates DE tax ID vectors', () => {
    for (const v of vectors('de.tax_id', 'valid')) expect(mod11_10Valid(squeeze(v)), v).toBe(true);
    for (const v of vectors('de.tax_id', 'mutated')) expect(mod11_10Valid(squeeze(v)), v).toBe(false);
  });

  it('computes check digits that validate', () => {
    expect(mod11_10CheckDigit('1123456789')).toBe('0');
    expect(mod11_10CheckDigit('3657426180')).toBe('9');
    for (const p of ['0', '794', '123456789', '9999999999', '00000000000']) {
      expect(mod11_10Valid(p + mod11_10CheckDigit(p)), p).toBe(true);
    }
    expect(() => mod11_10CheckDigit('12 3')).toThrow(RangeError);
  });

  it('rejects non-digits and too-short input', () => {
    expect(mod11_10Valid('')).toBe(false);
    expect(mod11_10Valid('1')).toBe(false);
    expect(mod11_10Valid('11234567890A')).toBe(false);
  });
});

describe('mod37_36', () => {
  it('computes check characters that validate and catch single changes', () => {
    for (const p of ['A', 'A12425GABC1234002', 'ZZZZ', '0000', 'US0378331005']) {
      const full = p + mod37_36CheckChar(p);
      expect(mod37_36Valid(full), full).toBe(true);
      const last = full[full.length - 2];
      const changed = full.slice(0, -2) + (last === 'B' ? 'C' : 'B') + full.slice(-1);
      expect(mod37_36Valid(changed), changed).toBe(false);
    }
  });

  it('detects every single-character substitution of one value', () => {
    const full = 'A12425GABC1234002' + mod37_36CheckChar('A12425GABC1234002');
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let i = 0; i < full.length; i++) {
      for (const c of alphabet) {
        if (c === full[i]) continue;
        expect(mod37_36Valid(full.slice(0, i) + c + full.slice(i + 1))).toBe(false);
      }
    }
  });

  it('supports a custom alphabet and rejects characters outside it', () => {
    const hex = '0123456789ABCDEF'; // 16 + 1 = 17 is prime, so the hybrid system works
    const full = 'C0FFEE' + mod37_36CheckChar('C0FFEE', hex);
    expect(mod37_36Valid(full, hex)).toBe(true);
    expect(mod37_36Valid('C0FFEG0', hex)).toBe(false);
    expect(mod37_36Valid('a12425gabc1234002x')).toBe(false);
    expect(() => mod37_36CheckChar('ab-c')).toThrow(RangeError);
  });
});
