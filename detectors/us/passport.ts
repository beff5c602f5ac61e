import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';
import { UK_PASSPORT_CUES } from '../_lib/passport-country.js';

/**
 * US passport book and passport card numbers: 9 digits (books issued before 2021), or one letter and 8
 * digits (next-generation books; passport cards start with C). There is no check digit and the shape is
 * that of any 9-digit number, so a match is reported only next to a context word or under a passport
 * column header (`requireContext`).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'us.passport',
  name: 'US passport number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['US'],
  description: 'US passport book / card number (9 digits or letter + 8 digits) next to a passport context word.',
  patterns: [
    { name: 'letter-digits', ...digitToken('[A-Z][0-9]{8}'), score: 0.3 },
    { name: 'digits', ...digitToken('[0-9]{9}'), score: 0.3 },
  ],
  requireContext: true,
  context: {
    words: [
      'passport', 'passports', 'passport no', 'passport number', 'passport card', 'passport book',
      'pasaporte', 'travel document',
      '护照', '护照号', '护照号码', '护照编号', '美国护照',
    ],
    // A passport word says passport, not which country's: a UK passport number is 9 digits too. A word naming
    // the United Kingdom as the issuer on the value's line (`British passport number`, `GBR` in a nationality
    // column) makes it gb.passport's.
    negative: [...UK_PASSPORT_CUES, '英国护照', '英国护照号码'],
    before: 64,
  },
  columnHints: [
    'passport', 'passport no', 'passport number', 'passport num', 'passport id', 'passport card number',
    '护照', '护照号', '护照号码', '护照编号',
  ],
  columnHintExcludes: [
    'passport expiry', 'passport expiry date', 'passport expiration', 'passport expiration date',
    'passport issue date', 'passport country', 'passport photo', 'passport type', '护照有效期', '护照签发日期',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^(?:[A-Z][0-9]{8}|[0-9]{9})$/.test(n)) return 'invalid';
    const digits = n.length === 9 && n[0] >= 'A' ? n.slice(1) : n;
    // Placeholders typed into forms: 000000000, 123456789, C12345678.
    if (isRepeatedDigit(digits) || isSequentialDigits(digits)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-ae-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      { text: 'Passport No. 531209874', value: '531209874' },
      { text: 'US passport number A48213977, expires 2031-05-01.', value: 'A48213977' },
      { text: 'passport card C27439105 presented at the border', value: 'C27439105' },
      { text: '护照号码：583104627', value: '583104627' },
      { text: '美国护照 N03005988 已过期。', value: 'N03005988' },
      { text: 'Passport number:\n531209874', value: '531209874', note: 'label on the line above the value' },
    ],
    noMatch: [
      { text: 'Order 531209874 shipped', note: 'no passport context' },
      { text: 'A48213977', note: 'no context: the shape alone proves nothing' },
      { text: 'passport 123456789', note: 'sequential placeholder' },
      { text: 'passport 000000000', note: 'repeated-digit placeholder' },
      { text: 'passport C12345678', note: 'sequential placeholder after the card letter' },
      { text: 'passport 53120987', note: '8 digits' },
      { text: 'passport 5312098741', note: '10 digits' },
      { text: 'passport AB48213977', note: 'two letters' },
      { text: 'passport x531209874y', note: 'inside a longer token' },
      // Found by scanning realistic documents (/work/data/intl-docs): UK passports; gb.passport reports them.
      { text: 'British passport number 548213376, expires 09 Oct 2031.', note: 'a British passport' },
      { text: 'PASSENGERS   NATIONALITY  PASSPORT\n1. PRESCOTT/ELEANOR JOAN MRS   GBR   548213376', note: 'GBR nationality on the row' },
      { text: 'Passport issued by HM Passport Office, number 531874402', note: 'the UK issuing office' },
    ],
  },
});
