/**
 * GB 11643-1999 citizen identity number (公民身份号码), the number on the PRC resident identity card.
 *
 * 18 characters: 6-digit administrative division code (GB/T 2260) · 8-digit birth date YYYYMMDD ·
 * 3-digit sequence (odd = male, even = female) · ISO 7064 MOD 11-2 check character ('0'-'9' or 'X').
 * The legacy first-generation card (before 1999) carried 15 digits: region · YYMMDD (always 19xx) ·
 * 3-digit sequence, with no check digit.
 *
 * The same layout is used by two later documents that a scanner must treat alike:
 * - 港澳台居民居住证 (residence permits for Hong Kong, Macao and Taiwan residents, 2018): region 810000,
 *   820000 or 830000;
 * - the 2023 foreign permanent resident ID card: '9' · 2-digit province of the issuing office ·
 *   3-digit nationality code · YYYYMMDD · sequence · check, so the birth date sits at the same offset.
 *
 * All functions take the compact form (no separators; a lower-case 'x' is accepted).
 */

import type { Verdict } from '../../src/types.js';
import { isPlausibleBirthDate } from './dates.js';
import { mod11_2Valid } from './iso7064.js';

/**
 * Province-level codes of GB/T 2260 (first two digits of a division code): the 31 mainland provinces,
 * municipalities and autonomous regions, Taiwan (71), Hong Kong (81), Macao (82), plus 83, which the
 * Ministry of Public Security assigned to residence permits of Taiwan residents.
 */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** Mainland provinces only: the 2023 foreign permanent resident card names the issuing office's province. */
const MAINLAND = new Set([...PROVINCES].filter((p) => p < '70'));

export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

export type Sex = 'male' | 'female';

const RE18 = /^[0-9]{17}[0-9X]$/;
const RE15 = /^[0-9]{15}$/;

function upper(s: string): string {
  return s.toUpperCase();
}

/** True when the leading digits name a real province-level division (or the foreigner's-card prefix). */
export function residentIdRegionValid(s: string): boolean {
  const n = upper(s);
  if (n.length === 18 && n[0] === '9') return MAINLAND.has(n.slice(1, 3));
  return PROVINCES.has(n.slice(0, 2));
}

/** The birth date encoded in an 18- or 15-digit number, or null when the shape or the date is wrong. */
export function residentIdBirthDate(s: string): BirthDate | null {
  const n = upper(s);
  let year: number;
  let month: number;
  let day: number;
  if (RE18.test(n)) {
    year = Number(n.slice(6, 10));
    month = Number(n.slice(10, 12));
    day = Number(n.slice(12, 14));
  } else if (RE15.test(n)) {
    // First-generation cards were withdrawn in 2013 and only ever issued to people born in the 1900s.
    year = 1900 + Number(n.slice(6, 8));
    month = Number(n.slice(8, 10));
    day = Number(n.slice(10, 12));
  } else {
    return null;
  }
  return isPlausibleBirthDate(year, month, day) ? { year, month, day } : null;
}

/** Sex from the parity of the sequence code's last digit (odd = male), or null for a malformed value. */
export function residentIdSex(s: string): Sex | null {
  const n = upper(s);
  let digit: string;
  if (RE18.test(n)) digit = n[16];
  else if (RE15.test(n)) digit = n[14];
  else return null;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

/**
 * 'valid' for an 18-character number whose region, birth date and MOD 11-2 check all hold;
 * 'unknown' for a 15-digit legacy number with a sane region and date (it has no check digit);
 * 'invalid' otherwise.
 */
export function residentIdVerdict(s: string): Verdict {
  const n = upper(s);
  if (!RE18.test(n) && !RE15.test(n)) return 'invalid';
  if (!residentIdRegionValid(n)) return 'invalid';
  if (residentIdBirthDate(n) === null) return 'invalid';
  if (n.length === 15) {
    // A 15-digit card predates the foreigner's card and the residence permits: mainland regions only.
    return MAINLAND.has(n.slice(0, 2)) ? 'unknown' : 'invalid';
  }
  return mod11_2Valid(n) ? 'valid' : 'invalid';
}

/** True only for a fully checked 18-character number. */
export function residentIdValid(s: string): boolean {
  return residentIdVerdict(s) === 'valid';
}
