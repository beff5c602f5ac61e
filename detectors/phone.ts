import { createRequire } from 'node:module';
import type { CountryCode } from 'libphonenumber-js/max';
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
 * once valid); a bare 10-digit run is as likely an order or account number, so it needs a context word
 * (phone, tel, call, 电话, 手机 …), a column name or a line of its own; a bare 0-prefixed run, also the shape of
 * national ids, needs a context word or column name. National layouts of countries without a trunk prefix
 * are 'unknown' and need a phone word on their line. Every pattern is guarded
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
// so that a longer token never yields a phone from its first part. The left guard is checked by the engine:
// `spaced-number` also refuses a start right after "<digit> ", because a phone is never the tail of a longer
// space-grouped number (the last groups of an IBAN "… 1390 0794 0102 8494", a NIR "2 95 10 09 126 111 93").
// Chinese writes the extension as 转 ("transfer to") or 分机: 0755-12345678转8001.
const EXT = '(?:[ \\t]?(?:[xX]|[eE]xt\\.?|EXT\\.?|[eE]xtension|转分机|转|分机)[ \\t]?[0-9]{1,6})?';
const EXTENSION_SUFFIX = /[ \t]?(?:x|ext\.?|extension|转分机|转|分机)[ \t]?[0-9]{1,6}$/i;
function phoneToken(core: string): { regex: string; guard: 'spaced-number' } {
  return { regex: `${core}(?:[-.][0-9A-Za-z]{1,32})?${EXT}\\b`, guard: 'spaced-number' };
}

// Country code (1-3 digits), an optional bracketed group right after it, then the digits with single separators.
const INTL_BODY = `[1-9][0-9]{0,2}(?:${SEP}?\\([0-9]{1,4}\\))?(?:${SEP}?[0-9]){4,14}`;

// Countries whose national format starts with a trunk 0 and that people write with spaces or dashes.
// GB first (the common case in English text); CN landlines (010-…, 0755-…); then the large others.
const TRUNK_ZERO_REGIONS: readonly CountryCode[] = [
  'GB', 'CN', 'IE', 'AU', 'NZ', 'DE', 'FR', 'NL', 'JP', 'KR', 'IN', 'CH', 'AT', 'BE', 'SE', 'ZA', 'TR',
];

// Countries whose national numbers carry no trunk prefix (or whose leading 0 is part of the number, as in
// Italy): written without their country code, nothing in the digits says which country they belong to, so a
// number valid in one of them is 'unknown' — reported next to a phone word, never on its shape alone.
const NATIONAL_REGIONS: readonly CountryCode[] = ['IN', 'ES', 'IT', 'PT', 'PL', 'DK', 'NO', 'SG', 'HK', 'MX', 'BR', 'GR'];

type ParsePhone = typeof import('libphonenumber-js/max').parsePhoneNumberFromString;
let parsePhone: ParsePhone | undefined;

/**
 * libphonenumber is loaded on the first candidate number, not when the detector list is imported: its ES
 * build is ~90 modules (≈ 60 ms) that every CLI start and worker would pay even for text without a
 * number. Required (the same library and "max" metadata, as CommonJS) because validators are synchronous.
 */
function parser(): ParsePhone {
  parsePhone ??= (createRequire(import.meta.url)('libphonenumber-js/max') as typeof import('libphonenumber-js/max')).parsePhoneNumberFromString;
  return parsePhone;
}

function validIn(n: string, region?: CountryCode): boolean {
  const p = parser()(n, region);
  return p !== undefined && p.isValid();
}

function possibleIn(n: string): boolean {
  const p = parser()(n);
  return p !== undefined && p.isPossible();
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
  // Elsewhere a number in a range the metadata does not list as assigned — the fiction ranges test data and
  // dramas use (+44 7700 900xxx) or a range newer than the metadata — that still has its country's length stays
  // 'unknown', reported only where the text says it is a phone. North America and China keep their own stricter
  // rules below (an unassigned area code, a mobile one digit short).
  if (n.startsWith('+')) return validIn(n) ? 'valid' : !/^\+(?:1|86)/.test(n) && possibleIn(n) ? 'unknown' : 'invalid';
  // Mainland-China mobile: 11 digits 1[3-9]… The same digits are also a NANP number with its trunk 1
  // (1-404-812-6352 → 14048126352), so a value that is no Chinese mobile is still tried as NANP below.
  const cnShape = /^1[3-9][0-9]{9}$/.test(n);
  if (cnShape && validIn(n, 'CN')) return 'valid';
  // 400-xxx-xxxx: mainland-China service numbers (客服热线), written without the trunk 0; 400 is no NANP area code.
  if (/^400[0-9]{7}$/.test(n) && validIn(n, 'CN')) return 'valid';
  // NANP: 10 digits, or 11 with the trunk/country 1. libphonenumber maps the area code to the right country.
  // Every 10-digit value is judged by NANP rules alone: 289-123-4567 has an impossible exchange, and would
  // otherwise pass as some other country's 10-digit national number.
  if (/^1?[2-9][0-9]{9}$/.test(n)) {
    if (/^1?[2-9][0-9]{2}[2-9][0-9]{6}$/.test(n) && validIn(n.length === 11 ? `+${n}` : n, 'US')) return 'valid';
    // A number in an area code or exchange not (yet) in the metadata — and the made-up numbers of test data,
    // (555) 123-4567 — still has the NANP structure; it stays 'unknown', so it is reported only where the
    // text says it is a phone (context word, column name, its own line), never on its shape alone. An
    // invalid Chinese mobile is not given that benefit: the bare 11-digit run is how Chinese text writes them.
    if (nanpPossible(n.slice(-10)) && !cnShape) return 'unknown';
    // An Indian mobile (10 digits from 6–9, written without +91: `98200 12345`) is as often no NANP number at all
    // (exchange 001): like the other national layouts, 'unknown' when India's ranges hold it.
    return n.length === 10 && /^[6-9]/.test(n) && validIn(n, 'IN') ? 'unknown' : 'invalid';
  }
  if (n.startsWith('0')) {
    for (const r of TRUNK_ZERO_REGIONS) if (validIn(n, r)) return 'valid';
  }
  for (const r of NATIONAL_REGIONS) if (validIn(n, r)) return 'unknown';
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
    // +<cc> then more digits, each optionally preceded by one separator. Parentheses only right after the
    // country code — the area code or the bracketed trunk 0 (+1 (415) …, +44 (0)20 …): a bracket further on
    // opens a remark ("+31 6 1234 5678 (mobile)", "… (9:00–17:00)") that must not be read as more digits.
    { name: 'international', ...phoneToken(`\\+${INTL_BODY}`), score: 0.45 },
    // The country code in brackets, common in Asia and on forms: (+86) 138 1234 5678, (+44) 20 7946 0958.
    { name: 'international-bracketed', ...phoneToken(`\\(\\+[1-9][0-9]{0,2}\\)(?:${SEP}?[0-9]){4,14}`), score: 0.45 },
    // 00 <cc> … (the ITU international prefix, common in Europe and China): less distinctive than '+', and
    // written as one bare run it is the shape of a UPC/EAN code with leading zeros, so that form needs context.
    { name: 'international-00', ...phoneToken(`00[1-9][0-9]{0,2}(?:${SEP}?\\([0-9]{1,4}\\))?(?:${SEP}?[0-9]){0,13}${SEP}[0-9](?:${SEP}?[0-9]){0,13}`), score: 0.35 },
    { name: 'international-00-bare', ...phoneToken('00[1-9][0-9]{8,13}'), score: 0.04 },
    { name: 'nanp-parens', ...phoneToken(`(?:1${SEP}?)?\\([2-9][0-9]{2}\\)[ \\-]?[0-9]{3}${SEP}[0-9]{4}`), score: 0.4 },
    { name: 'nanp', ...phoneToken(`(?:1${SEP})?[2-9][0-9]{2}${SEP}[0-9]{3}${SEP}[0-9]{4}`), score: 0.35 },
    { name: 'cn-mobile', ...phoneToken('1[3-9][0-9][ \\-][0-9]{4}[ \\-][0-9]{4}'), score: 0.4 },
    { name: 'cn-mobile-bare', ...phoneToken('1[3-9][0-9]{9}'), score: 0.25 },
    // Full-width digits (１３８１２３４５６７８), as Chinese input methods type them: no word characters to RE2, so the
    // boundaries are consumed around the value (group 1).
    { name: 'cn-mobile-full-width', regex: '(?:^|[^０-９0-9Ａ-Ｚａ-ｚA-Za-z])(１[３-９][０-９]{9})(?:$|[^０-９0-9Ａ-Ｚａ-ｚA-Za-z])', score: 0.25, group: 1 },
    // 020 7946 0958, 07911 123456, 030 12345678, 0755-12345678, 081234 56789 (India), 030/1234567 (Germany).
    { name: 'trunk0', ...phoneToken('0[1-9][0-9]{0,4}[ \\-/](?:[0-9]{3,4}[ \\-]?[0-9]{3,4}|[0-9]{5,8})'), score: 0.35 },
    // Pairs after the area code: 078 123 41 34 (CH), 0450 00 64 78 (BE), 070-123 83 95 (SE), 0501 234 41 85 (TR).
    { name: 'trunk0-groups', ...phoneToken('0[1-9][0-9]{1,3}[ \\-][0-9]{2,3}(?: [0-9]{2}){2,3}'), score: 0.35 },
    { name: 'trunk0-parens', ...phoneToken('\\(0[1-9][0-9]{0,3}\\)[ \\-]?[0-9]{3,4}[ \\-]?[0-9]{3,4}'), score: 0.4 },
    { name: 'trunk0-pairs', ...phoneToken('0[1-9](?:[ .][0-9]{2}){4}'), score: 0.35 },
    // National layouts of countries without a trunk prefix: 612 34 56 78 (ES), 34 41 54 56 (DK, NO),
    // 512 343 521 (PL, PT), 33 5218 7044 (MX), 8123 7433 (SG, HK), (11) 96123-1808 (BR), 98765 43210 (IN).
    // 3-3-3 only with spaces: dashed, it is how case and confirmation numbers are written ("case 397-854-503").
    // validate() calls them 'unknown', and the score keeps them to lines with a phone word (or a label above).
    // A following space-separated digit group is taken into the value (so a longer grouped number such as an
    // account "2887 5807 2985 2993" is refused whole instead of yielding its first two groups).
    {
      name: 'national',
      regex:
        '(?:[1-9][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}|[1-9][0-9] [0-9]{2} [0-9]{2} [0-9]{2}|[1-9][0-9]{2} [0-9]{3} [0-9]{3}' +
        '|[1-9][0-9] [0-9]{4} [0-9]{4}|[2-9][0-9]{3}[ \\-][0-9]{4}|\\([1-9][0-9]\\) ?[0-9]{4,5}[ \\-][0-9]{4}|[6-9][0-9]{4} [0-9]{5})' +
        `(?:[-. ][0-9]{1,32}|[-.][A-Za-z][0-9A-Za-z]{0,31})?${EXT}\\b`,
      guard: 'spaced-number',
      score: 0.25,
    },
    // Bare runs: as likely an order or account number as a phone.
    // (400 service numbers may continue with any digit, unlike a NANP exchange.)
    { name: 'nanp-bare', ...phoneToken('(?:[2-9][0-9]{2}[2-9][0-9]{6}|400[0-9]{7})'), score: 0.15 },
    // A bare 0-prefixed run is also the shape of national ids (PESEL 02211407589, Steuer-IdNr 01234567896): a
    // line of its own is not enough, only a phone word (or a label on the line above) makes it a phone.
    { name: 'trunk0-bare', ...phoneToken('0[1-9][0-9]{8,10}'), score: 0.04 },
  ],
  context: {
    words: [
      'phone', 'phone number', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'call', 'calls', 'called', 'calling',
      'fax', 'contact', 'dial', 'whatsapp', 'sms', 'text', 'ph', 'hotline', 'landline', 'reach', 'ring',
      '电话', '手机', '联系方式', '手机号', '手机号码', '电话号码', '联系电话', '致电', '拨打', '座机', '传真', '联系', '来电', '微信',
      '热线', '请拨',
    ],
    // Reference numbers that share the digit shapes of national phone numbers.
    negative: [
      'isbn', 'invoice', 'order', 'tracking', 'serial', 'sku', 'patent', 'lot', 'p/n', 'part no', 'part number',
      'model no', 'mandate', 'reference no', 'reference number',
      '订单', '订单号', '单号', '快递单号', '发票', '批号', '工单', '流水号',
      // Product and device codes that take an 11-digit mobile shape (商品编码 13524680975, 序列号 …).
      '编码', '序列号', '条码', '型号', '货号',
      // Labels of national ids and account numbers: a number right after one is that id, and when its own
      // detector refuses it (a published example, a failed checksum) it must not turn into a phone number.
      'nhs number', 'nhs no', 'nhs', 'sin', 'social insurance number', 'ssn', 'social security number', 'tfn',
      'tax file number', 'ni number', 'national insurance number', 'passport', 'passport number', 'routing number',
      'account number', 'card number', 'iban', '身份证', '身份证号', '身份证号码', '护照', '护照号', '银行卡号', '卡号', '账号',
    ],
    // The phone word sits just before the number ("Call", "Tel.:", "reach me on"); a wider window lends it,
    // and a reference word, to unrelated numbers further along the line (the engine reads 2 bytes per character).
    before: 32,
    after: 16,
  },
  columnHints: [
    'phone', 'phone number', 'phone no', 'telephone', 'tel', 'tel no', 'mobile', 'mobile number', 'mobile no', 'cell',
    'cell phone', 'cellphone', 'fax', 'contact number', 'msisdn',
    '电话', '手机', '手机号', '手机号码', '电话号码', '联系电话', '联系方式', '座机', '传真',
  ],
  columnHintExcludes: ['phone type', 'phone verified', 'phone model', 'mobile os', 'tel type'],
  normalize(raw: string) {
    // "+44 (0)20 …": the bracketed trunk 0 is not dialled from abroad.
    let s = raw.normalize('NFKC').replace(EXTENSION_SUFFIX, '').replace(/\(0\)/, '');
    // A Chinese landline writes its extension after a second hyphen: area code, number, extension
    // (0755-26718834-8021, (010)85123467-302). Any other dashed continuation stays in the value and is refused.
    if (/^(?:0[1-9][0-9]{1,2}-|\(0[1-9][0-9]{1,2}\)[ -]?)[2-9][0-9]{6,7}-[0-9]{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf('-'));
    // A continuation holding a letter (`415-555-2671-X`, `020 7946 0958.A2`) makes a tag or a part number; digits
    // alone would hide it, so the value is kept as written and validate() refuses it.
    if (/[-.][0-9A-Za-z]*[A-Za-z][0-9A-Za-z]*$/.test(s)) return s;
    const digits = s.replace(/[^0-9]/g, '');
    if (/^\s*\(?\+/.test(s)) return '+' + digits;
    // 00 is the international prefix, never the start of a national number (trunk 0 is followed by 1-9).
    return digits.startsWith('00') ? '+' + digits.slice(2) : digits;
  },
  validate: cachedVerdict,
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'ccpa:1798.140-v-1-b', 'pipl:art4'],
  examples: {
    match: [
      { text: '手机：１３８１２３４５６７８', value: '１３８１２３４５６７８', note: 'full-width digits' },
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
      { text: 'UK mobile: +44 7700 900123', value: '+44 7700 900123', note: "Ofcom's drama range: no assigned number, still a phone where the text says so" },
      { text: '深圳分公司座机 (0755) 2345 6789', value: '(0755) 2345 6789' },
      { text: 'Call 415-555-2671 ext. 22 for billing.', value: '415-555-2671 ext. 22', note: 'the extension is part of the match; normalize() drops it before validation' },
      { text: 'Tel 0044 20 7946 0958', value: '0044 20 7946 0958', note: '00 international prefix' },
      // Found by the evaluation corpus (bench/eval).
      { text: 'Phone (home): 1-404-812-6352', value: '1-404-812-6352', note: 'NANP with trunk 1 whose digits also fit the Chinese-mobile shape' },
      { text: 'Call +31 6 1234 5678 (09:00–17:00) today', value: '+31 6 1234 5678', note: 'a bracketed remark after the number is not part of it' },
      { text: 'Call 415-555-2671 Ext. 22 for billing.', value: '415-555-2671 Ext. 22', note: 'capitalised extension' },
      { text: 'Contact the Zürich office: 078 123 41 34', value: '078 123 41 34', note: 'Swiss national layout (trunk 0, pairs)' },
      { text: 'Tel. 030/1234567', value: '030/1234567', note: 'German area code with a slash' },
      { text: 'Mobile: 98765 43210', value: '98765 43210', note: 'Indian mobile without +91: needs the phone word' },
      { text: 'Mobile: 98200 12345, email on file', value: '98200 12345', note: 'Indian mobile that is no NANP number (exchange 001)' },
      { text: 'Call (+44) 20 7946 0958 today', value: '(+44) 20 7946 0958', note: 'country code in brackets' },
      { text: '联系电话：(+86) 138 1234 5678', value: '(+86) 138 1234 5678' },
      { text: 'Llámame / call me on 612 34 56 78.', value: '612 34 56 78', note: 'Spanish national layout with a phone word' },
      { text: 'WhatsApp (11) 96123-1808', value: '(11) 96123-1808', note: 'Brazilian national layout with a phone word' },
      { text: '客服热线400-820-8820，工作日9:00-18:00', value: '400-820-8820', note: 'mainland-China service number' },
      { text: '公司座机0755-62556678转4042，工作日有人接听。', value: '0755-62556678转4042', note: 'Chinese extension (转), left out of the validated number' },
      { text: '服务热线：4001532941', value: '4001532941', note: 'bare 400 number whose fourth digit is no NANP exchange digit' },
      { text: '联系人：王先生 电话:0755-26718834-8021', value: '0755-26718834-8021', note: 'a Chinese extension after a second hyphen' },
      { text: '总机 (010)85123467-302', value: '(010)85123467-302' },
      { text: '手提電話：9456-2381', value: '9456-2381', note: 'a Hong Kong number with a hyphen, beside a phone word' },
    ],
    noMatch: [
      { text: '编号：１３８１２３４５６７８９', note: 'full-width, 12 digits' },
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
      { text: 'Reference 415-555-2671-X is a case tag, not a phone.', note: 'a letter continuation' },
      { text: 'Spare part 020 7946 0958-B2 in stock', note: 'a letter-and-digit continuation' },
      { text: 'Call 289-123-4567', note: 'NANP exchange cannot start with 1' },
      { text: 'Invoice 415-555-2671 is overdue.', note: 'reference number (negative context)' },
      { text: 'IBAN BA39 1390 0794 0102 8494', note: 'the last groups of a spaced IBAN are not a phone' },
      { text: 'premium subscription (0043672296296)', note: 'a bare 00-prefixed run is a UPC/EAN code unless a phone word says otherwise' },
      { text: '对公账户：2887 5807 2985 2993 8170 7', note: 'the first groups of a longer grouped account number' },
      { text: 'Ref 612 34 56 78 attached.', note: 'a national layout without country code or phone word' },
      { text: 'Batch 98200 12345 passed QA.', note: 'an Indian-mobile shape without a phone word' },
      { text: 'If this was not you, call us and quote case 397-854-503.', note: 'a dashed 3-3-3 case number next to a phone word' },
      { text: 'NHS No: 943 476 5919', note: 'the NHS documentation example, refused by gb.nhs, is not a phone number either' },
      { text: 'Her SIN is 046 454 286.', note: 'the published SIN example next to its label' },
      { text: '商品编码 13524680975（蓝牙耳机白色款）', note: 'a product code in the shape of a mobile number' },
      { text: '设备序列号：13800138000', note: 'a serial number' },
      { text: '合同号 0755-26718834-802193', note: 'a six-digit continuation is no extension' },
      { text: '批次 2023-0456 已入库', note: 'a dashed 4-4 reference without a phone word' },
    ],
  },
});
