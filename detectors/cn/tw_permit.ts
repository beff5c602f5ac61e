import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * 台湾居民来往大陆通行证 (Mainland Travel Permit for Taiwan Residents, 台胞证): the document Taiwan residents travel,
 * stay, check into hotels and open bank accounts with on the mainland, so hotel, airline and bank records hold it
 * beside the 回乡证 of Hong Kong and Macao residents. The holder keeps one 8-digit number for life; the card
 * (since 2015) and the old booklet print the issue count after it, in brackets or run on (`08213946(01)`,
 * `0821394601`). No check digit and a common shape, so every match needs a permit word.
 *
 * A government identifier: GDPR Art. 4(1) and Art. 87, CCPA §1798.140(v)(1)(A) and a §1798.81.5(d)(1)(A)(ii)
 * breach element, PIPL Art. 4: restricted, as the Hong Kong and Macao permits (cn.hk_macau_permit).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'cn.tw_permit',
  name: 'Mainland travel permit for Taiwan residents (台胞证) number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['CN', 'TW'],
  description: '台湾居民来往大陆通行证 / 台胞证 numbers (8 digits, with the issue count) next to a permit word.',
  patterns: [
    { name: 'number', ...digitToken('[0-9]{8}(?:[0-9]{2})?'), score: 0.2 },
    // The issue count in brackets ends the token itself (no word boundary after a bracket at the line's end).
    { name: 'with-count', regex: '[0-9]{8}[(（][0-9]{2}[)）]', guard: 'number', score: 0.2 },
  ],
  context: {
    words: [
      '台胞证', '台胞证号', '台胞证号码', '台湾居民来往大陆通行证', '台湾同胞来往大陆通行证', '来往大陆通行证', '大陆通行证',
      'mtp', 'taiwan compatriot permit', 'mainland travel permit for taiwan residents', 'taiwan compatriot',
    ],
    before: 64,
  },
  columnHints: ['台胞证', '台胞证号', '台胞证号码', '台湾居民来往大陆通行证', '来往大陆通行证', 'taiwan compatriot permit', 'mtp no'],
  columnHintExcludes: ['台胞证有效期', '台胞证签发日期'],
  normalize: (raw: string) => compact(raw.normalize('NFKC').replace(/[()]/g, '')),
  validate(n: string) {
    if (!/^[0-9]{8}(?:[0-9]{2})?$/.test(n)) return 'invalid';
    const number = n.slice(0, 8);
    if (isRepeatedDigit(number) || isSequentialDigits(number)) return 'invalid';
    // A date written as digits (20240512) after the word is when, not who.
    if (/^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$/.test(number)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic numbers (no checksum exists).
      { text: '台胞证号码：08213946', value: '08213946' },
      { text: '證件：台胞證 05829137（換證次數 02）', value: '05829137', note: 'traditional script' },
      { text: '台湾居民来往大陆通行证 10392847(01)', value: '10392847(01)', note: 'the issue count in brackets' },
      { text: '旅客林先生，台胞证 0731829401，入住 1806 房', value: '0731829401', note: 'the issue count run on' },
      { text: 'Mainland Travel Permit for Taiwan Residents: 09182736', value: '09182736' },
    ],
    noMatch: [
      { text: '08213946', note: 'no permit word' },
      { text: '台胞证 12345678', note: 'an ascending filler' },
      { text: '台胞证 00000000', note: 'a repeated filler' },
      { text: '台胞证办理日期 20240512', note: 'a date' },
      { text: '台胞证 0821394', note: 'seven digits' },
      { text: '台胞证 082139460123', note: 'twelve digits' },
      { text: '订单号 08213946 已发货', note: 'an order number' },
    ],
  },
});
