import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit } from '../_lib/normalize.js';
import { weightedSum } from '../_lib/weighted.js';

/**
 * Australian Tax File Number: 9 digits (8 for some old numbers) whose weighted sum with 1,4,3,7,5,8,6,9,10
 * is divisible by 11; written 123 456 782. Eight-digit numbers use the first eight weights, as
 * python-stdnum, stdnum-js and numchk do (the ATO does not publish the rule).
 *
 * A 9-digit number, separated or bare, needs a context word or its own line: one in eleven passes the check,
 * and 3-3-3 is also how reference and confirmation numbers are grouped; an 8-digit run is the shape of a date (20240131) or an order number, so
 * it is reported only next to a context word.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10];

export default defineDetector({
  id: 'au.tfn',
  name: 'Australian Tax File Number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['AU'],
  description: 'Australian TFN: 8 or 9 digits, weighted mod-11 check (123 456 782).',
  patterns: [
    { name: 'grouped', ...digitToken('[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}', true), score: 0.18 },
    { name: 'bare', ...digitToken('[0-9]{9}'), score: 0.18 },
    { name: 'grouped8', ...digitToken('[0-9]{3}[ -][0-9]{3}[ -][0-9]{2}', true), score: 0.04 },
    { name: 'bare8', ...digitToken('[0-9]{8}'), score: 0.04 },
  ],
  context: {
    words: [
      'tfn', 'tfns', 'tax file number', 'tax file no', 'tax file', 'ato',
      '税务档案号', '税务档案号码', '澳大利亚税号', '澳洲税号', '税号', '税务文件号',
    ],
  },
  columnHints: ['tfn', 'tfn number', 'tax file number', 'tax file no', '税务档案号', '澳大利亚税号', '澳洲税号'],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[0-9]{8,9}$/.test(n)) return 'invalid';
    // 000000000 passes the arithmetic but is a filler.
    if (isRepeatedDigit(n)) return 'invalid';
    return weightedSum(n, WEIGHTS) % 11 === 0 ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Shared vectors (python-stdnum tests).
      '112474082',
      '865414088',
      '740 770 138',
      { text: 'Your TFN 226 585 855 is on the payment summary.', value: '226 585 855' },
      { text: 'The employee supplied 165-579-668 on the TFN declaration form.', value: '165-579-668', note: 'separated form with a context word' },
      { text: '澳大利亚税号：839489985', value: '839489985' },
      { text: 'tax file number 24779389 (issued 1989)', value: '24779389', note: 'old 8-digit TFN with context' },
    ],
    noMatch: [
      { text: 'Dinner is booked, confirmation 165-579-668.', note: 'a 3-3-3 reference number that happens to pass the check' },
      // Shared mutated vectors: one digit changed, check fails.
      '113474082',
      '565052603',
      { text: 'TFN 123 456 882', note: 'shared mutated vector, separated' },
      { text: 'TFN 000 000 000', note: 'filler' },
      { text: 'TFN 740 770 139', note: 'check digit off by one' },
      { text: 'Invoice 740770138 was paid.', note: 'bare digits in prose without context' },
      { text: '24779389', note: '8 digits without context: dates and order numbers look like this' },
      { text: 'TFN 740 770 1380', note: 'longer run' },
      'x740770138y',
    ],
  },
});
