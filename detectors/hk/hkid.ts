import { defineDetector } from '../../src/types.js';
import { compact } from '../_lib/normalize.js';
import { charValue36 } from '../_lib/weighted.js';

/**
 * Hong Kong identity card number (香港身份證號碼): one or two letters, six digits and a check character
 * (0-9 or A), usually printed with the check in parentheses: A123456(3). The check makes the weighted sum
 * (weights 9…1 over an 8-character body where a single letter is padded with a space worth 36, letters
 * A=10…Z=35, check A=10) divisible by 11.
 * The parenthesised form is distinctive; the run-together form (A1234563) looks like any product code and
 * needs a context word or its own line.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const SHAPE = /^[A-Z]{1,2}[0-9]{6}[0-9A]$/;

/** The check character for a 7- or 8-character body (letters + 6 digits). */
function hkidCheckChar(body: string): string {
  const padded = body.length === 7 ? ` ${body}` : body;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = padded[i] === ' ' ? 36 : charValue36(padded[i]);
    sum += v * (9 - i);
  }
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'A' : String(c);
}

export default defineDetector({
  id: 'hk.hkid',
  name: 'Hong Kong identity card number (HKID)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['HK'],
  description: 'Hong Kong identity card number, A123456(3), with its mod 11 check character.',
  patterns: [
    { name: 'parenthesised', regex: '\\b[A-Z]{1,2}[0-9]{6}[ ]?[(（][0-9A][)）]', score: 0.4 },
    { name: 'bare', regex: '\\b[A-Z]{1,2}[0-9]{6}[0-9A]\\b', score: 0.15 },
  ],
  context: {
    words: [
      'hkid', 'hkic', 'hk id', 'hong kong id', 'hong kong identity card', 'identity card', 'id card', 'id no',
      '香港身份證', '香港身份证', '身份證', '身份證號碼', '身份证', '身份证号', '身份证号码', '證件號碼',
    ],
  },
  columnHints: ['hkid', 'hkid no', 'hkid number', 'hk id', 'hkic', 'hong kong id', '香港身份證', '香港身份证', '身份證號碼', '身份證'],
  normalize: (raw: string) => compact(raw, ' -./\t()（）'),
  validate(n: string) {
    if (!SHAPE.test(n)) return 'invalid';
    return hkidCheckChar(n.slice(0, -1)) === n[n.length - 1] ? 'valid' : 'invalid';
  },
  // The Immigration Department's own illustration of the format.
  deny: ['A1234563'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic numbers; check characters computed.
      'K538291(2)',
      'XA283910(2)',
      'Y300398(A)',
      { text: 'Applicant HKID: Z683914(3), issued 2019.', value: 'Z683914(3)' },
      { text: '申請人香港身份證號碼 P103948 (6)，已核實。', value: 'P103948 (6)' },
      { text: '客户身份证号 WX1029388 已登记', value: 'WX1029388' },
      { text: '香港身份證：G482910（6）', value: 'G482910（6）', note: 'full-width parentheses in Chinese text' },
      { text: 'R5820390', note: 'run-together form alone on its line' },
    ],
    noMatch: [
      { text: 'A123456(3)', note: 'published sample (deny list)' },
      'A1234563',
      { text: 'K538291(3)', note: 'check character off by one' },
      { text: 'HKID Z683914(4)', note: 'check character off by one' },
      { text: 'Part number M3910283 in stock', note: 'run-together form in prose without context' },
      { text: 'HKID ABC538291(2)', note: 'three letters' },
      { text: 'HKID K53829(1)', note: 'five digits' },
    ],
  },
});
