import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { defineDetector } from '../src/types.js';

/**
 * Telephone number, validated with libphonenumber's full ("max") metadata, which checks each country's
 * allocated number ranges, not only lengths (the default metadata accepts most digit runs of the right length).
 *
 * Shapes found:
 * - international `+<cc> …` with spaces, dots, dashes or parentheses: must be a valid number of that country;
 * - North American `(415) 555-2671`, `415-555-2671`, `415.555.2671`, `1-415-555-2671` (any NANP country);
 * - mainland-China mobiles `13812345678`, `138-1234-5678`, `138 1234 5678`;
 * - national numbers with a trunk 0 (`020 7946 0958`, `(0755) 1234 5678`, `01 23 45 67 89`), tried against a
 *   short list of countries that write numbers that way.
 *
 * Scores follow how phone-like the shape is: separators or a '+' make a number read as a phone (reported
 * once valid); a bare 10-digit or 0-prefixed run is as likely an order or account number, so it needs a
 * context word (phone, tel, call, 电话, 手机 …), a column name or a line of its own. Every pattern is guarded
 * so that it never starts or ends inside a longer digit run (a card number, an 18-digit ID): the run is
 * taken whole and refused by validate().
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

type Verdict = 'valid' | 'invalid' | 'unknown';

const SEP = '[ .\\-]';

// An extension (`x123`, `ext. 45`) may follow the number; it is matched so the number still ends on a word
// boundary (`2671x123`), and normalize() leaves it out of the number that is validated and fingerprinted.
// A `-01` / `.5` continuation is taken into the value (and refused by validate()), as in digit-token's TAIL,
// so that a longer token never yields a phone from its first part. The left guard is checked by the engine.
const EXT = '(?:[ \\t]?(?:x|ext\\.?|extension)[ \\t]?[0-9]{1,6})?';
const EXTENSION_SUFFIX = /[ \t]?(?:x|ext\.?|extension)[ \t]?[0-9]{1,6}$/i;
function phoneToken(core: string): { regex: string; guard: 'number' } {
  return { regex: `${core}(?:[-.][0-9A-Za-z]{1,32})?${EXT}\\b`, guard: 'number' };
}

// Countries whose national format starts with a trunk 0 and that people write with spaces or dashes.
// GB first (the common case in English text); CN landlines (010-…, 0755-…); then the large others.
const TRUNK_ZERO_REGIONS: readonly CountryCode[] = ['GB', 'CN', 'IE', 'AU', 'NZ', 'DE', 'FR', 'NL', 'JP', 'KR', 'IN'];

function validIn(n: string, region?: CountryCode): boolean {
  const p = parsePhoneNumberFromString(n, region);
  return p !== undefined && p.isValid();
}

/** NANP numbering-plan structure: NXX area code (not N9X, not N11) and NXX exchange (not N11). */
function nanpPossible(ten: string): boolean {
  const area = ten.slice(0, 3);
  const exchange = ten.slice(3, 6);
  if (!/^[2-9][0-8][0-9]$/.test(area) || /^[2-9]11$/.test(area)) return false;
  return /^[2-9][0-9]{2}$/.test(exchange) && !/^[2-9]11$/.test(exchange);
}

function phoneVerdict(n: string): Verdict {
  if (!/^\+?[0-9]{7,15}$/.test(n)) return 'invalid';
  if (n.startsWith('+')) return validIn(n) ? 'valid' : 'invalid';
  // Mainland-China mobile: 11 digits 1[3-9]…
  if (/^1[3-9][0-9]{9}$/.test(n)) return validIn(n, 'CN') ? 'valid' : 'invalid';
  // NANP: 10 digits, or 11 with the trunk/country 1. libphonenumber maps the area code to the right country.
  if (/^1?[2-9][0-9]{2}[2-9][0-9]{6}$/.test(n)) {
    if (validIn(n.length === 11 ? `+${n}` : n, 'US')) return 'valid';
    // A number in an area code or exchange not (yet) in the metadata — and the made-up numbers of test data,
    // (555) 123-4567 — still has the NANP structure; it stays 'unknown', so it is reported only where the
    // text says it is a phone (context word, column name, its own line), never on its shape alone.
    return nanpPossible(n.slice(-10)) ? 'unknown' : 'invalid';
  }
  if (n.startsWith('0')) {
    for (const r of TRUNK_ZERO_REGIONS) if (validIn(n, r)) return 'valid';
  }
  return 'invalid';
}

// Parsing with the full metadata costs tens of microseconds; logs repeat the same few numbers, so verdicts
// are memoised (bounded: cleared when full, which keeps memory flat on unique-number dumps).
const verdictCache = new Map<string, Verdict>();
function cachedVerdict(n: string): Verdict {
  let v = verdictCache.get(n);
  if (v === undefined) {
    v = phoneVerdict(n);
    if (verdictCache.size >= 4096) verdictCache.clear();
    verdictCache.set(n, v);
  }
  return v;
}

export default defineDetector({
  id: 'phone',
  name: 'Phone number',
  category: 'contact',
  sensitivity: 'confidential',
  description: 'Telephone numbers (international, North American, UK, mainland-China mobile, trunk-0 national) valid per libphonenumber.',
  patterns: [
    // +<cc> then 6-14 more digits, each optionally preceded by one separator and wrapped in parentheses.
    { name: 'international', ...phoneToken(`\\+[1-9](?:${SEP}?\\(?[0-9]\\)?){6,14}`), score: 0.45 },
    // 00 <cc> … (the ITU international prefix, common in Europe and China): less distinctive than '+'.
    { name: 'international-00', ...phoneToken(`00[1-9](?:${SEP}?\\(?[0-9]\\)?){6,14}`), score: 0.35 },
    { name: 'nanp-parens', ...phoneToken(`(?:1${SEP}?)?\\([2-9][0-9]{2}\\)[ \\-]?[0-9]{3}${SEP}[0-9]{4}`), score: 0.4 },
    { name: 'nanp', ...phoneToken(`(?:1${SEP})?[2-9][0-9]{2}${SEP}[0-9]{3}${SEP}[0-9]{4}`), score: 0.35 },
    { name: 'cn-mobile', ...phoneToken('1[3-9][0-9][ \\-][0-9]{4}[ \\-][0-9]{4}'), score: 0.4 },
    { name: 'cn-mobile-bare', ...phoneToken('1[3-9][0-9]{9}'), score: 0.25 },
    // 020 7946 0958, 07911 123456, 030 12345678, 0755-12345678, 081234 56789 (India).
    { name: 'trunk0', ...phoneToken('0[1-9][0-9]{0,4}[ \\-](?:[0-9]{3,4}[ \\-]?[0-9]{3,4}|[0-9]{5,8})'), score: 0.35 },
    { name: 'trunk0-parens', ...phoneToken('\\(0[1-9][0-9]{0,3}\\)[ \\-]?[0-9]{3,4}[ \\-]?[0-9]{3,4}'), score: 0.4 },
    { name: 'trunk0-pairs', ...phoneToken('0[1-9](?:[ .][0-9]{2}){4}'), score: 0.35 },
    // Bare runs: as likely an order or account number as a phone.
    { name: 'nanp-bare', ...phoneToken('[2-9][0-9]{2}[2-9][0-9]{6}'), score: 0.15 },
    { name: 'trunk0-bare', ...phoneToken('0[1-9][0-9]{8,10}'), score: 0.15 },
  ],
  context: {
    words: [
      'phone', 'phone number', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'call', 'calls', 'called', 'calling',
      'fax', 'contact', 'dial', 'whatsapp', 'sms', 'text', 'ph', 'hotline', 'landline', 'reach', 'ring',
      '电话', '手机', '联系方式', '手机号', '手机号码', '电话号码', '联系电话', '致电', '拨打', '座机', '传真', '联系', '来电', '微信',
    ],
    // Reference numbers that share the digit shapes of national phone numbers.
    negative: ['isbn', 'invoice', 'order', 'tracking', 'serial', 'sku', 'patent', 'lot', '订单', '订单号', '单号', '快递单号', '发票', '批号'],
  },
  columnHints: [
    'phone', 'phone number', 'phone no', 'telephone', 'tel', 'tel no', 'mobile', 'mobile number', 'mobile no', 'cell',
    'cell phone', 'cellphone', 'fax', 'contact number', 'msisdn',
    '电话', '手机', '手机号', '手机号码', '电话号码', '联系电话', '联系方式', '座机', '传真',
  ],
  columnHintExcludes: ['phone type', 'phone verified', 'phone model', 'mobile os', 'tel type'],
  normalize(raw: string) {
    // "+44 (0)20 …": the bracketed trunk 0 is not dialled from abroad.
    const s = raw.replace(EXTENSION_SUFFIX, '').replace(/\(0\)/, '');
    const digits = s.replace(/[^0-9]/g, '');
    if (s.trim().startsWith('+')) return '+' + digits;
    // 00 is the international prefix, never the start of a national number (trunk 0 is followed by 1-9).
    return digits.startsWith('00') ? '+' + digits.slice(2) : digits;
  },
  validate: cachedVerdict,
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'ccpa:1798.140-v-1-b', 'pipl:art4'],
  examples: {
    match: [
      '+1 415 555 2671',
      '(415) 555-2671',
      '415-555-2671',
      '415.555.2671',
      '020 7946 0958',
      '13812345678',
      '138-1234-5678',
      '+86 138 1234 5678',
      { text: 'Call me on +44 (0)20 7946 0958 after six.', value: '+44 (0)20 7946 0958' },
      { text: 'Her mobile is (212) 555-0199 and her office line 1-800-555-0199.', value: '(212) 555-0199' },
      { text: 'You can reach the front desk at 415.555.2671 any time.', value: '415.555.2671' },
      { text: 'Phone: 4155552671', value: '4155552671', note: 'bare 10 digits with a context word' },
      { text: '请拨打客服电话 138 1234 5678 咨询。', value: '138 1234 5678' },
      { text: '联系人：张三，手机号13912345678，地址见附件。', value: '13912345678' },
      { text: 'Contact Berlin office: +49 30 12345678', value: '+49 30 12345678' },
      { text: '深圳分公司座机 (0755) 2345 6789', value: '(0755) 2345 6789' },
      { text: 'Call 415-555-2671 ext. 22 for billing.', value: '415-555-2671 ext. 22', note: 'the extension is part of the match; normalize() drops it before validation' },
      { text: 'Tel 0044 20 7946 0958', value: '0044 20 7946 0958', note: '00 international prefix' },
    ],
    noMatch: [
      { text: 'Invoice 4155552671 was paid.', note: 'bare 10 digits in prose without context' },
      { text: 'The release is dated 2024-01-15 at 12:30:45.', note: 'date and time' },
      { text: 'Version 10.2.3.4567 fixes the bug.', note: 'version number' },
      { text: 'Total: $1,415,555.26 due', note: 'money' },
      { text: 'Card 4111 1111 1111 1111 on file', note: 'no phone inside a card number' },
      { text: 'ID 110101199003071234 registered', note: 'no phone inside an 18-digit ID' },
      { text: 'ISBN 978-0-306-40615-7', note: 'ISBN' },
      { text: '+1 555 555 5555', note: 'unassigned NANP area code 555' },
      { text: '(123) 456-7890', note: 'area code cannot start with 1' },
      { text: 'Order #12813812345678 shipped', note: 'mobile-shaped digits inside a longer run' },
      { text: '+86 138 1234 567', note: 'too short for a Chinese mobile' },
      { text: 'Refs 415-555-2671-01 and 415-555-2671.5', note: 'longer dash/dot-separated tokens' },
      { text: 'Call 289-123-4567', note: 'NANP exchange cannot start with 1' },
      { text: 'Invoice 415-555-2671 is overdue.', note: 'reference number (negative context)' },
    ],
  },
});
