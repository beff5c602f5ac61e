import { defineDetector } from '../src/types.js';
import { luhnValid } from './_lib/luhn.js';
import { digitsOnly } from './_lib/normalize.js';

/**
 * International Mobile Equipment Identity (3GPP TS 23.003 §6.2): TAC (8 digits) + serial (6) + one Luhn
 * check digit = 15 digits. IMEISV replaces the check digit by a 2-digit software version (16 digits), and
 * the 14-digit form without check digit is common in network logs; both carry no checksum, so they are
 * 'unknown' and rely on their grouping, a standalone line or a context word.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// First two TAC digits = Reporting Body Identifier (GSMA TS.06 Appendix A), current and former bodies.
// 00 and 02-09 are test IMEIs; everything else is unallocated, which rules out most random digit runs
// (timestamps start 19/20, Chinese mobile numbers 1x).
const REPORTING_BODIES = new Set([
  '01', '10', '30', '33', '35', '44', '45', '49', '50', '51', '52', '53', '54', '86', '91', '98', '99',
]);

export default defineDetector({
  id: 'imei',
  name: 'IMEI (mobile device identity)',
  category: 'online_id',
  sensitivity: 'confidential',
  description: 'Mobile handset IMEI (15 digits, Luhn), IMEISV and check-digit-less 14-digit IMEI with a valid reporting-body prefix.',
  patterns: [
    // 35-209900-176148-1 (RBI-model-serial-check) and the 14/16-digit variants; 35209900-176148-1 (TAC-serial-check).
    { name: 'grouped', regex: '\\b[0-9]{2}[ \\-][0-9]{6}[ \\-][0-9]{6}(?:[ \\-][0-9]{1,2})?\\b', score: 0.35 },
    { name: 'tac-grouped', regex: '\\b[0-9]{8}[ \\-][0-9]{6}[ \\-][0-9]{1,2}\\b', score: 0.35 },
    // A bare 15-digit run passes Luhn one time in ten, so in prose it needs a context word or its own line.
    { name: 'bare15', regex: '\\b[0-9]{15}\\b', score: 0.15 },
    { name: 'bare14', regex: '\\b[0-9]{14}\\b', score: 0.35 },
    // 16 bare digits is far more often a card number: only with a context word.
    { name: 'bare16', regex: '\\b[0-9]{16}\\b', score: 0.2 },
  ],
  context: {
    words: [
      'imei', 'imeisv', 'imei number', 'imei no', 'handset', 'device id', 'mobile equipment identity',
      '设备号', '串号', '手机串号', '国际移动设备识别码', '移动设备识别码', '设备识别码',
    ],
  },
  columnHints: ['imei', 'imei number', 'imei no', 'imeisv', 'imei 1', 'imei 2', 'device imei', '串号', '手机串号', '设备号', '国际移动设备识别码'],
  normalize: (raw: string) => digitsOnly(raw),
  validate(n: string) {
    if (n.length < 14 || n.length > 16) return 'invalid';
    if (!REPORTING_BODIES.has(n.slice(0, 2))) return 'invalid';
    if (n.length === 15) return luhnValid(n) ? 'valid' : 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:recital30', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      // Shared vectors (python-stdnum tests): IMEISV with dashes, 14-digit IMEI with dashes.
      '35-209900-176148-23',
      '49-015420-323751',
      // Synthetic: TAC 35123456 / 86012345 / 86401203, Luhn check digit computed.
      '351234567890124',
      { text: 'IMEI: 35 123456 789012 4', value: '35 123456 789012 4' },
      { text: 'Customer reported the phone stolen, IMEI 860123456789014, on 3 May.', value: '860123456789014' },
      { text: '手机串号：864012032177883，请核对。', value: '864012032177883' },
      { text: 'IMEISV 3520990017614823 (software version 23)', value: '3520990017614823' },
      { text: 'imei=35209900-176148-1', value: '35209900-176148-1' },
    ],
    noMatch: [
      // Shared mutated vectors: one digit changed, Luhn fails.
      '35-209910-176148-1',
      '354179036859789',
      { text: 'IMEI 351234567890125', note: 'check digit off by one' },
      { text: 'IMEI 001234567890128', note: 'RBI 00 is reserved for test IMEIs' },
      { text: '202405121230459', note: 'Luhn-valid but no reporting body starts with 20' },
      { text: 'Invoice reference 490154203237518 was paid in full.', note: 'bare 15 digits in prose without context' },
      { text: '3512345678901245', note: '16 bare digits without context (card-number shaped)' },
      'x351234567890124y',
      { text: 'Ticket 3512345678901240123 closed', note: 'longer digit run' },
    ],
  },
});
