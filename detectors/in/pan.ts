import { defineDetector } from '../../src/types.js';
import { compact } from '../_lib/normalize.js';

/**
 * Indian PAN (Permanent Account Number, Income-tax Act s. 139A): 5 letters, 4 digits, 1 letter. The 4th
 * letter is the holder type (P individual, C company, H Hindu undivided family, F firm/LLP, A association
 * of persons, T trust, B body of individuals, L local authority, J artificial juridical person,
 * G government, K krish), the 5th the initial of the surname or name, the digits a serial 0001-9999. The
 * last letter is a check character whose algorithm is not published, so validate() can only confirm the
 * structure and answers 'unknown', never 'valid'.
 *
 * All holder types are reported, under the one restricted level: a tax identifier is a §1798.81.5(d)(1)(A)(ii)
 * element, an HUF, AOP or BOI PAN names a family or group of individuals, a firm's PAN is often a
 * proprietor's or partners', and the detector cannot set a per-match level. What differs is how sure we are
 * that the value is about a person, so an individual's PAN (P) starts higher and is reported on its own
 * line or next to a context word, while other holder types start lower and are reported on their own line
 * (a list or a PAN column) or with a context word, not bare in prose.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const HOLDER_TYPES = 'PCHFATBLJGK';

export default defineDetector({
  id: 'in.pan',
  name: 'Indian PAN (Permanent Account Number)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['IN'],
  description: 'Indian income-tax PAN: AAAAA9999A with a valid holder-type letter and a non-zero serial.',
  patterns: [
    { name: 'individual', regex: '\\b[A-Z]{3}P[A-Z][0-9]{4}[A-Z]\\b', score: 0.45 },
    { name: 'other-holder', regex: '\\b[A-Z]{3}[CHFATBLJGK][A-Z][0-9]{4}[A-Z]\\b', score: 0.35 },
    { name: 'lower-case', regex: '\\b[a-z]{3}[pchfatbljgk][a-z][0-9]{4}[a-z]\\b', score: 0.35 },
  ],
  context: {
    words: [
      'pan', 'pan no', 'pan number', 'pan card', 'permanent account number', 'income tax pan', 'tax id',
      'पैन', 'पैन नंबर', 'पैन कार्ड', 'स्थायी खाता संख्या',
      '印度税号', '永久账号', '永久账户号码', '印度永久账号', '税号',
    ],
  },
  columnHints: [
    'pan', 'pan no', 'pan number', 'pan card', 'pan card no', 'permanent account number', 'income tax pan',
    'पैन नंबर', '印度税号', '永久账号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[A-Z]{5}[0-9]{4}[A-Z]$/.test(n)) return 'invalid';
    if (!HOLDER_TYPES.includes(n[3])) return 'invalid';
    if (n.slice(5, 9) === '0000') return 'invalid';
    return 'unknown';
  },
  // The example PAN of the Wikipedia article and many form guides.
  deny: ['AAAPL1234C'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation values: an individual and a firm.
      'ACUPA7085R',
      'AAKFD7113K',
      // Synthetic.
      'BKRPS4821M',
      { text: 'PAN: DQXPM6034L (as per Form 16)', value: 'DQXPM6034L' },
      { text: 'The vendor’s PAN number is AJTCS9130E for the invoice.', value: 'AJTCS9130E' },
      { text: 'पैन नंबर: FGHPK2207N', value: 'FGHPK2207N' },
      { text: '该印度客户的永久账号（PAN）为 CMLPR5566B。', value: 'CMLPR5566B' },
    ],
    noMatch: [
      // python-stdnum: eleven characters; X is not a holder type.
      'ACUPA7085RR',
      'ABMXA3211G',
      { text: 'PAN AAAPL1234C', note: 'published example PAN' },
      { text: 'PAN ABMPA32111', note: 'last character must be a letter' },
      { text: 'PAN ABMPA0000G', note: 'serial 0000 is never issued' },
      { text: 'PAN XACUPA7085R', note: 'inside a longer token' },
      { text: 'Part number ABCPD1234E7 was reordered.', note: 'followed by a digit' },
      { text: 'Shipment DQXPM6034L left the depot.', note: 'individual-shaped code in prose without a context word' },
    ],
  },
});
