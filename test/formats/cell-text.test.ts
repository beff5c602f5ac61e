import { describe, expect, it } from 'vitest';
import { cellText, excelSerialToIso, numberText } from '../../src/formats/cell-text.js';

describe('cell text', () => {
  it('prints numbers as Excel shows them, without float noise', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1000.5)).toBe('1000.5');
    expect(numberText(12)).toBe('12');
    expect(numberText(-0.000123)).toBe('-0.000123');
    expect(numberText(123456789012345)).toBe('123456789012345');
    expect(numberText(Number.NaN)).toBeNull();
  });

  it('converts serials with the 1900 leap-year bug and times of day', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBe('1900-02-29');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(43831)).toBe('2020-01-01');
    expect(excelSerialToIso(43831.5)).toBe('2020-01-01T12:00:00');
    expect(excelSerialToIso(0.75)).toBe('18:00:00');
    expect(excelSerialToIso(45000.123456)).toBe('2023-03-15T02:57:46.598');
  });

  it('reads every exceljs value shape', () => {
    expect(cellText('x')).toBe('x');
    expect(cellText('')).toBeNull();
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2020, 0, 15)))).toBe('2020-01-15');
    expect(cellText({ formula: 'A1*2', result: 4.2 })).toBe('4.2');
    expect(cellText({ sharedFormula: 'A1', result: 'ok' })).toBe('ok');
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(cellText({ text: 'mail me', hyperlink: 'mailto:a@example.com' })).toBe('mail me');
    expect(cellText({ text: { richText: [{ text: 'x' }] }, hyperlink: 'https://example.com' })).toBe('x');
    expect(cellText({ error: '#N/A' })).toBeNull();
    expect(cellText({ formula: 'A1', result: { error: '#DIV/0!' } })).toBeNull();
    let missing = 0;
    expect(cellText({ formula: 'A1' }, { onMissingResult: () => missing++ })).toBeNull();
    expect(missing).toBe(1);
  });
});
