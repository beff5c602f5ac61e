import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { digitsOnly, isRepeatedDigit } from '../_lib/normalize.js';
import { weightedSum } from '../_lib/weighted.js';

/**
 * ABA routing transit number (US bank routing number): 9 digits, checksum 3·d1 + 7·d2 + d3 + 3·d4 + … ≡ 0
 * (mod 10), and a first-two-digit prefix from the Federal Reserve's ranges: 00 (US government), 01-12
 * (Federal Reserve districts), 21-32 (thrifts), 61-72 (electronic), 80 (traveller's cheques).
 *
 * The number names a bank, not a person; it is reported because it sits next to account numbers in payment
 * data (restricted with them). A weak mod-10 check passes one random 9-digit run in ten and the same run can
 * be an SSN, a BSN or a SIN, so the base score is low: it needs a context word (routing, ABA, RTN, 路由号) or a
 * line of its own.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

function prefixValid(n: string): boolean {
  const p = Number(n.slice(0, 2));
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

export default defineDetector({
  id: 'us.aba_routing',
  name: 'US bank routing number (ABA RTN)',
  category: 'financial',
  sensitivity: 'restricted',
  locales: ['US'],
  description: 'ABA routing transit number: 9 digits, 3-7-1 checksum, Federal Reserve prefix ranges; needs context in prose.',
  patterns: [
    { name: 'bare', ...digitToken('[0-3678][0-9]{8}'), score: 0.1 },
    // Check-printing layout 0210-0002-1 (routing symbol groups) is rare in text but appears on forms.
    { name: 'grouped', ...digitToken('[0-3678][0-9]{3}-[0-9]{4}-[0-9]'), score: 0.1 },
  ],
  context: {
    words: [
      'routing', 'routing number', 'routing no', 'aba', 'aba number', 'rtn', 'routing transit number', 'transit number',
      'ach', 'wire', 'bank routing', 'fedwire',
      '路由号', '路由号码', '银行路由号', '汇款路线号', 'aba号',
    ],
  },
  columnHints: ['routing number', 'routing no', 'routing', 'aba', 'aba number', 'aba routing', 'rtn', 'bank routing number', 'transit number', '路由号', '银行路由号'],
  columnHintExcludes: ['routing key', 'routing rule'],
  normalize: (raw: string) => digitsOnly(raw),
  validate(n: string) {
    if (!/^[0-9]{9}$/.test(n) || isRepeatedDigit(n)) return 'invalid';
    if (!prefixValid(n)) return 'invalid';
    return weightedSum(n, WEIGHTS) % 10 === 0 ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-iii', 'pipl:art28'],
  examples: {
    match: [
      // Federal Reserve Bank routing numbers (institutions, published in the Fed's E-Payments directory).
      '011000015',
      '021000021',
      { text: 'Routing number: 111000025, account 000123456789', value: '111000025' },
      { text: 'Please set up ACH with ABA 122105278 for payroll.', value: '122105278' },
      { text: 'RTN 0210-0002-1 (check layout)', value: '0210-0002-1' },
      { text: '美国银行路由号：026009593，请核对账户。', value: '026009593' },
    ],
    noMatch: [
      { text: 'Routing number 112000025', note: 'checksum fails (python-stdnum invalid vector)' },
      { text: 'routing 11100002', note: '8 digits' },
      { text: 'Order 021000021 shipped on Monday.', note: 'valid checksum but no context in prose' },
      { text: 'routing 131000021', note: 'checksum holds but prefix 13 is not assigned' },
      { text: 'routing 000000000', note: 'repeated digit filler' },
      { text: 'ABA 0210000219', note: 'longer digit run' },
      { text: 'ABA 021000022', note: 'checksum fails (last digit changed)' },
    ],
  },
});
