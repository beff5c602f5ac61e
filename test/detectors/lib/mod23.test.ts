import { describe, expect, it } from 'vitest';
import { MOD23_LETTERS, mod23Letter, mod23Valid } from '../../../detectors/_lib/mod23.js';

describe('mod23 (Spanish NIF control letter)', () => {
  it('uses the 23-letter table without I, Ñ, O, U', () => {
    expect(MOD23_LETTERS).toHaveLength(23);
    expect(new Set(MOD23_LETTERS).size).toBe(23);
    for (const c of 'IÑOU') expect(MOD23_LETTERS).not.toContain(c);
  });

  it('computes the published control letters', () => {
    // python-stdnum es.dni / es.nie documentation and tests.
    expect(mod23Letter('54362315')).toBe('K');
    expect(mod23Letter('11111111')).toBe('H');
    expect(mod23Letter('02482300')).toBe('W'); // NIE X2482300W with X = 0
    expect(mod23Letter('01111111')).toBe('G'); // NIE X1111111G
    expect(mod23Letter('0')).toBe('T');
    expect(mod23Letter('22')).toBe('E');
    expect(mod23Letter('23')).toBe('T');
  });

  it('validates digits followed by their letter', () => {
    expect(mod23Valid('54362315K')).toBe(true);
    expect(mod23Valid('11111111H')).toBe(true);
    expect(mod23Valid('54362315Z')).toBe(false);
    expect(mod23Valid('11111111T')).toBe(false);
    expect(mod23Valid('54362315k')).toBe(false);
    expect(mod23Valid('K')).toBe(false);
    expect(mod23Valid('')).toBe(false);
    expect(mod23Valid('5436A315K')).toBe(false);
  });

  it('throws on a non-digit payload (a caller bug, not data)', () => {
    expect(() => mod23Letter('X2482300')).toThrow(RangeError);
    expect(() => mod23Letter('')).toThrow(RangeError);
  });
});
