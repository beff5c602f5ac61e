import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit } from '../_lib/normalize.js';

/**
 * Irish PPS number (Personal Public Service Number, the former RSI number): 7 digits, a check letter and, on
 * numbers issued since 2013, a second letter (A or B); older numbers may carry a W (married women's numbers
 * before 1979) or another suffix that is not part of the check. Check letter = WABCDEFGHIJKLMNOPQRSTUV[(8·d1 + 7·d2
 * + … + 2·d7 + 9·value of the second letter A/B) mod 23], as python-stdnum computes it (ie.pps, ie.vat).
 *
 * The check lets one look-alike in 23 through, as the Spanish DNI's does, so the run written as one token
 * (`8472915I`, `2917364FA`) is reported in prose, and the spaced form (`8472915 I`) only next to a context word
 * or on its own line. Upper case only: a lower-case letter after seven digits is a unit or a word.
 *
 * GDPR Art. 87 (a national identification number): Ireland's key to tax, social welfare and public health
 * records; CCPA §1798.81.5(d)(1)(A)(ii) as a government identifier: restricted.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV';

function checkLetter(digits: string, second: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (8 - i) * (digits.charCodeAt(i) - 48);
  // Only the 2013 format's A and B take part in the check; W, T and the rest of the old suffixes do not.
  if (second === 'A' || second === 'B') sum += 9 * LETTERS.indexOf(second);
  return LETTERS[sum % 23];
}

export default defineDetector({
  id: 'ie.pps',
  name: 'Irish PPS number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['IE'],
  description: 'Irish Personal Public Service Number: 7 digits, a mod-23 check letter and an optional second letter (1234567FA).',
  patterns: [
    { name: 'pps', ...digitToken('[0-9]{7}[A-W][ABEHTW]?'), score: 0.25 },
    { name: 'spaced', ...digitToken('[0-9]{7} [A-W][ABEHTW]?'), score: 0.15 },
  ],
  context: {
    words: [
      'pps', 'ppsn', 'pps no', 'pps number', 'ppsn number', 'personal public service', 'personal public service number',
      'rsi number', 'rsi no', 'revenue', 'social welfare', 'mypay', 'irish tax number',
      '个人公共服务号', '爱尔兰社会保障号', '爱尔兰税号',
    ],
    // An Irish VAT or employer registration number has the same shape and check (a sole trader's is built on the PPS
    // number), but under that label it registers a business.
    negative: ['vat', 'vat no', 'vat number', 'vat reg', 'employer reg', 'employer registration', 'cro', 'company reg'],
  },
  columnHints: [
    'pps', 'ppsn', 'pps no', 'pps number', 'ppsn number', 'personal public service number', 'rsi number',
    '个人公共服务号', '爱尔兰社会保障号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[0-9]{7}[A-W][ABEHTW]?$/.test(n)) return 'invalid';
    const digits = n.slice(0, 7);
    if (isRepeatedDigit(digits)) return 'invalid';
    return checkLetter(digits, n[8] ?? '') === n[7] ? 'valid' : 'invalid';
  },
  // The number in the Department of Social Protection's and python-stdnum's documentation.
  deny: ['1234567T'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic: check letters computed with the mod-23 rule.
      '5830194O',
      '2917364FA',
      { text: 'PPS Number:             8472915I', value: '8472915I' },
      { text: 'Spouse (for joint assessment): Declan Kavanagh, PPSN 6031847WA', value: '6031847WA', note: '2013 format: the second letter takes part in the check' },
      { text: 'Dependant: Aoife Kavanagh (born 2016), PPS No. 3259904SW', value: '3259904SW', note: 'an old W suffix, outside the check' },
      { text: 'Please quote your PPSN 9053716 V on all correspondence.', value: '9053716 V', note: 'spaced, with a context word' },
      { text: 'Employee 4168230LB started on 1 March.', value: '4168230LB', note: 'the one-token form needs no label' },
    ],
    noMatch: [
      { text: 'PPS number 5830194P', note: 'check letter off by one' },
      { text: 'PPSN 2917364GA', note: '2013 format, check letter computed without the A' },
      { text: 'PPS number 1234567T', note: 'the documentation example (deny)' },
      { text: 'PPS number 0000000W', note: 'a filler' },
      { text: 'Batch 9053716 V shipped', note: 'spaced form without a context word' },
      { text: 'ref 45830194O', note: 'eight digits' },
      { text: 'Invoice 5830194o', note: 'lower case' },
      { text: 'code X5830194O', note: 'inside a longer token' },
      { text: 'Company Reg. No. 512774 | VAT IE 5830194O', note: 'a VAT registration number' },
    ],
  },
});
