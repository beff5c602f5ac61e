import { describe, expect, it } from 'vitest';
import { countriesByBbanLength, ibanLength, ibanProblem, ibanValid, IBAN_BBAN_STRUCTURE, nationalCheckValid } from '../../../detectors/_lib/iban-registry.js';
import { squeeze, vectors } from './_vectors.js';

describe('iban-registry', () => {
  it('knows the registry lengths', () => {
    expect(ibanLength('NO')).toBe(15);
    expect(ibanLength('DE')).toBe(22);
    expect(ibanLength('GB')).toBe(22);
    expect(ibanLength('FR')).toBe(27);
    expect(ibanLength('MT')).toBe(31);
    expect(ibanLength('LC')).toBe(32);
    expect(ibanLength('RU')).toBe(33);
    expect(ibanLength('US')).toBeUndefined();
    expect(Object.keys(IBAN_BBAN_STRUCTURE).length).toBeGreaterThanOrEqual(89);
  });

  it('groups every country under exactly one BBAN length', () => {
    const all = [...countriesByBbanLength().values()].flat();
    expect(all.sort()).toEqual(Object.keys(IBAN_BBAN_STRUCTURE).sort());
    for (const [len, ccs] of countriesByBbanLength()) for (const cc of ccs) expect(ibanLength(cc)).toBe(len + 4);
  });

  it('accepts published specimen IBANs', () => {
    for (const v of ['DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'BE71096123456769', 'NL91ABNA0417164300']) {
      expect(ibanProblem(v), v).toBeNull();
    }
  });

  it('says what is wrong', () => {
    expect(ibanProblem('QQ931234567812')).toBe('country');
    expect(ibanProblem('AT931904300234573201990')).toBe('length');
    expect(ibanProblem('GI22NW3K000000007099453')).toBe('structure');
    expect(ibanProblem('DE89370400440532013001')).toBe('checksum');
    expect(ibanProblem('ES8931831500950001210562')).toBe('national');
  });

  it('checks national check digits (ES CCC, BE, FR RIB key, MOD 97 countries)', () => {
    expect(nationalCheckValid('ES', '21000418450200051332')).toBe(true);
    expect(nationalCheckValid('ES', '21000418460200051332')).toBe(false);
    expect(nationalCheckValid('BE', '096123456769')).toBe(true);
    expect(nationalCheckValid('BE', '096123456768')).toBe(false);
    expect(nationalCheckValid('FR', '20041010050500013M02606')).toBe(true);
    expect(nationalCheckValid('FR', '20041010050500013M02607')).toBe(false);
    expect(nationalCheckValid('PT', '000201231234567890154')).toBe(true);
    expect(nationalCheckValid('PT', '000201231234567890155')).toBe(false);
    expect(nationalCheckValid('DE', '370400440532013000')).toBe(true);
  });

  it('agrees with the shared vectors', () => {
    for (const v of vectors('iban', 'valid')) expect(ibanValid(squeeze(v)), v).toBe(true);
    for (const v of [...vectors('iban', 'invalid'), ...vectors('iban', 'mutated')]) expect(ibanValid(squeeze(v)), v).toBe(false);
  });
});
