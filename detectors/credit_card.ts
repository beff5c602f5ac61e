import { defineDetector } from '../src/types.js';
import { cardBrand, cardLengthCommon } from './_lib/card-iin.js';
import { TAIL } from './_lib/digit-token.js';
import { residentIdVerdict } from './_lib/gb11643.js';
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

// Grouped forms refuse to start right after "<digit> " (guard `spaced-number`): the last four groups of a
// space-grouped IBAN or account number ("TN59 1000 6036 1835 9847 8831") are not a card. On the right, two or
// more further groups are taken into the value ("3018 5227 8876 8916 5612 7", a 21-digit account), which
// makes it too long to pass; one short group is left alone, so a CVV after a space ("4111 1111 1111 1111
// 123") does not spoil the PAN.
const MORE_GROUPS = `(?:${G}[0-9]{4}(?:${G}[0-9]{1,4}){1,8})?`;
const grouped = (core: string) => ({ regex: `${core}${MORE_GROUPS}${TAIL}`, guard: 'spaced-number' as const });
const bare = (core: string) => ({ regex: `${core}${TAIL}`, guard: 'number' as const });

export default defineDetector({
  id: 'credit_card',
  name: 'Payment card number (PAN)',
  category: 'financial',
  sensitivity: 'restricted',
  description: 'Payment card numbers of the major brands: Luhn check, IIN range and brand length; grouped or bare.',
  patterns: [
    { name: 'grouped-4x4', ...grouped(`[2-6][0-9]{3}(?:${G}[0-9]{4}){2}${G}[0-9]{1,4}`), score: 0.5 },
    { name: 'grouped-19', ...grouped(`[2-6][0-9]{3}(?:${G}[0-9]{4}){3}${G}[0-9]{1,3}`), score: 0.5 },
    // American Express 4-6-5 and Diners Club 4-6-4.
    { name: 'grouped-4-6-5', ...grouped(`3[0-9]{3}${G}[0-9]{6}${G}[0-9]{4,5}`), score: 0.5 },
    { name: 'bare', ...bare('[2-6][0-9]{11,18}'), score: 0.35 },
  ],
  context: {
    words: [
      'card', 'credit card', 'debit card', 'card number', 'card no', 'cc', 'ccn', 'pan', 'visa', 'mastercard',
      'amex', 'american express', 'discover', 'jcb', 'diners', 'maestro', 'unionpay', 'payment',
      '卡号', '信用卡', '银行卡', '借记卡', '储蓄卡', '银联', '信用卡号', '银行卡号',
    ],
    // Other long Luhn-checked or arbitrary numbers: device ids, SIM serials, shipment and order references.
    negative: [
      'imei', 'iccid', 'tracking', 'order', 'invoice', 'serial', 'sku', '订单', '订单号', '单号', '快递单号', '串号',
      // A company's bank account on an invoice (开户行及账号) is not a card.
      'corporate account', '对公账户', '开户行及账号',
    ],
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
    if (!cardBrand(n)) return 'invalid';
    // An 18-digit value that is also a valid PRC resident ID (region, birth date, MOD 11-2) is the ID: a random
    // PAN passes those checks about once in ten million, and one ID in ten passes Luhn with a card-like prefix.
    if (n.length === 18 && residentIdVerdict(n) === 'valid') return 'invalid';
    // A length the brand rarely issues (13-digit Visa, 12-digit Maestro) is as likely a barcode or a
    // reference: reported only with a card word nearby (or in its grouped form).
    return cardLengthCommon(n) ? 'valid' : 'unknown';
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
      { text: 'Visa 4222222222222 on file', value: '4222222222222', note: 'published 13-digit test PAN: a rare length, reported with a card word' },
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
      // Found by the evaluation corpus (bench/eval).
      { text: 'Item 4006381300063 in stock', note: 'EAN-13 barcode that passes Luhn: 13 digits is a length Visa no longer issues' },
      { text: 'TN59 1000 6036 1835 9847 8831', note: 'the last four groups of a spaced IBAN' },
      { text: '账号 3018 5227 8876 8916 5612 7', note: 'the first groups of a longer grouped bank account' },
      { text: '用户身份证号500103198102194096，银行卡另附。', note: 'an 18-digit resident ID that also passes Luhn (Maestro range)' },
    ],
  },
});
