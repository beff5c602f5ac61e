import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  expandTwoDigitYear,
  isLeapYear,
  isPlausibleBirthDate,
  isValidDate,
} from '../../../detectors/_lib/dates.js';

const NOW = new Date(Date.UTC(2025, 5, 15, 12)); // 2025-06-15

describe('isValidDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2025, 4, 31)).toBe(false);
    expect(isValidDate(2025, 12, 31)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 13)).toBeNaN();
  });

  it('rejects out-of-range and non-integer parts', () => {
    expect(isValidDate(2025, 0, 1)).toBe(false);
    expect(isValidDate(2025, 13, 1)).toBe(false);
    expect(isValidDate(2025, 1, 0)).toBe(false);
    expect(isValidDate(2025, 1, 32)).toBe(false);
    expect(isValidDate(2025, 1.5, 1)).toBe(false);
    expect(isValidDate(0, 1, 1)).toBe(false);
    expect(isValidDate(Number.NaN, 1, 1)).toBe(false);
  });
});

describe('isPlausibleBirthDate', () => {
  it('accepts 1900 up to today', () => {
    expect(isPlausibleBirthDate(1900, 1, 1, NOW)).toBe(true);
    expect(isPlausibleBirthDate(1991, 1, 1, NOW)).toBe(true);
    expect(isPlausibleBirthDate(2025, 6, 15, NOW)).toBe(true);
  });

  it('rejects future, pre-1900 and impossible dates', () => {
    expect(isPlausibleBirthDate(2025, 6, 16, NOW)).toBe(false);
    expect(isPlausibleBirthDate(2026, 1, 1, NOW)).toBe(false);
    expect(isPlausibleBirthDate(1899, 12, 31, NOW)).toBe(false);
    expect(isPlausibleBirthDate(1991, 2, 30, NOW)).toBe(false);
  });

  it('defaults to the current date', () => {
    expect(isPlausibleBirthDate(1990, 1, 1)).toBe(true);
    expect(isPlausibleBirthDate(new Date().getUTCFullYear() + 1, 1, 1)).toBe(false);
  });
});

describe('expandTwoDigitYear', () => {
  it('picks the most recent year not after now', () => {
    expect(expandTwoDigitYear(25, NOW)).toBe(2025);
    expect(expandTwoDigitYear(24, NOW)).toBe(2024);
    expect(expandTwoDigitYear(26, NOW)).toBe(1926);
    expect(expandTwoDigitYear(0, NOW)).toBe(2000);
    expect(expandTwoDigitYear(99, NOW)).toBe(1999);
    expect(expandTwoDigitYear(0, new Date(Date.UTC(2099, 0, 1)))).toBe(2000);
    expect(expandTwoDigitYear(99, new Date(Date.UTC(2100, 0, 1)))).toBe(2099);
  });

  it('throws outside 0-99', () => {
    expect(() => expandTwoDigitYear(100, NOW)).toThrow(RangeError);
    expect(() => expandTwoDigitYear(-1, NOW)).toThrow(RangeError);
    expect(() => expandTwoDigitYear(1.5, NOW)).toThrow(RangeError);
  });
});
