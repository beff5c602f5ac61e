import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit } from '../_lib/normalize.js';
import { weightedSum } from '../_lib/weighted.js';

/**
 * Brazilian CPF (Cadastro de Pessoas Físicas): 11 digits, the last two mod-11 check digits (weights 10..2,
 * then 11..2; a remainder below 2 gives 0). Written 000.000.000-00, sometimes 000000000-00 or bare. Numbers
 * of one repeated digit pass the arithmetic but are never issued.
 *
 * The dotted form is distinctive and has a two-digit check (one in a hundred passes), so it is reported in
 * prose; a bare 11-digit run (also the shape of a Chinese mobile number) needs a context word or its own
 * line.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

function checkDigit(payload: string): number {
  const weights = payload.length === 9 ? [10, 9, 8, 7, 6, 5, 4, 3, 2] : [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
  const r = weightedSum(payload, weights) % 11;
  return r < 2 ? 0 : 11 - r;
}

export default defineDetector({
  id: 'br.cpf',
  name: 'Brazilian CPF',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['BR'],
  description: 'Brazilian CPF: 11 digits with two mod-11 check digits (000.000.000-00).',
  patterns: [
    { name: 'dotted', ...digitToken('[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2}'), score: 0.4 },
    { name: 'dashed', ...digitToken('[0-9]{9}-[0-9]{2}'), score: 0.3 },
    { name: 'bare', ...digitToken('[0-9]{11}'), score: 0.18 },
  ],
  context: {
    words: [
      'cpf', 'cpf/mf', 'cic', 'cadastro de pessoas físicas', 'cadastro de pessoa física',
      'cadastro de pessoas fisicas', 'cadastro de pessoa fisica', 'brazilian taxpayer', 'taxpayer id',
      '巴西税号', '巴西个人税号', '个人税号', '税号', '自然人纳税人登记号',
    ],
  },
  columnHints: [
    'cpf', 'cpf number', 'numero cpf', 'nr cpf', 'cpf cliente', 'cadastro de pessoas fisicas',
    '巴西税号', '巴西个人税号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[0-9]{11}$/.test(n) || isRepeatedDigit(n)) return 'invalid';
    if (checkDigit(n.slice(0, 9)) !== n.charCodeAt(9) - 48) return 'invalid';
    return checkDigit(n.slice(0, 10)) === n.charCodeAt(10) - 48 ? 'valid' : 'invalid';
  },
  // The test CPF quoted in countless validator tutorials and form hints.
  deny: ['111.444.777-35'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      '326.459.490-02',
      { text: 'CPF do titular: 561.675.084-02', value: '561.675.084-02' },
      { text: 'The customer gave 487.183.020-92 at checkout.', value: '487.183.020-92', note: 'dotted form, no context word' },
      { text: '客户的巴西税号为 775048412-42。', value: '775048412-42' },
      { text: 'CPF 15536181904', value: '15536181904' },
      '12064600086',
    ],
    noMatch: [
      // Shared invalid vector: check digits fail.
      '231.002.999-00',
      { text: 'CPF 111.444.777-35', note: 'tutorial example (deny)' },
      { text: 'CPF 111.111.111-11', note: 'repeated digit passes the arithmetic, never issued' },
      { text: 'CPF 326.459.490-03', note: 'second check digit off by one' },
      { text: 'CPF 326.459.491-02', note: 'first check digit broken' },
      { text: 'Call 13800138000 today', note: 'bare 11 digits (mobile shape) without context' },
      { text: 'CPF 326.459.490-021', note: 'longer run' },
      { text: 'CPF 1326.459.490-02', note: 'preceded by another digit' },
      'x32645949002y',
    ],
  },
});
