import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { digitsOnly, isRepeatedDigit } from '../_lib/normalize.js';

/**
 * Japanese Individual Number (マイナンバー, 個人番号): 11 digits and a check digit defined by the Ministry of
 * Internal Affairs and Communications' ordinance on individual numbers: with P_n the n-th digit from the right of
 * the 11-digit body and Q_n = n + 1 (n ≤ 6) or n − 5 (n ≥ 7), r = Σ P_n·Q_n mod 11 and the check digit is
 * 0 when r ≤ 1, else 11 − r. Printed on the card as 1234 5678 9012.
 * Twelve bare digits with a mod 11 check are common (order and account numbers), so a match needs a context
 * word, a My Number column, or its own line.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

function checkDigit(body: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = body.charCodeAt(11 - n) - 48;
    sum += p * (n <= 6 ? n + 1 : n - 5);
  }
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

export default defineDetector({
  id: 'jp.my_number',
  name: 'Japanese Individual Number (My Number)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['JP'],
  description: 'Japanese My Number (個人番号): 12 digits with its mod 11 check digit, next to a context word.',
  patterns: [
    { name: 'compact', ...digitToken('[0-9]{12}'), score: 0.15 },
    { name: 'grouped', ...digitToken('[0-9]{4}[ -][0-9]{4}[ -][0-9]{4}', true), score: 0.15 },
  ],
  context: {
    words: [
      'マイナンバー', '個人番号', 'マイナンバーカード', '個人番号カード', '個人番号通知', '通知カード',
      'my number', 'mynumber', 'individual number', 'japanese id',
      '个人编号', '个人番号', '日本个人编号',
    ],
  },
  columnHints: ['マイナンバー', '個人番号', 'my number', 'mynumber', 'individual number', 'kojin bango', '个人编号'],
  normalize: (raw: string) => digitsOnly(raw),
  validate(n: string) {
    if (!/^[0-9]{12}$/.test(n) || isRepeatedDigit(n)) return 'invalid';
    return checkDigit(n) === n.charCodeAt(11) - 48 ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Shared vector (python-stdnum tests).
      '6214 9832 0257',
      // Synthetic numbers; check digits computed.
      '382019475603',
      { text: 'マイナンバー：1029 3847 5617', value: '1029 3847 5617' },
      { text: '従業員の個人番号 550283917460 を源泉徴収票に記載する。', value: '550283917460' },
      { text: 'Employee my number: 7392-0184-6523', value: '7392-0184-6523' },
      { text: '日本员工的个人编号 204819374656 已收集', value: '204819374656' },
    ],
    noMatch: [
      // Shared mutated / invalid vectors.
      '6224 9832 0257',
      '6214 9832 0258',
      { text: 'Order 382019475603 shipped on Monday', note: 'valid check digit, but bare digits in prose' },
      { text: 'マイナンバー 000000000000', note: 'repeated digit' },
      { text: 'マイナンバー 38201947560', note: '11 digits' },
      { text: 'マイナンバー 3820194756031', note: '13 digits' },
      { text: 'マイナンバー 1382019475603', note: 'inside a longer digit run' },
    ],
  },
});
