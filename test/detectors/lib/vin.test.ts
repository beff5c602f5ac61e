import { describe, expect, it } from 'vitest';
import { isVinShape, vinCharValue, vinCheckDigit, vinCheckValid } from '../../../detectors/_lib/vin.js';

describe('vin check digit (49 CFR 565.15)', () => {
  it('accepts the worked example from the regulation and Wikipedia', () => {
    // 1M8GDM9AXKP042788 is the check-digit example published on Wikipedia ("Vehicle identification number").
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(vinCheckValid('1M8GDM9AXKP042788')).toBe(true);
    expect(vinCheckValid('11111111111111111')).toBe(true);
  });

  it('rejects a single changed character', () => {
    expect(vinCheckValid('1M8GDM9AXKP042789')).toBe(false);
    expect(vinCheckValid('1M8GDM9A0KP042788')).toBe(false);
  });

  it('transliterates letters in blocks, skipping I, O, Q', () => {
    expect(vinCharValue('A')).toBe(1);
    expect(vinCharValue('J')).toBe(1);
    expect(vinCharValue('P')).toBe(7);
    expect(vinCharValue('R')).toBe(9);
    expect(vinCharValue('S')).toBe(2);
    expect(vinCharValue('Z')).toBe(9);
    expect(vinCharValue('7')).toBe(7);
    expect(vinCharValue('I')).toBeNaN();
    expect(vinCharValue('O')).toBeNaN();
    expect(vinCharValue('Q')).toBeNaN();
  });

  it('needs 17 VIN characters', () => {
    expect(isVinShape('1M8GDM9AXKP04278')).toBe(false);
    expect(isVinShape('1M8GDM9AXKP0427O8')).toBe(false);
    expect(isVinShape('1m8gdm9axkp042788')).toBe(false);
    expect(vinCheckDigit('1M8GDM9AXKP0427')).toBe('');
    expect(vinCheckValid('1M8GDM9AXKP0427Q8')).toBe(false);
  });
});
