import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact } from '../_lib/normalize.js';
import { weightedSum } from '../_lib/weighted.js';

/**
 * Dutch BSN (burgerservicenummer; the former sofinummer): 9 digits passing the "11-proef"
 * (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11). Leading zeros are often dropped (spreadsheets do it), so
 * 8 digits are padded back to 9, as python-stdnum does. The official layout is `1112.22.333`; people also
 * write `1112 22 333`, `111 222 333`, `111.222.333` or `111-222-333`.
 *
 * One random 9-digit number in eleven passes the 11-proef, the same run is also a candidate SSN, SIN,
 * TFN or routing number, so a bare run is reported only on its own line or next to a context word
 * (BSN, burgerservicenummer, 公民服务号 …); an 8-digit run only with a context word or column hint.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

export default defineDetector({
  id: 'nl.bsn',
  name: 'Dutch BSN (burgerservicenummer)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['NL'],
  description: 'Dutch citizen service number (BSN / sofinummer): 9 digits, 11-proef; 1112.22.333 layout.',
  patterns: [
    { name: 'dotted', ...digitToken('[0-9]{4}\\.[0-9]{2}\\.[0-9]{3}'), score: 0.3 },
    // 123 456 789, 123.456.789, 123-456-789 and the official grouping with spaces or dashes. Separators at
    // arbitrary places (`1 2345 6789`) are left out: that pattern fires on every spaced digit run (phone and
    // card numbers) and cost about 6 % of total scan throughput for a layout nobody uses.
    {
      name: 'separated',
      ...digitToken('(?:[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3}|[0-9]{4}[ -][0-9]{2}[ -][0-9]{3})', true),
      score: 0.18,
    },
    { name: 'bare', ...digitToken('[0-9]{9}'), score: 0.18 },
    // Leading zero dropped: eight digits say nothing alone, so this needs a context word or column hint.
    { name: 'bare8', ...digitToken('[0-9]{8}'), score: 0.04 },
  ],
  context: {
    words: [
      'bsn', 'bsn-nummer', 'bsn nummer', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi-nummer',
      'sofi nummer', 'citizen service number', 'dutch citizen service number', 'dutch national id',
      // The BSN is the Netherlands' national identification number: forms and HR exports call it that.
      'national id', 'national id number', 'national identification number', 'national identity number',
      '公民服务号', '荷兰公民服务号', '公民服务号码', '荷兰身份证号', '荷兰税号',
    ],
  },
  columnHints: [
    'bsn', 'bsn nummer', 'burgerservicenummer', 'sofinummer', 'sofi nummer', 'citizen service number',
    'national id', 'national id number', 'national identification number',
    '公民服务号', '荷兰公民服务号',
  ],
  normalize(raw: string) {
    const n = compact(raw);
    return n.length === 8 ? `0${n}` : n;
  },
  validate(n: string) {
    if (!/^[0-9]{9}$/.test(n) || n === '000000000') return 'invalid';
    return weightedSum(n, WEIGHTS) % 11 === 0 ? 'valid' : 'invalid';
  },
  // The example number of the BSN's own documentation and of nearly every test suite.
  deny: ['123456782'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation value, official layout.
      '1112.22.333',
      // Synthetic: check digits computed with the 11-proef.
      '2345.67.892',
      '345 678 904',
      { text: 'BSN: 456789017, geboren te Utrecht.', value: '456789017' },
      { text: 'The client’s burgerservicenummer is 567-890-120 according to the intake form.', value: '567-890-120' },
      { text: '该荷兰员工的公民服务号（BSN）为 678901235。', value: '678901235' },
      { text: 'sofinummer 12345672 (voorloopnul weggevallen)', value: '12345672' },
      '678901235',
      { text: 'Country: NL, national ID 503839073, employee since 2023', value: '503839073', note: 'the BSN called by what it is' },
    ],
    noMatch: [
      // python-stdnum: 11-proef fails.
      '1112.52.333',
      { text: 'BSN 123456782', note: 'documentation example number' },
      { text: 'BSN 456789016', note: '11-proef fails' },
      { text: 'Order 456789017 shipped today.', note: 'bare 9 digits in prose without a context word' },
      { text: 'BSN 000000000', note: 'all zeros' },
      { text: 'BSN x456789017y', note: 'inside a longer token' },
      { text: 'BSN 4567890171', note: 'ten digits' },
      { text: 'Reference 12345672 was archived.', note: 'eight digits need a context word' },
      { text: '12345672', note: 'eight digits alone on a line are not enough either' },
      { text: 'BSN 456.789.017.5', note: 'longer dotted number' },
    ],
  },
});
