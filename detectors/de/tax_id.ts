import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { mod11_10Valid } from '../_lib/iso7064.js';
import { compact } from '../_lib/normalize.js';

/**
 * German Steuerliche Identifikationsnummer (IdNr, § 139b AO): 11 digits, the first not 0. In the first 10
 * digits exactly one digit occurs twice (or, since 2016, three times) and every other digit at most once;
 * the 11th is an ISO 7064 MOD 11,10 check digit. Together the two rules pass about one random
 * 11-digit run in 300. The BZSt layout is `36 574 261 809`; `36.574.261.809`, `365 742 618 09` and
 * `1123456789 0` (check digit set apart) also occur.
 *
 * python-stdnum does not apply the BZSt rule that a triple must not be three adjacent equal digits, and
 * neither does this detector: its published valid examples include `11123456786`.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

function repeatRuleOk(first10: string): boolean {
  const counts = new Map<string, number>();
  for (const c of first10) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.values()].filter((k) => k > 1);
  return repeated.length === 1 && (repeated[0] === 2 || repeated[0] === 3);
}

export default defineDetector({
  id: 'de.tax_id',
  name: 'German tax identification number (Steuer-IdNr)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['DE'],
  description: 'German Steuerliche Identifikationsnummer: 11 digits, digit-repetition rule and ISO 7064 MOD 11,10 check digit.',
  patterns: [
    { name: 'grouped', ...digitToken('[1-9][0-9] [0-9]{3} [0-9]{3} [0-9]{3}', true), score: 0.3 },
    // 36.574.261.809, 365 742 618 09 and the check digit set apart (1123456789 0). Separators at arbitrary
    // places are left out: that pattern fires on every spaced digit run and costs scan throughput.
    {
      name: 'separated',
      ...digitToken(
        '(?:[1-9][0-9][ ./-][0-9]{3}[ ./-][0-9]{3}[ ./-][0-9]{3}|[1-9][0-9]{2}[ ./-][0-9]{3}[ ./-][0-9]{3}[ ./-][0-9]{2}|[1-9][0-9]{9}[ ./-][0-9])',
        true,
      ),
      score: 0.18,
    },
    { name: 'bare', ...digitToken('[1-9][0-9]{10}'), score: 0.18 },
  ],
  context: {
    words: [
      'steuer-id', 'steuerid', 'steuer-idnr', 'steuer-identifikationsnummer', 'steueridentifikationsnummer',
      'steuerliche identifikationsnummer', 'identifikationsnummer', 'idnr', 'id-nr', 'tin', 'tax id',
      'tax identification number', 'german tax id',
      '德国税号', '税务识别号', '税号', '纳税人识别号', '税务编号',
    ],
  },
  columnHints: [
    'steuer id', 'steuerid', 'steuer idnr', 'steueridentifikationsnummer', 'steuerliche identifikationsnummer',
    'identifikationsnummer', 'idnr', 'tax id', 'tin', 'german tax id', '德国税号', '税务识别号', '纳税人识别号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[1-9][0-9]{10}$/.test(n)) return 'invalid';
    if (!repeatRuleOk(n.slice(0, 10))) return 'invalid';
    return mod11_10Valid(n) ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation and test values.
      '36 574 261 809',
      '1123456789 0',
      '86.095.742.382',
      // Synthetic: check digits computed with MOD 11,10.
      '47 036 285 149',
      { text: 'Steuer-ID: 86095742382 (laut Lohnsteuerbescheinigung)', value: '86095742382' },
      { text: 'Her German tax ID is 57 931 840 678, see the payroll file.', value: '57 931 840 678' },
      { text: '该德国员工的税号为 29 817 360 422。', value: '29 817 360 422' },
    ],
    noMatch: [
      // python-stdnum: checksum fails; 12 digits; leading zero; a digit four times; two digits repeated.
      '36574261890',
      '116574261809',
      '01234567896',
      '1111234567 8',
      '1122345678 5',
      { text: 'Steuer-ID 1234567890 3', note: 'no digit repeated' },
      { text: 'Order 86095742382 shipped.', note: 'bare 11 digits in prose without a context word' },
      { text: 'IdNr x86095742382y', note: 'inside a longer token' },
      { text: 'IdNr 86.095.742.382.1', note: 'longer dotted number' },
      { text: 'Steuer-ID 36 574 261 809 12', note: 'followed by another digit group' },
    ],
  },
});
