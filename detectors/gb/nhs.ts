import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit } from '../_lib/normalize.js';
import { weightedSum } from '../_lib/weighted.js';

/**
 * NHS number (England, Wales, Isle of Man): 10 digits, the last a modulus-11 check digit over the first
 * nine with weights 10..2; check = 11 − (sum mod 11), 11 becomes 0 and 10 is never issued. Written
 * 3-3-4 with spaces (the NHS display standard) or dashes, or bare.
 *
 * 3-3-4 is also the shape of a North American phone number, and about one in eleven of those passes the
 * check, so neither form is reported in prose without a context word; on its own line or under an NHS
 * column header it is.
 *
 * Category health: the number is the key of patient records, and where it appears it nearly always sits
 * in a care or health-insurance record (GDPR Art. 4(15), CCPA §1798.81.5(d)(1)(A)(v), PIPL Art. 28).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

export default defineDetector({
  id: 'gb.nhs',
  name: 'NHS number',
  category: 'health',
  sensitivity: 'restricted',
  locales: ['GB'],
  description: 'NHS number: 10 digits with the NHS modulus-11 check digit (3-3-4 or bare).',
  patterns: [
    { name: 'grouped', ...digitToken('[0-9]{3}[ -][0-9]{3}[ -][0-9]{4}', true), score: 0.18 },
    { name: 'bare', ...digitToken('[0-9]{10}'), score: 0.18 },
  ],
  context: {
    words: [
      'nhs', 'nhs number', 'nhs no', 'nhs num', 'nhs id', 'national health service', 'patient number',
      'nhs号', '英国国民医疗服务号', '国民医疗服务号', '国民保健号', '英国医保号', '病人编号',
    ],
  },
  columnHints: [
    'nhs number', 'nhs no', 'nhs num', 'nhs id', 'nhs', 'patient nhs number', 'nhs号', '国民医疗服务号', '国民保健号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[0-9]{10}$/.test(n)) return 'invalid';
    // 0000000000 passes the arithmetic but is a filler.
    if (isRepeatedDigit(n)) return 'invalid';
    const check = 11 - (weightedSum(n.slice(0, 9), WEIGHTS) % 11);
    if (check === 10) return 'invalid';
    return (check === 11 ? 0 : check) === n.charCodeAt(9) - 48 ? 'valid' : 'invalid';
  },
  // The example number in NHS Digital's own documentation.
  deny: ['943 476 5919'],
  legal: [
    'gdpr:art4-1', 'gdpr:art4-15', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-v', 'pipl:art4',
    'pipl:art28',
  ],
  examples: {
    match: [
      // Shared vector (python-stdnum tests).
      '943-476-5870',
      '753 520 5542',
      { text: 'Patient NHS number: 240 721 8663, seen in clinic today.', value: '240 721 8663' },
      { text: '患者的NHS号为 924 366 2163。', value: '924 366 2163' },
      { text: 'NHS No 8250864182', value: '8250864182' },
      '2247304192',
    ],
    noMatch: [
      // Shared mutated vector: one digit changed, check fails.
      '943-476-5880',
      { text: 'NHS number 943 476 5919', note: 'NHS Digital documentation example (deny)' },
      { text: 'NHS number 753 520 5543', note: 'check digit off by one' },
      { text: 'NHS number 123 456 7890', note: 'check digit would be 10: never issued' },
      { text: 'NHS number 000 000 0000', note: 'filler' },
      { text: 'Call 240-721-8663 after 5pm.', note: 'phone-shaped, check passes, but no context' },
      { text: 'NHS number 753 520 55421', note: 'longer run' },
      { text: 'NHS number 12 753 520 5542', note: 'part of a longer spaced number' },
      'x7535205542y',
    ],
  },
});
