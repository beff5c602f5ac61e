import { defineDetector } from '../src/types.js';
import { cardBrand } from './_lib/card-iin.js';
import { digitToken } from './_lib/digit-token.js';
import { luhnValid } from './_lib/luhn.js';
import { digitsOnly, isRepeatedDigit } from './_lib/normalize.js';

/**
 * Payment card number (PAN, ISO/IEC 7812): Visa, Mastercard (51-55, 2221-2720), American Express, Discover,
 * JCB, Diners Club, Maestro, UnionPay (incl. 19-digit debit), Mir, RuPay. A candidate must pass Luhn AND fall
 * in a brand's IIN range with a length that brand issues, which rejects nine in ten random digit runs by Luhn
 * and most of the rest by IIN/length.
 *
 * Published test PANs (4111 1111 1111 1111, 5555 5555 5555 4444, 378282246310005 …) are deliberately NOT
 * denied: fixtures and staging dumps use them, and a scanner that hides them would miss exactly the files
 * that show where card data flows.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Separate patterns per grouping: the engine resolves overlaps in favour of the longer validated span, so
// "4111 1111 1111 1111 123" (PAN + CVV) keeps the 16-digit PAN while a 19-digit UnionPay PAN written
// 4-4-4-4-3 still wins over its own 16-digit prefix.
const G = '[ \\-]';

export default defineDetector({
  id: 'credit_card',
  name: 'Payment card number (PAN)',
  category: 'financial',
  sensitivity: 'restricted',
  description: 'Payment card numbers of the major brands: Luhn check, IIN range and brand length; grouped or bare.',
  patterns: [
    { name: 'grouped-4x4', ...digitToken(`[2-6][0-9]{3}(?:${G}[0-9]{4}){2}${G}[0-9]{1,4}`), score: 0.5 },
    { name: 'grouped-19', ...digitToken(`[2-6][0-9]{3}(?:${G}[0-9]{4}){3}${G}[0-9]{1,3}`), score: 0.5 },
    // American Express 4-6-5 and Diners Club 4-6-4.
    { name: 'grouped-4-6-5', ...digitToken(`3[0-9]{3}${G}[0-9]{6}${G}[0-9]{4,5}`), score: 0.5 },
    { name: 'bare', ...digitToken('[2-6][0-9]{11,18}'), score: 0.35 },
  ],
  context: {
    words: [
      'card', 'credit card', 'debit card', 'card number', 'card no', 'cc', 'ccn', 'pan', 'visa', 'mastercard',
      'amex', 'american express', 'discover', 'jcb', 'diners', 'maestro', 'unionpay', 'payment',
      '卡号', '信用卡', '银行卡', '借记卡', '储蓄卡', '银联', '信用卡号', '银行卡号',
    ],
    // Other long Luhn-checked or arbitrary numbers: device ids, SIM serials, shipment and order references.
    negative: ['imei', 'iccid', 'tracking', 'order', 'invoice', 'serial', 'sku', '订单', '订单号', '单号', '快递单号', '串号'],
  },
  columnHints: [
    'card number', 'card no', 'card num', 'credit card', 'credit card number', 'cc number', 'ccn', 'pan',
    'debit card', 'payment card', '卡号', '信用卡', '信用卡号', '银行卡', '银行卡号', '借记卡号',
  ],
  columnHintExcludes: ['id card', 'id card no', 'card type', 'card holder', 'card expiry', 'sim card'],
  normalize: (raw: string) => digitsOnly(raw),
  validate(n: string) {
    if (isRepeatedDigit(n)) return 'invalid';
    if (!luhnValid(n)) return 'invalid';
    return cardBrand(n) ? 'valid' : 'invalid';
  },
  legal: [
    'gdpr:art4-1',
    'gdpr:recital75',
    'gdpr:art32',
    'ccpa:1798.140-v-1-a',
    'ccpa:1798.140-ae-1-b',
    'ccpa:1798.81.5-d-1-a-iii',
    'ccpa:1798.150',
    'pipl:art28',
  ],
  examples: {
    match: [
      // Published test PANs (card networks' and payment processors' test numbers).
      '4111 1111 1111 1111',
      '5555-5555-5555-4444',
      '378282246310005',
      '3782 822463 10005',
      '6011111111111117',
      '2223003122003222',
      '3530111333300000',
      '30569309025904',
      { text: 'UnionPay 19-digit: 6205 5000 0000 0000 004', value: '6205 5000 0000 0000 004' },
      { text: 'Please charge card 4000056655665556 for the renewal.', value: '4000056655665556' },
      { text: 'Card: 4111 1111 1111 1111 123 (CVV follows the number)', value: '4111 1111 1111 1111' },
      { text: '客户信用卡号：5200828282828210，有效期 12/28。', value: '5200828282828210' },
      { text: '银联卡号6200000000000005已冻结', value: '6200000000000005' },
    ],
    noMatch: [
      { text: '4111 1111 1111 1112', note: 'Luhn fails (last digit changed)' },
      { text: '5555555555554445', note: 'Luhn fails' },
      { text: '378282246310006', note: 'Amex with a wrong check digit' },
      { text: '1234567812345670', note: 'Luhn-valid but no brand starts with 1' },
      { text: '4111111111111111111111', note: 'longer digit run' },
      { text: 'x4111111111111111y', note: 'inside a longer token' },
      { text: 'order 24111111111111111 shipped', note: '17-digit run containing a test PAN' },
      { text: '4111-1111-1111-1111-99', note: 'longer dash-separated number' },
      { text: '5105 1051 0510 5101', note: 'Mastercard-shaped, Luhn fails' },
      { text: '4444444444444444', note: 'repeated digit filler' },
      { text: 'Tracking 4111111111111111 in transit', note: 'bare number next to a shipment word (negative context)' },
    ],
  },
});
