import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { isValidDate } from '../_lib/dates.js';
import { digitsOnly } from '../_lib/normalize.js';
import { weightedSum } from '../_lib/weighted.js';

/**
 * Polish PESEL: YYMMDD + 4-digit serial (its last digit gives the sex) + check digit with weights
 * 1,3,7,9,1,3,7,9,1,3 (sum + check ≡ 0 mod 10). The century is encoded in the month: +80 for 1800-1899,
 * +0 for 1900s, +20 for 2000s, +40 for 2100s, +60 for 2200s. The birth date must be a real date and not in
 * the future: a number dated after today has not been issued to anyone.
 *
 * Written as one run of 11 digits. Eleven bare digits are also Chinese mobile numbers and order numbers,
 * and about one random run in 125 passes both the date and the checksum, so a bare run is reported on its own
 * line or next to a context word (PESEL, numer PESEL, 波兰身份证号 …).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1];
const CENTURY: Record<number, number> = { 0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800 };

function birthDateOk(n: string, now: Date = new Date()): boolean {
  const mm = Number(n.slice(2, 4));
  const year = CENTURY[Math.floor(mm / 20)] + Number(n.slice(0, 2));
  const month = mm % 20;
  const day = Number(n.slice(4, 6));
  if (!isValidDate(year, month, day)) return false;
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  return year * 10000 + month * 100 + day <= today;
}

export default defineDetector({
  id: 'pl.pesel',
  name: 'Polish PESEL (national identification number)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['PL'],
  description: 'Polish PESEL: 11 digits with the birth date (century in the month) and a weighted check digit.',
  patterns: [
    // The month field is 01-12 plus 20, 40, 60 or 80: its first digit is even with 1-9 after it, or odd with 0-2.
    {
      name: 'pesel',
      ...digitToken('[0-9]{2}(?:[02468][1-9]|[13579][0-2])[0-3][0-9][0-9]{5}'),
      score: 0.18,
    },
  ],
  context: {
    words: [
      'pesel', 'nr pesel', 'numer pesel', 'numer ewidencyjny', 'powszechny elektroniczny system ewidencji ludności',
      'polish national id', 'polish id number', 'national id', 'national id number', 'national identification number',
      'national identity number',
      '波兰身份证号', '波兰公民身份号', 'pesel号码', 'pesel号', '身份证号',
    ],
  },
  columnHints: [
    'pesel', 'nr pesel', 'numer pesel', 'pesel number', 'polish national id', 'national id', 'national id number',
    'national identification number', '波兰身份证号', 'pesel号码',
  ],
  normalize: (raw: string) => digitsOnly(raw),
  // YYMMDD with the century in the month: the subject's birth date (children's-data rules).
  birthDate(n: string) {
    if (!/^[0-9]{11}$/.test(n)) return null;
    const mm = Number(n.slice(2, 4));
    const century = CENTURY[Math.floor(mm / 20)];
    return century === undefined ? null : { year: century + Number(n.slice(0, 2)), month: mm % 20, day: Number(n.slice(4, 6)) };
  },
  validate(n: string) {
    if (!/^[0-9]{11}$/.test(n)) return 'invalid';
    if (weightedSum(n, WEIGHTS) % 10 !== 0) return 'invalid';
    return birthDateOk(n) ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation values (born 1944-05-14 and 2002-01-13).
      '44051401359',
      '02211307589',
      // Synthetic: check digits computed with the weights.
      '85072309873',
      { text: 'PESEL: 90101512348, ur. w Krakowie.', value: '90101512348' },
      { text: 'The applicant’s PESEL number is 75030298765.', value: '75030298765' },
      { text: '该波兰客户的PESEL号码为 05270412346，请核实。', value: '05270412346' },
      { text: 'Country: PL, national ID 84011536772, employee since 2017', value: '84011536772', note: 'the PESEL called by what it is' },
    ],
    noMatch: [
      // python-stdnum: check digit wrong; month 38 does not exist.
      '44051401358',
      '02381307589',
      { text: 'PESEL 85072309874', note: 'check digit off by one' },
      { text: 'PESEL 85023109873', note: 'February 31' },
      { text: 'PESEL 99323112349', note: 'born 2099-12-31: not issued yet (checksum right)' },
      { text: 'PESEL 25410112343', note: 'born 2125-01-01 (month +40): not issued yet' },
      { text: 'Order 85072309873 shipped.', note: 'bare 11 digits in prose without a context word' },
      { text: 'PESEL x85072309873y', note: 'inside a longer token' },
      { text: 'PESEL 850723098731', note: 'twelve digits' },
    ],
  },
});
