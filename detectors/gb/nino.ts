import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact } from '../_lib/normalize.js';

/**
 * UK National Insurance number: two prefix letters, six digits, suffix A–D (`AB 12 34 56 C`). No check
 * digit; HMRC's allocation rules are the validation (HMRC NIM39110): neither prefix letter is D, F, I, Q,
 * U or V, the second is not O, and BG, GB, KN, NK, NT, TN and ZZ are never allocated. So QQ 12 34 56 C,
 * HMRC's own example, is not a real number.
 *
 * The letter classes in the patterns already leave out the forbidden letters, so the prefilter only fires
 * on plausible prefixes. Lower-case values (`ab123456c`) are rarer and look like code identifiers, so
 * they need a context word or their own line.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const FIRST = 'A-CEGHJ-PR-TW-Z';
const SECOND = 'A-CEGHJ-NPR-TW-Z';
const NEVER_ALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export default defineDetector({
  id: 'gb.nino',
  name: 'UK National Insurance number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['GB'],
  description: 'UK National Insurance number (AB 12 34 56 C) with HMRC prefix allocation rules.',
  patterns: [
    {
      name: 'upper',
      ...digitToken(`[${FIRST}][${SECOND}][ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[A-D]`),
      score: 0.35,
    },
    {
      name: 'lower',
      ...digitToken(`[${FIRST.toLowerCase()}][${SECOND.toLowerCase()}][ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[a-d]`),
      score: 0.15,
    },
  ],
  context: {
    words: [
      'nino', 'ni number', 'ni no', 'nino number', 'national insurance', 'national insurance number',
      'national insurance no', 'nat ins', 'hmrc',
      '国民保险号', '国民保险号码', '英国国民保险号', '国民保险编号', '英国社保号',
    ],
  },
  columnHints: [
    'nino', 'ni number', 'ni no', 'national insurance number', 'national insurance no', 'national insurance',
    '国民保险号', '国民保险号码', '英国国民保险号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[A-Z]{2}[0-9]{6}[A-D]$/.test(n)) return 'invalid';
    const prefix = n.slice(0, 2);
    if (/[DFIQUV]/.test(prefix) || prefix[1] === 'O' || NEVER_ALLOCATED.has(prefix)) return 'invalid';
    return 'valid';
  },
  // The placeholder printed as the format hint on countless UK forms.
  deny: ['AB123456C'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      'JG 10 37 58 A',
      'CE482913B',
      { text: 'Her National Insurance number is PX 73 52 18 D.', value: 'PX 73 52 18 D' },
      { text: 'Payroll record: NINO=WL602114C, tax code 1257L', value: 'WL602114C' },
      { text: '员工的英国国民保险号为 SE 29 81 44 B。', value: 'SE 29 81 44 B' },
      { text: 'ni number: hk 44 18 93 a', value: 'hk 44 18 93 a', note: 'lower case with context' },
      { text: 'The claimant, reference MA602114D, was paid weekly.', value: 'MA602114D', note: 'no context word: the shape is distinctive' },
    ],
    noMatch: [
      { text: 'QQ 12 34 56 C', note: "HMRC's example: Q is never a prefix letter" },
      { text: 'NINO AB123456C', note: 'form placeholder (deny)' },
      { text: 'NINO GB 12 34 56 A', note: 'GB is never allocated' },
      { text: 'NINO TN 31 12 58 A', note: 'TN marks a temporary number' },
      { text: 'NINO JO 10 37 58 A', note: 'O is never the second letter' },
      { text: 'NINO DA 10 37 58 A', note: 'D is never a prefix letter' },
      { text: 'NINO JG 10 37 58 E', note: 'suffix beyond D' },
      { text: 'NINO JG 10 37 5 A', note: 'five digits' },
      { text: 'XJG103758A', note: 'inside a longer token' },
      { text: 'build hk441893a passed', note: 'lower case without context: a code identifier' },
    ],
  },
});
