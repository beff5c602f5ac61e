import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { luhnValid } from '../_lib/luhn.js';
import { compact } from '../_lib/normalize.js';

/**
 * Canadian Social Insurance Number: 9 digits with a Luhn check digit, written 3-3-3. The first digit is
 * the region of issue (1–7), 9 for temporary residents; 0 is never issued (046 454 286, Service Canada's
 * sample, starts with it) and 8 is reserved for business numbers.
 *
 * Luhn passes one 9-digit number in ten, and 3-3-3 is also how reference, case and confirmation numbers are
 * grouped ("confirmation 144-045-101"), so both the separated form and a bare run need a context word or a
 * line of their own.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'ca.sin',
  name: 'Canadian Social Insurance Number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['CA'],
  description: 'Canadian SIN: 9 digits, Luhn, first digit not 0 or 8 (123-456-782, 123 456 782).',
  patterns: [
    { name: 'grouped', ...digitToken('[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}', true), score: 0.18 },
    { name: 'bare', ...digitToken('[0-9]{9}'), score: 0.18 },
  ],
  context: {
    words: [
      'sin', 'sin number', 'sin no', 'social insurance', 'social insurance number', 'social insurance no',
      'nas', "numéro d'assurance sociale", 'numéro d’assurance sociale', 'numero d assurance sociale',
      'assurance sociale', 't4', 't4 slip',
      '社会保险号', '社会保险号码', '加拿大社会保险号', '社会保险编号',
    ],
  },
  columnHints: [
    'sin', 'sin number', 'sin no', 'social insurance number', 'social insurance no', 'nas',
    'numero d assurance sociale', '社会保险号', '社会保险号码',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[0-9]{9}$/.test(n)) return 'invalid';
    if (n[0] === '0' || n[0] === '8') return 'invalid';
    return luhnValid(n) ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Shared vector (python-stdnum tests).
      '123-456-782',
      '255 879 223',
      { text: 'Please confirm your SIN: 437 597 594 before payroll runs.', value: '437 597 594' },
      { text: "Numéro d'assurance sociale : 358-437-887", value: '358-437-887' },
      { text: '员工的加拿大社会保险号是 223016825。', value: '223016825' },
      { text: 'The T4 slip lists 421-669-920 for the employee.', value: '421-669-920', note: 'separated form next to the T4 (the slip that carries the SIN)' },
      '518336185',
    ],
    noMatch: [
      { text: 'Dinner is booked, confirmation 421-669-920.', note: 'a 3-3-3 reference number that happens to pass Luhn' },
      // Shared vectors: mutated check digit; not Luhn; first digit 8.
      '123-456-882',
      '999-999-999',
      '823456785',
      { text: 'SIN 046 454 286', note: "Service Canada's sample: first digit 0 is never issued" },
      { text: 'SIN 255 879 224', note: 'check digit off by one' },
      { text: 'SIN 255 879 2230', note: 'longer run' },
      { text: 'Order 255879223 shipped', note: 'bare digits in prose without context' },
      { text: 'ref 255-879-223-1', note: 'continues with another group' },
      'x255879223y',
    ],
  },
});
