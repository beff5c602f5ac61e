import { describe, expect, it } from 'vitest';
import { compact, digitsOnly, isRepeatedDigit, isSequentialDigits } from '../../../detectors/_lib/normalize.js';

describe('compact', () => {
  it('strips the default separators and upper-cases', () => {
    expect(compact('gb82 west-1234.5698/7654\t32')).toBe('GB82WEST12345698765432');
    expect(compact('')).toBe('');
  });

  it('uses a custom strip set', () => {
    expect(compact('12-34 56', '-')).toBe('1234 56');
    expect(compact('a.b.c', '')).toBe('A.B.C');
  });
});

describe('digitsOnly', () => {
  it('keeps ASCII digits only', () => {
    expect(digitsOnly('+1 (555) 010-9999')).toBe('15550109999');
    expect(digitsOnly('１２3')).toBe('3');
    expect(digitsOnly('abc')).toBe('');
  });
});

describe('isRepeatedDigit', () => {
  it('detects one repeated character', () => {
    expect(isRepeatedDigit('000000000')).toBe(true);
    expect(isRepeatedDigit('7')).toBe(true);
    expect(isRepeatedDigit('111111112')).toBe(false);
    expect(isRepeatedDigit('')).toBe(false);
  });
});

describe('isSequentialDigits', () => {
  it('detects ascending and descending runs', () => {
    for (const s of ['123456789', '1234567890', '987654321', '0987654321', '345', '890123']) {
      expect(isSequentialDigits(s), s).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const s of ['123456780', '12', '', '111', '13579', '12345678a', '1234554321']) {
      expect(isSequentialDigits(s), s).toBe(false);
    }
  });
});
