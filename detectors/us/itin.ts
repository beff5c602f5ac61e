import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit } from '../_lib/normalize.js';

/**
 * US Individual Taxpayer Identification Number: 9XX-GG-SSSS, issued by the IRS to people who cannot get an
 * SSN. No check digit; the area always starts with 9 and the group lies in 50–65, 70–88, 90–92 or 94–99
 * (IRS ITIN ranges, as python-stdnum checks them). Holding an ITIN implies not being SSN-eligible, which
 * can reveal immigration status (CCPA §1798.140(ae)(1)(D)).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

function groupAllowed(g: number): boolean {
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export default defineDetector({
  id: 'us.itin',
  name: 'US Individual Taxpayer Identification Number (ITIN)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['US'],
  description: 'US ITIN (9XX-GG-SSSS) with a group in the IRS-assigned ranges.',
  patterns: [
    { name: 'dashed', ...digitToken('9[0-9]{2}-[0-9]{2}-[0-9]{4}'), score: 0.35 },
    { name: 'spaced', ...digitToken('9[0-9]{2} [0-9]{2} [0-9]{4}', true), score: 0.2 },
    // A bare 9-digit run starting with 9 is just as often a SIN, TFN or order number: context only.
    { name: 'bare', ...digitToken('9[0-9]{8}'), score: 0.04 },
  ],
  context: {
    words: [
      'itin', 'itins', 'individual taxpayer identification number', 'taxpayer identification number',
      'taxpayer identification', 'tin', 'tax id', 'w-7',
      '个人纳税人识别号', '纳税人识别号', '个人税号', '美国个人税号', '报税号',
    ],
  },
  columnHints: [
    'itin', 'itin number', 'individual taxpayer identification number', 'taxpayer identification number',
    '个人纳税人识别号', '纳税人识别号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^9[0-9]{8}$/.test(n)) return 'invalid';
    if (!groupAllowed(Number(n.slice(3, 5)))) return 'invalid';
    if (isRepeatedDigit(n)) return 'invalid';
    return 'valid';
  },
  legal: [
    'gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.140-ae-1-d', 'ccpa:1798.81.5-d-1-a-ii',
    'pipl:art4',
  ],
  examples: {
    match: [
      '923-56-7812',
      { text: 'ITIN: 971-84-2206 (issued after the W-7 was approved)', value: '971-84-2206' },
      { text: 'The return was filed under 900-70-3345 last April.', value: '900-70-3345', note: 'dashed form in prose, no context word' },
      { text: '纳税人识别号 945-92-1178 已登记。', value: '945-92-1178' },
      '988 99 4410',
      { text: 'Individual taxpayer identification number 965501234', value: '965501234' },
    ],
    noMatch: [
      // Shared invalid vectors: wrong grouping; group 93 was never assigned.
      '9129-03456',
      '912-93-4567',
      { text: 'ITIN 923-45-7812', note: 'group 45 lies outside the ITIN ranges' },
      { text: 'ITIN 923-89-7812', note: 'group 89 lies outside the ITIN ranges' },
      { text: 'ITIN 823-56-7812', note: 'area does not start with 9 (that is an SSN shape)' },
      { text: 'ITIN 999-99-9999', note: 'filler' },
      { text: 'ref 923-56-7812-4', note: 'continues with another group' },
      { text: 'Order 1923-56-78120 shipped', note: 'longer digit run' },
      { text: 'Ticket 965501234 closed', note: 'bare digits without context' },
      'a923-56-7812',
    ],
  },
});
