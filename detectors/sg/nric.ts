import { defineDetector } from '../../src/types.js';
import { compact, isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * Singapore NRIC / FIN (National Registration Identity Card, Foreign Identification Number): a series
 * letter, 7 digits and a check letter. S/T are citizens and permanent residents born before / from 2000,
 * F/G foreigners issued before / from 2000, M foreigners from 2022. The check letter comes from the digits
 * weighted 2,7,6,5,4,3,2, plus 4 for T/G and 3 for M, mod 11, looked up in a table per series (the M table
 * is the F/G table with J in place of M, following ICA's published procedure).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const TABLES: Readonly<Record<string, { offset: number; letters: string }>> = {
  S: { offset: 0, letters: 'JZIHGFEDCBA' },
  T: { offset: 4, letters: 'JZIHGFEDCBA' },
  F: { offset: 0, letters: 'XWUTRQPNMLK' },
  G: { offset: 4, letters: 'XWUTRQPNMLK' },
  M: { offset: 3, letters: 'XWUTRQPNJLK' },
};

const SHAPE = /^[STFGM][0-9]{7}[A-Z]$/;

function checkLetter(n: string): string {
  const t = TABLES[n[0]];
  let sum = t.offset;
  for (let i = 0; i < 7; i++) sum += (n.charCodeAt(i + 1) - 48) * WEIGHTS[i];
  return t.letters[sum % 11];
}

export default defineDetector({
  id: 'sg.nric',
  name: 'Singapore NRIC / FIN',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['SG'],
  description: 'Singapore NRIC / FIN (S/T/F/G/M + 7 digits + check letter) with the per-series check letter tables.',
  patterns: [{ name: 'nric', regex: '(?i)\\b[STFGM][0-9]{7}[A-Z]\\b', score: 0.4 }],
  context: {
    words: ['nric', 'nric no', 'fin', 'fin no', 'ic no', 'ic number', 'identity card', 'singapore id', '身份证', '身份证号', '新加坡身份证'],
  },
  columnHints: ['nric', 'nric no', 'nric number', 'nric fin', 'fin', 'fin no', 'ic no', 'ic number', 'uin', '身份证号'],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!SHAPE.test(n)) return 'invalid';
    // Placeholders such as S0000000x or the S1234567D used in every tutorial.
    const digits = n.slice(1, 8);
    if (isRepeatedDigit(digits) || isSequentialDigits(digits)) return 'invalid';
    return checkLetter(n) === n[8] ? 'valid' : 'invalid';
  },
  deny: ['S1234567D'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic numbers; check letters computed.
      'S8392017C',
      'T0382914B',
      { text: 'Patient NRIC: F2039184R', value: 'F2039184R' },
      { text: 'Work pass holder FIN g5029381k registered on 2 May.', value: 'g5029381k' },
      { text: 'New FIN series M4810293R issued in 2023', value: 'M4810293R' },
      { text: '员工新加坡身份证 S7391028E 已提交', value: 'S7391028E' },
    ],
    noMatch: [
      'S1234567D',
      { text: 'NRIC S8392017D', note: 'check letter wrong' },
      { text: 'NRIC T0382914C', note: 'check letter wrong' },
      { text: 'FIN M4810293M', note: 'M is not a check letter of the M series' },
      { text: 'NRIC A8392017C', note: 'no such series' },
      { text: 'NRIC S839201C', note: 'six digits' },
      { text: 'ref xS8392017C', note: 'inside a longer token' },
    ],
  },
});
