import { describe, expect, it } from 'vitest';
import {
  residentIdBirthDate,
  residentIdRegionValid,
  residentIdSex,
  residentIdValid,
  residentIdVerdict,
} from '../../../detectors/_lib/gb11643.js';
import { mod11_2CheckChar } from '../../../detectors/_lib/iso7064.js';
import { squeeze, vectors } from './_vectors.js';

/** A 17-digit payload completed with its correct check character, so only the part under test can fail. */
const withCheck = (payload: string): string => payload + mod11_2CheckChar(payload);

describe('residentIdVerdict', () => {
  it('accepts every valid vector and rejects every mutated and invalid one', () => {
    for (const v of vectors('cn.resident_id', 'valid')) expect(residentIdVerdict(squeeze(v)), v).toBe('valid');
    for (const v of vectors('cn.resident_id', 'mutated')) expect(residentIdVerdict(squeeze(v)), v).toBe('invalid');
    for (const v of vectors('cn.resident_id', 'invalid')) expect(residentIdVerdict(squeeze(v)), v).toBe('invalid');
  });

  it('checks the MOD 11-2 character, including X, in either case', () => {
    expect(residentIdVerdict('11010519491231002X')).toBe('valid');
    expect(residentIdVerdict('11010519491231002x')).toBe('valid');
    expect(residentIdVerdict('110105194912310025')).toBe('invalid');
    expect(residentIdVerdict('440304200002291236')).toBe('valid');
    expect(residentIdValid('440304200002291237')).toBe(false);
  });

  it('rejects impossible and future birth dates even with a matching check character', () => {
    // 1999-02-29 does not exist; 2099-12-31 is in the future; 1899 is before any issued card.
    expect(residentIdVerdict(withCheck('11010519990229001'))).toBe('invalid');
    expect(residentIdVerdict(withCheck('11010520991231002'))).toBe('invalid');
    expect(residentIdVerdict(withCheck('11010518991231002'))).toBe('invalid');
    expect(residentIdVerdict(withCheck('11010519991301002'))).toBe('invalid');
    expect(residentIdVerdict(withCheck('11010519000101001'))).toBe('valid');
  });

  it('rejects region codes that are not province-level divisions', () => {
    // Not GB/T 2260 province codes; the check character is recomputed so only the region fails.
    for (const region of ['00', '16', '40', '72', '99']) {
      expect(residentIdVerdict(withCheck(`${region}010519491231002`)), region).toBe('invalid');
    }
    expect(residentIdVerdict('T60426199101010078')).toBe('invalid');
  });

  it('accepts HK/Macao/Taiwan residence permits and the 2023 foreign permanent resident card', () => {
    expect(residentIdVerdict('810000198001010014')).toBe('valid');
    expect(residentIdVerdict('830000199001010020')).toBe('valid');
    // 9 · province 11 · nationality 344 · 1985-06-15 · sequence · check
    expect(residentIdVerdict('91134419850615001X')).toBe('valid');
    expect(residentIdRegionValid(withCheck('98134419850615001'))).toBe(false);
    expect(residentIdVerdict(withCheck('98134419850615001'))).toBe('invalid');
  });

  it('treats a sane 15-digit legacy number as unknown (it has no check digit)', () => {
    expect(residentIdVerdict('110105491231002')).toBe('unknown');
    expect(residentIdVerdict('110105491331002')).toBe('invalid');
    expect(residentIdVerdict('990105491231002')).toBe('invalid');
    expect(residentIdVerdict('810000491231002')).toBe('invalid');
  });

  it('rejects wrong lengths and characters', () => {
    for (const v of ['', '11010519491231002', '11010519491231002XX', '1101051949123100X2', '11010549123100']) {
      expect(residentIdVerdict(v), v).toBe('invalid');
    }
  });
});

describe('residentIdBirthDate / residentIdSex', () => {
  it('decodes the birth date of both generations', () => {
    expect(residentIdBirthDate('11010519491231002X')).toEqual({ year: 1949, month: 12, day: 31 });
    expect(residentIdBirthDate('440304200002291236')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(residentIdBirthDate('110105491231002')).toEqual({ year: 1949, month: 12, day: 31 });
    expect(residentIdBirthDate('91134419850615001X')).toEqual({ year: 1985, month: 6, day: 15 });
    expect(residentIdBirthDate('110105190002290011')).toBeNull();
    expect(residentIdBirthDate('abc')).toBeNull();
  });

  it('reads sex from the parity of the sequence code', () => {
    expect(residentIdSex('11010519491231002X')).toBe('female');
    expect(residentIdSex('440304200002291236')).toBe('male');
    expect(residentIdSex('110105491231002')).toBe('female');
    expect(residentIdSex('110105491231001')).toBe('male');
    expect(residentIdSex('1101')).toBeNull();
  });
});
