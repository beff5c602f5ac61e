import { describe, expect, it } from 'vitest';
import { charValue36, weightedSum } from '../../../detectors/_lib/weighted.js';
import { vectors } from './_vectors.js';

describe('weightedSum', () => {
  it('multiplies digit i by weight i', () => {
    expect(weightedSum('123', [1, 2, 3])).toBe(14);
    expect(weightedSum('', [])).toBe(0);
    expect(weightedSum('99', [10, 1, 5])).toBe(99);
  });

  it('reproduces the CN resident ID checksum on the shared vectors', () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const checks = '10X98765432';
    for (const v of vectors('cn.resident_id', 'valid')) {
      expect(checks[weightedSum(v.slice(0, 17), weights) % 11], v).toBe(v[17]);
    }
  });

  it('gives NaN for letters, separators or too few weights', () => {
    expect(weightedSum('12A', [1, 1, 1])).toBeNaN();
    expect(weightedSum('1 2', [1, 1, 1])).toBeNaN();
    expect(weightedSum('１２', [1, 1])).toBeNaN();
    expect(weightedSum('1234', [1, 1, 1])).toBeNaN();
  });
});

describe('charValue36', () => {
  it('maps digits and letters', () => {
    expect(charValue36('0')).toBe(0);
    expect(charValue36('9')).toBe(9);
    expect(charValue36('A')).toBe(10);
    expect(charValue36('Z')).toBe(35);
    expect(charValue36('z')).toBe(35);
  });

  it('gives NaN for anything else', () => {
    for (const c of ['', '-', ' ', 'AB', 'Ä', '０']) expect(charValue36(c), c).toBeNaN();
  });
});
