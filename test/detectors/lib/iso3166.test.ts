import { describe, expect, it } from 'vitest';
import { ISO3166_ALPHA2, isCountryCode } from '../../../detectors/_lib/iso3166.js';
import { squeeze, vectors } from './_vectors.js';

describe('ISO3166_ALPHA2', () => {
  it('holds the 249 assigned codes plus XK', () => {
    expect(ISO3166_ALPHA2.size).toBe(250);
    for (const c of ISO3166_ALPHA2) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it('knows common, recent and bank-used codes', () => {
    for (const c of ['DE', 'GB', 'CN', 'US', 'SS', 'BQ', 'CW', 'SX', 'XK', 'AX', 'EH']) expect(isCountryCode(c), c).toBe(true);
  });

  it('rejects reserved, withdrawn and malformed codes', () => {
    for (const c of ['UK', 'EU', 'AN', 'YU', 'QQ', 'ZZ', 'de', 'D', 'DEU', '']) expect(isCountryCode(c), c).toBe(false);
  });

  it('covers the country of every valid IBAN vector', () => {
    for (const v of vectors('iban', 'valid')) expect(isCountryCode(squeeze(v).slice(0, 2)), v).toBe(true);
  });
});
