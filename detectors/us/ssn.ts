import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit } from '../_lib/normalize.js';

/**
 * US Social Security Number: AAA-GG-SSSS. No check digit; since the 2011 randomisation the only rules are
 * the never-issued blocks: area 000, 666 and 900–999 (the 9xx range is the ITIN's, see us.itin),
 * group 00, serial 0000.
 *
 * The dashed form is distinctive enough to report in prose without a context word; the spaced form needs
 * a little more (a context word or its own line); a bare run of 9 digits is what SINs, TFNs, BSNs, routing
 * numbers and order numbers look like too, and ~89 % of all 9-digit numbers pass the SSN rules, so a bare
 * run is reported only next to a context word (or under an SSN column header), never for standing alone.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'us.ssn',
  name: 'US Social Security Number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['US'],
  description: 'US SSN (AAA-GG-SSSS) outside the never-issued area/group/serial blocks and the published sample numbers.',
  patterns: [
    { name: 'dashed', ...digitToken('[0-9]{3}-[0-9]{2}-[0-9]{4}'), score: 0.35 },
    { name: 'spaced', ...digitToken('[0-9]{3} [0-9]{2} [0-9]{4}', true), score: 0.2 },
    { name: 'bare', ...digitToken('[0-9]{9}'), score: 0.04 },
  ],
  context: {
    words: [
      'ssn', 'ssns', 'ss#', 'ss no', 'social security', 'social security number', 'social security no',
      'soc sec', 'soc. sec.', 'seguro social', 'número de seguro social',
      '社会安全号', '社会安全号码', '社会安全码', '社会保障号', '社保号', '美国社会安全号',
    ],
  },
  columnHints: [
    'ssn', 'social security number', 'social security no', 'social security', 'soc sec no', 'ss number',
    '社会安全号', '社会安全号码', '社保号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[0-9]{9}$/.test(n)) return 'invalid';
    const area = n.slice(0, 3);
    if (area === '000' || area === '666' || area[0] === '9') return 'invalid';
    if (n.slice(3, 5) === '00' || n.slice(5) === '0000') return 'invalid';
    // 111-11-1111 and friends are keyboard fillers, not issued numbers.
    if (isRepeatedDigit(n)) return 'invalid';
    return 'valid';
  },
  // Woolworth wallet card (078-05-1120), SSA pamphlet (219-09-9999), LifeLock advert (457-55-5462) and the
  // universal placeholder 123-45-6789.
  deny: ['078-05-1120', '219-09-9999', '457-55-5462', '123-45-6789'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-ae-1-a', 'ccpa:1798.81.5-d-1-a-i', 'pipl:art4'],
  examples: {
    match: [
      // Shared vector (python-stdnum tests).
      '536-90-4399',
      { text: 'Employee SSN: 412-67-2390, hired in March.', value: '412-67-2390' },
      { text: 'The applicant wrote 287-65-4301 on the second page of the form.', value: '287-65-4301', note: 'dashed form in prose, no context word' },
      { text: '员工的社会安全号码是 301-22-4817，请勿外传。', value: '301-22-4817' },
      { text: 'Social Security Number 601 23 4587', value: '601 23 4587' },
      '219 45 8830',
      { text: 'SSN 601234587 (verified)', value: '601234587', note: 'bare digits with a context word' },
      { text: 'name,ssn\nJane Roe,524-71-3306\nJohn Roe,524-71-3307', value: '524-71-3307' },
    ],
    noMatch: [
      // Published sample / placeholder numbers (also in deny).
      '078-05-1120',
      '219-09-9999',
      '457-55-5462',
      { text: 'SSN: 123-45-6789', note: 'placeholder' },
      // Shared invalid vectors: wrong grouping; area 9xx (ITIN range, and group 93 is no ITIN group either).
      '1112-23333',
      '912-93-4567',
      { text: 'SSN 000-12-3456', note: 'area 000 never issued' },
      { text: 'SSN 666-12-3456', note: 'area 666 never issued' },
      { text: 'SSN 536-00-4399', note: 'group 00' },
      { text: 'SSN 536-90-0000', note: 'serial 0000' },
      { text: 'Call 415-555-2671 for support.', note: 'phone number, 3-3-4' },
      { text: 'Order 1536-90-43990 shipped', note: 'longer digit run' },
      { text: 'ref 536-90-4399-01', note: 'continues with another group' },
      { text: 'lot 7-536-90-4399', note: 'preceded by another group' },
      'x536-90-4399y',
      { text: 'Invoice 536904399 was paid.', note: 'bare 9 digits without context' },
      { text: '536904399', note: 'bare 9 digits on their own line: could be any national number' },
      { text: 'Released on 2023-10-15 at 10:45', note: 'date' },
    ],
  },
});
