import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * PRC passport numbers (护照号码). No check digit exists, so the shape carries the evidence:
 * - ordinary e-passport (2012–): E + 8 digits; since April 2017, when that range ran out, E + a letter
 *   (I and O excluded, as announced by the Exit-Entry Administration) + 7 digits;
 * - ordinary passport without chip (until 2012, now expired but still on file): G + 8 digits;
 * - passports for official use, issued by the Ministry of Foreign Affairs: diplomatic DE + 7 digits,
 *   service SE + 7 digits, public-affairs ordinary PE + 7 digits, and their pre-chip forms S + 8 digits
 *   and D/S/P (optionally with a dot) + 7 digits.
 * Only the E shapes are distinctive enough to pass as a standalone list entry; everything else needs a
 * passport context word.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const SHAPE = /^(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8}|[DSP]E[0-9]{7}|S[0-9]{8}|[DSP][0-9]{7})$/;

export default defineDetector({
  id: 'cn.passport',
  name: 'PRC passport number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['CN'],
  description: 'PRC passport number (E/G ordinary, DE/SE/PE official); no checksum, so the E shapes need their own line and the rest a context word.',
  patterns: [
    // 0.45: still short of reporting in prose without a context word, but with one it is clearly stronger than
    // us.passport's letter + 8 digits, which every E-number also fits (护照号：E12345678 is a PRC passport).
    { name: 'e-ordinary', ...digitToken('E(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})'), score: 0.45 },
    // 0.3: as us.passport's letter + 8 digits, so a G-number under a passport label is reported as both, ambiguous.
    { name: 'g-ordinary', ...digitToken('G[0-9]{8}'), score: 0.3 },
    { name: 'official', ...digitToken('(?:[DSP]E[0-9]{7}|S[0-9]{8}|[DSP]\\.?[0-9]{7})'), score: 0.2 },
  ],
  context: {
    words: [
      '护照', '护照号', '护照号码', '护照编号', '中国护照', '因私护照', '因公护照', '外交护照', '公务护照', '普通护照',
      'passport', 'passport no', 'passport number', 'chinese passport', 'prc passport', 'travel document',
    ],
    before: 64,
  },
  columnHints: [
    '护照', '护照号', '护照号码', '护照编号', 'passport', 'passport no', 'passport number', 'passport num', 'passport id', 'hzhm',
  ],
  columnHintExcludes: [
    'passport expiry', 'passport expiry date', 'passport issue date', 'passport country', 'passport type', '护照有效期', '护照签发日期',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!SHAPE.test(n)) return 'invalid';
    // Placeholders typed into forms: E00000000, E12345678, G87654321.
    const digits = n.replace(/^[A-Z]+/, '');
    if (isRepeatedDigit(digits) || isSequentialDigits(digits)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-ae-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      { text: '护照号：E17380334，有效期至2026/10/08', value: 'E17380334', note: 'must outscore us.passport (see test/detectors/eval-regressions.test.ts)' },
      // Synthetic numbers (no checksum exists).
      'E38291047',
      'EH4829103',
      { text: '护照号码：E58203914', value: 'E58203914' },
      { text: '旅客王五，护照号 EK7302918，航班 CA981。', value: 'EK7302918' },
      { text: 'Passport No. G28104937 (expired)', value: 'G28104937' },
      { text: 'The delegate travels on diplomatic passport DE2810394.', value: 'DE2810394' },
      { text: '公务护照 SE4039182', value: 'SE4039182' },
      { text: 'Chinese passport EJ3920187 expires 2030-04-01.', value: 'EJ3920187' },
    ],
    noMatch: [
      { text: 'E12345678', note: 'sequential placeholder' },
      { text: '护照 E00000000', note: 'repeated-digit placeholder' },
      { text: 'Error code E10293847 raised in module loader', note: 'E shape in prose without context' },
      { text: 'G28104937', note: 'pre-chip shape alone: needs a context word' },
      { text: '护照 EI3920187', note: 'I is never used as the second letter' },
      { text: 'passport E1029384', note: 'too short' },
      { text: 'passport E382910471', note: 'too long' },
      { text: 'passport xE38291047', note: 'inside a longer token' },
    ],
  },
});
