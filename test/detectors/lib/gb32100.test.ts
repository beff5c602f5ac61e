import { describe, expect, it } from 'vitest';
import {
  orgCodeCheckChar,
  orgCodeValid,
  USCC_ALPHABET,
  usccAuthorityTypeValid,
  usccCheckChar,
  usccIsSoleProprietor,
  usccValid,
  usccVerdict,
} from '../../../detectors/_lib/gb32100.js';
import { squeeze, vectors } from './_vectors.js';

/** 17 characters completed with the correct final check, so only the part under test can fail. */
const withCheck = (payload: string): string => payload + usccCheckChar(payload);

describe('usccVerdict', () => {
  it('accepts all valid vectors and rejects every mutated and invalid one', () => {
    const valid = vectors('cn.uscc', 'valid');
    expect(valid.length).toBeGreaterThanOrEqual(100);
    for (const v of valid) expect(usccVerdict(squeeze(v)), v).toBe('valid');
    for (const v of vectors('cn.uscc', 'mutated')) expect(usccVerdict(squeeze(v)), v).toBe('invalid');
    for (const v of vectors('cn.uscc', 'invalid')) expect(usccVerdict(squeeze(v)), v).toBe('invalid');
  });

  it('computes the MOD 31 check character', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(usccValid('91110000600037341L')).toBe(true);
    expect(usccValid('91110000600037341M')).toBe(false);
    expect(() => usccCheckChar('9111000060003734I')).toThrow(RangeError);
    expect(() => usccCheckChar('911')).toThrow(RangeError);
  });

  it('rejects letters outside the alphabet (I, O, S, V, Z) anywhere', () => {
    for (const c of 'IOSVZ') {
      expect(USCC_ALPHABET.includes(c)).toBe(false);
      expect(usccVerdict(`91110000600037341${c}`)).toBe('invalid');
    }
    expect(usccVerdict('9111000060003IOZSV')).toBe('invalid');
  });

  it('rejects undefined authority / type pairs', () => {
    expect(usccAuthorityTypeValid('91')).toBe(true);
    expect(usccAuthorityTypeValid('92')).toBe(true);
    expect(usccAuthorityTypeValid('N3')).toBe(true);
    expect(usccAuthorityTypeValid('Y1')).toBe(true);
    expect(usccAuthorityTypeValid('94')).toBe(false);
    expect(usccAuthorityTypeValid('Y2')).toBe(false);
    expect(usccAuthorityTypeValid('01')).toBe(false);
    expect(usccAuthorityTypeValid('B1')).toBe(false);
    // Same body as the published example, only the type changed: the final check is recomputed.
    expect(usccVerdict(withCheck('94110000600037341'))).toBe('invalid');
    expect(usccVerdict(withCheck('51110000600037341'))).toBe('valid');
  });

  it('rejects a registering region that is not a province-level code', () => {
    expect(usccVerdict(withCheck('91100000600037341'))).toBe('valid');
    expect(usccVerdict(withCheck('91990000600037341'))).toBe('invalid');
    expect(usccVerdict(withCheck('91000000600037341'))).toBe('invalid');
  });

  it('checks the embedded GB 11714 organisation code', () => {
    expect(orgCodeCheckChar('60003734')).toBe('1');
    expect(orgCodeValid('600037341')).toBe(true);
    expect(orgCodeValid('600037342')).toBe(false);
    // 600037351: the org code's own check fails even though the final check is recomputed.
    expect(usccVerdict(withCheck('91110000600037351'))).toBe('invalid');
  });

  it('knows sole proprietors, whose code points at a natural person', () => {
    expect(usccIsSoleProprietor('92110000600037341L')).toBe(true);
    expect(usccIsSoleProprietor('91110000600037341L')).toBe(false);
  });
});
