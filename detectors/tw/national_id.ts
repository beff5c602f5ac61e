import { defineDetector } from '../../src/types.js';
import { compact } from '../_lib/normalize.js';

/**
 * Taiwan national identification number (國民身分證統一編號) and resident certificate (ARC) number
 * (居留證統一證號): a letter for the place of first registration, then 9 digits whose first is the sex
 * (1/2 for citizens, 8/9 for the ARC numbers issued since 2021). Pre-2021 ARC numbers have a second letter
 * A-D instead. The letter maps to a 2-digit code (A=10 … with I, O, W, X, Y, Z out of order); the digits
 * of that code and the remaining digits, weighted 1,9,8,7,6,5,4,3,2,1,1, sum to a multiple of 10.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const LETTER_CODE: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

const SHAPE = /^[A-Z](?:[1289][0-9]{8}|[A-D][0-9]{8})$/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1, 1];

function checksumValid(n: string): boolean {
  const area = LETTER_CODE[n[0]];
  let sum = Math.floor(area / 10) + (area % 10) * 9;
  // Old-style ARC: the sex letter counts with the last digit of its own code (A→0 … D→3).
  const rest = n[1] >= 'A' ? String(LETTER_CODE[n[1]] % 10) + n.slice(2) : n.slice(1);
  for (let i = 0; i < 9; i++) sum += (rest.charCodeAt(i) - 48) * WEIGHTS[i];
  return sum % 10 === 0;
}

export default defineDetector({
  id: 'tw.national_id',
  name: 'Taiwan national ID / resident certificate number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['TW'],
  description: 'Taiwan national ID (A123456789 shape) and ARC numbers, old and new, with the letter-weighted mod 10 check.',
  patterns: [
    // A letter and nine digits is also how order, member and shipment numbers look (W868565234), and one in
    // ten passes the check: reported next to a context word or on a line of its own.
    { name: 'national-or-new-arc', regex: '\\b[A-Z][1289][0-9]{8}\\b', score: 0.18 },
    { name: 'old-arc', regex: '\\b[A-Z][A-D][0-9]{8}\\b', score: 0.18 },
  ],
  context: {
    words: [
      '身分證', '身分證字號', '身分證號碼', '身分證統一編號', '統一證號', '居留證', '居留證號', '身份证', '身份证号', '台湾身份证',
      'national id', 'taiwan id', 'roc id', 'id no', 'id number', 'arc', 'arc no', 'resident certificate',
    ],
  },
  columnHints: [
    '身分證字號', '身分證號碼', '身分證', '統一證號', '居留證號', 'national id', 'taiwan id', 'id no', 'id number', 'arc no', 'arc number',
  ],
  normalize: (raw: string) => compact(raw),
  validate: (n: string) => (SHAPE.test(n) && checksumValid(n) ? 'valid' : 'invalid'),
  // The textbook example in every article on the checksum.
  deny: ['A123456789'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic numbers; check digits computed.
      'F128394056',
      'Q203948129',
      { text: '身分證字號：H182039476', value: 'H182039476' },
      { text: '新式居留證統一證號 B803129473 (2021 起)', value: 'B803129473' },
      { text: 'Taiwan ID K920381744 on the rental contract', value: 'K920381744' },
      { text: 'ARC no. AC03819246, valid until 2027', value: 'AC03819246' },
      { text: '客户台湾身份证 Z102938474', value: 'Z102938474' },
    ],
    noMatch: [
      'A123456789',
      { text: 'Hello Amanda, your order W868565234 shipped on 2021-09-18.', note: 'order number with a valid check letter' },
      { text: 'F128394057', note: 'check digit off by one' },
      { text: '身分證 H182039477', note: 'check digit off by one' },
      { text: '身分證 H382039476', note: 'sex digit 3 is not used' },
      { text: '身分證 H18203947', note: 'too short' },
      { text: 'serial xF128394056', note: 'inside a longer token' },
      { text: 'code F1283940561', note: 'too long' },
    ],
  },
});
