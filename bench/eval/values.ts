/**
 * Synthetic PII values, valid by the rules of their issuer: Luhn-valid cards in the brands' IIN ranges,
 * IBANs with correct MOD 97 and national check digits, SSNs outside the never-issued blocks, phone numbers
 * that libphonenumber (max metadata) accepts, resident IDs with real region codes and MOD 11-2 checks.
 * Every generator takes the seeded Rng, so the corpus is reproducible.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import swiftBic from '../../detectors/swift_bic.js';
import { orgCodeCheckChar, usccCheckChar } from '../../detectors/_lib/gb32100.js';
import { IBAN_BBAN_STRUCTURE, ibanValid, nationalCheckValid } from '../../detectors/_lib/iban-registry.js';
import { mod11_2CheckChar, mod97_10 } from '../../detectors/_lib/iso7064.js';
import { luhnCheckDigit } from '../../detectors/_lib/luhn.js';
import { cardBrand } from '../../detectors/_lib/card-iin.js';
import { pii, type Pii } from './doc.js';
import { COMPANY_DOMAINS, CN_FREEMAIL, FIRST, FREEMAIL, LAST, SUBDOMAINS, ZH_PINYIN_GIVEN, ZH_PINYIN_SURNAMES } from './names.js';
import type { Rng } from './prng.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

// ───────────────────────────── email ─────────────────────────────

export interface Person {
  first: string;
  last: string;
}

export function person(r: Rng): Person {
  return { first: r.pick(FIRST), last: r.pick(LAST) };
}

function domain(r: Rng): string {
  return r.weighted<() => string>([
    [5, () => r.pick(COMPANY_DOMAINS)],
    [3, () => r.pick(FREEMAIL)],
    [2, () => `${r.pick(SUBDOMAINS)}.${r.pick(COMPANY_DOMAINS)}`],
  ])();
}

/** An address of the kind people have: first.last, initials, plus-tags, digits, role accounts. */
export function email(r: Rng, p: Person = person(r), host?: string): Pii {
  const f = ascii(p.first);
  const l = ascii(p.last);
  const local = r.weighted<() => string>([
    [5, () => `${f}.${l}`],
    [3, () => `${f[0]}${l}`],
    [2, () => `${f}_${l}`],
    [2, () => `${f}${l}${r.int(1, 99)}`],
    [1, () => `${f}.${l}+${r.pick(['news', 'billing', 'orders', 'github', 'shop', 'work'])}`],
    [1, () => `${f}-${l}`],
    [1, () => `${f}.${r.pick('abcdefghjklmnprstw'.split(''))}.${l}`],
    [1, () => `${f}${r.int(1960, 2005)}`],
    [1, () => `${l}.${f[0]}`],
    [1, () => r.pick(['support', 'billing', 'hr', 'privacy', 'dpo', 'info', 'sales', 'accounts.payable', 'no-reply', 'jobs', 'press'])],
  ])();
  const d = host ?? domain(r);
  const value = r.chance(0.06) ? `${local.charAt(0).toUpperCase()}${local.slice(1)}@${d}` : `${local}@${d}`;
  return pii('email', value, 'en');
}

/** Addresses as Chinese users write them: numeric QQ mail, pinyin names at the big domestic providers. */
export function emailZh(r: Rng): Pii {
  const s = r.pick(ZH_PINYIN_SURNAMES);
  const g = r.pick(ZH_PINYIN_GIVEN);
  const local = r.weighted<() => string>([
    [3, () => `${r.int(1, 9)}${r.digits(r.int(6, 9))}`],
    [3, () => `${s}${g}${r.chance(0.5) ? r.int(80, 99) : ''}`],
    [2, () => `${g}.${s}`],
    [1, () => `${s}_${g}${r.int(1, 999)}`],
  ])();
  const host = r.weighted<() => string>([
    [6, () => r.pick(CN_FREEMAIL)],
    [2, () => `${r.pick(['huaxin-tech', 'dingsheng', 'lanhai-logistics', 'xingchen'])}.${r.pick(['com', 'cn', 'com.cn'])}`],
    [1, () => r.pick(['gmail.com', 'outlook.com'])],
  ])();
  return pii('email', `${local}@${host}`, 'zh');
}

// ───────────────────────────── phone ─────────────────────────────

interface PhonePlan {
  cc: CountryCode;
  /** Country calling code. */
  code: string;
  /** National significant number templates: digits, and `#` for a random digit. */
  nsn: string[];
}

const US_AREAS = ['212', '213', '310', '312', '404', '415', '503', '512', '602', '617', '646', '702', '713', '718', '206', '303', '305', '314', '404', '470', '480', '510', '612', '619', '650', '703', '720', '727', '773', '801', '858', '909', '916', '917', '925', '949', '971', '978'];
const CA_AREAS = ['416', '604', '514', '403', '613', '905', '780', '902', '647', '778', '587', '506'];

const PLANS: Record<string, PhonePlan> = {
  US: { cc: 'US', code: '1', nsn: US_AREAS.map((a) => `${a}[2-9]######`) },
  CA: { cc: 'CA', code: '1', nsn: CA_AREAS.map((a) => `${a}[2-9]######`) },
  GB: { cc: 'GB', code: '44', nsn: ['207#######', '208#######', '161#######', '113#######', '131#######', '117#######', '121#######', '29########', '7[1-9]########', '7[1-9]########'] },
  DE: { cc: 'DE', code: '49', nsn: ['30########', '89#######', '40########', '69########', '221#######', '151########', '160#######', '170#######', '176########'] },
  FR: { cc: 'FR', code: '33', nsn: ['1########', '4########', '6########', '7########', '9########'] },
  CN: { cc: 'CN', code: '86', nsn: ['13#########', '15#########', '18#########', '17#########', '19#########', '10########', '21########', '755########', '20########', '571########'] },
  IN: { cc: 'IN', code: '91', nsn: ['9#########', '8#########', '7#########', '11########', '22########'] },
  JP: { cc: 'JP', code: '81', nsn: ['3########', '6########', '90########', '80########', '45#######'] },
  AU: { cc: 'AU', code: '61', nsn: ['2########', '3########', '4########', '7########', '8########'] },
  IE: { cc: 'IE', code: '353', nsn: ['1#######', '8[3-9]#######', '21#######'] },
  ES: { cc: 'ES', code: '34', nsn: ['6########', '91#######', '93#######'] },
  IT: { cc: 'IT', code: '39', nsn: ['06########', '02########', '3#########'] },
  NL: { cc: 'NL', code: '31', nsn: ['20#######', '6########', '10#######'] },
  BR: { cc: 'BR', code: '55', nsn: ['119########', '21########'] },
  MX: { cc: 'MX', code: '52', nsn: ['55########', '33########'] },
  SG: { cc: 'SG', code: '65', nsn: ['6#######', '9#######', '8#######'] },
  HK: { cc: 'HK', code: '852', nsn: ['2#######', '9#######', '6#######'] },
  KR: { cc: 'KR', code: '82', nsn: ['2########', '10########'] },
  ZA: { cc: 'ZA', code: '27', nsn: ['21#######', '82#######'] },
  CH: { cc: 'CH', code: '41', nsn: ['44#######', '79#######'] },
};

function fill(r: Rng, template: string): string {
  // `#` is any digit, `[2-9]` a digit in a range, `[47]` one of the listed digits.
  return template.replace(/\[([0-9])-([0-9])\]|\[([0-9]+)\]|#/g, (m, a?: string, z?: string, set?: string) => {
    if (a !== undefined && z !== undefined) return String(r.int(+a, +z));
    if (set !== undefined) return r.pick([...set]);
    return String(r.int(0, 9));
  });
}

/** A valid national significant number of `country` (libphonenumber max metadata). */
export function phoneNsn(r: Rng, country: string): string {
  const plan = PLANS[country];
  for (let i = 0; i < 500; i++) {
    const nsn = fill(r, r.pick(plan.nsn));
    const p = parsePhoneNumberFromString(`+${plan.code}${nsn}`);
    // 555-01xx and the whole 555 exchange are fiction's numbers: real documents rarely hold them.
    if (country === 'US' || country === 'CA') if (nsn.slice(3, 6) === '555') continue;
    if (p && p.isValid() && p.country === plan.cc) return p.nationalNumber;
  }
  throw new Error(`could not generate a valid ${country} number`);
}

/** How people write a number: the national layout, the international one with spaces, dashes or dots, E.164. */
export function phone(r: Rng, country: string = r.weighted([[6, 'US'], [1, 'CA'], [3, 'GB'], [1, 'DE'], [1, 'FR'], [1, 'IN'], [1, 'AU'], [1, 'IE'], [1, 'JP'], [1, 'CN'], [1, 'ES'], [1, 'IT'], [1, 'NL'], [1, 'BR'], [1, 'MX'], [1, 'SG'], [1, 'HK'], [1, 'KR'], [1, 'ZA'], [1, 'CH']] as const)): Pii {
  const nsn = phoneNsn(r, country);
  const plan = PLANS[country];
  const p = parsePhoneNumberFromString(`+${plan.code}${nsn}`)!;
  const intl = p.formatInternational();
  const national = p.formatNational();
  let v: string;
  let variant: string;
  if (country === 'US' || country === 'CA') {
    const [a, b, c] = [nsn.slice(0, 3), nsn.slice(3, 6), nsn.slice(6)];
    [variant, v] = r.weighted<[string, string]>([
      [5, ['parens', `(${a}) ${b}-${c}`]],
      [5, ['dashed', `${a}-${b}-${c}`]],
      [2, ['dotted', `${a}.${b}.${c}`]],
      [2, ['intl', `+1 ${a} ${b} ${c}`]],
      [2, ['intl-dashed', `+1-${a}-${b}-${c}`]],
      [1, ['trunk-dashed', `1-${a}-${b}-${c}`]],
      [1, ['e164', `+1${nsn}`]],
      [1, ['intl-parens', `+1 (${a}) ${b}-${c}`]],
      [1, ['spaced', `${a} ${b} ${c}`]],
    ]);
  } else if (country === 'CN') {
    const mobile = nsn.length === 11 && nsn.startsWith('1');
    if (mobile) {
      const [a, b, c] = [nsn.slice(0, 3), nsn.slice(3, 7), nsn.slice(7)];
      [variant, v] = r.weighted<[string, string]>([
        [6, ['bare', nsn]],
        [2, ['spaced', `${a} ${b} ${c}`]],
        [2, ['dashed', `${a}-${b}-${c}`]],
        [2, ['intl', `+86 ${a} ${b} ${c}`]],
        [1, ['intl-compact', `+86${nsn}`]],
        [1, ['intl-dash', `+86-${nsn}`]],
        [1, ['intl-bracket', `(+86) ${a} ${b} ${c}`]],
      ]);
    } else {
      const areaLen = nsn.startsWith('10') || nsn.startsWith('2') ? 2 : 3;
      const area = nsn.slice(0, areaLen);
      const local = nsn.slice(areaLen);
      [variant, v] = r.weighted<[string, string]>([
        [5, ['landline-dash', `0${area}-${local}`]],
        [2, ['landline-parens', `(0${area}) ${local}`]],
        [1, ['landline-space', `0${area} ${local.slice(0, 4)} ${local.slice(4)}`]],
        [2, ['intl', `+86 ${area} ${local.slice(0, 4)} ${local.slice(4)}`]],
      ]);
    }
  } else {
    [variant, v] = r.weighted<[string, string]>([
      [4, ['intl', intl]],
      [3, ['national', national]],
      [1, ['intl-dashed', intl.replace(/ /g, '-').replace(/^\+([0-9]+)-/, '+$1 ')]],
      [1, ['e164', `+${plan.code}${nsn}`]],
      [1, ['intl-bracket', intl.replace(/^\+([0-9]+) /, '(+$1) ')]],
      ...(country === 'GB' || country === 'DE' ? [[1, ['intl-trunk', intl.replace(/^(\+[0-9]+) /, '$1 (0)')]] as [number, [string, string]]] : []),
    ]);
  }
  return pii('phone', v, `${country}:${variant}`);
}

/** A number with its extension; the extension is part of the value, as in libphonenumber's own matcher. */
export function phoneExt(r: Rng, country?: string): Pii {
  const p = phone(r, country);
  const ext = r.weighted<string>([[3, `x${r.int(10, 9999)}`], [2, `ext. ${r.int(10, 9999)}`], [1, `ext ${r.int(10, 999)}`], [1, `Ext. ${r.int(100, 999)}`]]);
  return pii('phone', `${p.value} ${ext}`, `${p.variant}+ext`);
}

/** Chinese numbers in their less common layouts: country-code prefixes, 400 service numbers, landline extensions. */
export function phoneCnVariant(r: Rng): Pii {
  const mobile = phoneNsn(r, 'CN');
  const m = mobile.length === 11 && mobile.startsWith('1') ? mobile : `138${r.digits(8)}`;
  const [variant, v] = r.weighted<[string, string]>([
    [2, ['0086', `0086 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`]],
    [2, ['plus-dash', `+86-${m}`]],
    [2, ['hotline', `400-${r.int(100, 999)}-${r.digits(4)}`]],
    [1, ['hotline-bare', `400${r.int(100, 999)}${r.digits(4)}`]],
    [2, ['landline-ext', `0${r.pick(['10', '21', '755', '20'])}-${r.int(2, 8)}${r.digits(7)}转${r.int(100, 9999)}`]],
  ]);
  return pii('phone', v, `CN:${variant}`);
}

/** A mainland-China number the way Chinese text writes it (mostly mobiles). */
export function phoneCn(r: Rng): Pii {
  return phone(r, 'CN');
}

// ───────────────────────────── payment cards ─────────────────────────────

const CARD_PREFIXES: readonly (readonly [number, string, number])[] = [
  // weight, IIN prefix, length
  [6, '4', 16],
  [4, '5[1-5]', 16],
  [1, '2[2-7]', 16],
  [2, '3[47]', 15],
  [1, '6011', 16],
  [1, '65', 16],
  [1, '35[3-8]', 16],
  [1, '36', 14],
  [1, '62', 16],
  [1, '62', 19],
];

function cardDigits(r: Rng, prefix: string, length: number): string {
  for (let i = 0; i < 100; i++) {
    const head = fill(r, prefix);
    const body = head + r.digits(length - head.length - 1);
    const pan = body + luhnCheckDigit(body);
    if (cardBrand(pan) && !/^([0-9])\1+$/.test(pan)) return pan;
  }
  throw new Error(`no card for ${prefix}`);
}

export function card(r: Rng, prefixes = CARD_PREFIXES): Pii {
  const [, prefix, length] = r.weighted(prefixes.map((p) => [p[0], p] as const));
  const pan = cardDigits(r, prefix, length);
  const group = (sep: string) =>
    length === 15 || length === 14
      ? `${pan.slice(0, 4)}${sep}${pan.slice(4, 10)}${sep}${pan.slice(10)}`
      : pan.replace(/([0-9]{4})(?=[0-9])/g, `$1${sep}`);
  const [variant, v] = r.weighted<[string, string]>([
    [4, ['spaced', group(' ')]],
    [3, ['bare', pan]],
    [2, ['dashed', group('-')]],
  ]);
  return pii('credit_card', v, `${cardBrand(pan)}:${variant}`);
}

/** UnionPay debit and credit cards, as on Chinese bank statements. */
export function cardCn(r: Rng): Pii {
  return card(r, [[6, '62', 16], [3, '62', 19], [1, '4', 16], [1, '5[1-5]', 16]]);
}

// ───────────────────────────── IBAN ─────────────────────────────

const IBAN_COUNTRIES: readonly (readonly [number, string])[] = [
  [6, 'DE'], [5, 'GB'], [4, 'FR'], [4, 'ES'], [3, 'IT'], [4, 'NL'], [2, 'BE'], [2, 'CH'], [2, 'AT'], [2, 'IE'],
  [2, 'PL'], [1, 'SE'], [1, 'DK'], [1, 'NO'], [1, 'FI'], [2, 'PT'], [1, 'LU'], [1, 'CZ'], [1, 'HU'], [1, 'RO'],
  [1, 'GR'], [1, 'HR'], [1, 'SI'], [1, 'SK'], [1, 'BG'], [1, 'LT'], [1, 'LV'], [1, 'EE'], [1, 'MT'], [1, 'CY'],
  [1, 'MC'], [1, 'SA'], [1, 'AE'], [1, 'TR'], [1, 'IL'], [1, 'QA'], [1, 'BR'], [1, 'IS'], [1, 'LI'], [1, 'RS'],
];

const BANK_CODES: Record<string, string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA', 'BUKB'],
  IE: ['AIBK', 'BOFI', 'IPBS'],
  NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB', 'SNSB'],
};

function bban(r: Rng, structure: string, cc: string): string {
  let s = '';
  for (const m of structure.matchAll(/([0-9]+)!?([nac])/g)) {
    const n = Number(m[1]);
    if (m[2] === 'n') s += r.digits(n);
    else if (m[2] === 'a') s += r.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    else s += r.chance(0.7) ? r.digits(n) : r.chars(n, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  }
  const codes = BANK_CODES[cc];
  if (codes && /^[A-Z]{4}/.test(s)) s = r.pick(codes) + s.slice(4);
  return s;
}

export function ibanCompact(r: Rng, cc: string = r.weighted(IBAN_COUNTRIES)): string {
  const structure = IBAN_BBAN_STRUCTURE[cc];
  for (let i = 0; i < 20000; i++) {
    const b = bban(r, structure, cc);
    if (!nationalCheckValid(cc, b)) continue;
    const check = 98 - mod97_10(b + cc + '00');
    const iban = `${cc}${pad(check)}${b}`;
    if (ibanValid(iban)) return iban;
  }
  throw new Error(`no IBAN for ${cc}`);
}

export function iban(r: Rng, cc?: string): Pii {
  const c = ibanCompact(r, cc);
  const [variant, v] = r.weighted<[string, string]>([
    [6, ['grouped', c.replace(/(.{4})(?=.)/g, '$1 ')]],
    [3, ['compact', c]],
  ]);
  return pii('iban', v, `${c.slice(0, 2)}:${variant}`);
}

// ───────────────────────────── domestic bank accounts ─────────────────────────────

/** A UK account number (8 digits, after a sort code) or a US one (10–12 digits): no check digit in either. */
export function bankAccount(r: Rng): Pii {
  const uk = r.chance(0.5);
  const v = uk ? r.int(1, 9) + r.digits(7) : r.int(1, 9) + r.digits(r.int(9, 11));
  return pii('bank_account', v, uk ? 'GB' : 'US');
}

/** A Chinese corporate account (对公账户): 12–21 digits, never a card, grouped by four in three cases of ten. */
export function corpAccountZh(r: Rng): Pii {
  const n = r.pick([12, 15, 17, 19]);
  const raw = r.int(1, 9) + r.digits(n - 1);
  const grouped = r.chance(0.3);
  return pii('bank_account', grouped ? raw.replace(/([0-9]{4})(?=[0-9])/g, '$1 ') : raw, `CN:${grouped ? 'grouped' : 'bare'}`);
}

// ───────────────────────────── medical record numbers ─────────────────────────────

/** A hospital's medical record number: 7–8 digits, or two digits, a hyphen and seven (the EIN-like layout). */
export function medicalRecord(r: Rng): Pii {
  const dashed = r.chance(0.5);
  return pii('health.record_number', dashed ? `${r.int(10, 99)}-${r.digits(7)}` : r.int(1, 9) + r.digits(r.int(6, 7)), dashed ? 'dashed' : 'bare');
}

// ───────────────────────────── US SSN ─────────────────────────────

const SSN_DENY = new Set(['078051120', '219099999', '457555462', '123456789']);

export function ssnDigits(r: Rng): string {
  for (;;) {
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const s = `${pad(area, 3)}${pad(r.int(1, 99))}${pad(r.int(1, 9999), 4)}`;
    if (!SSN_DENY.has(s) && !/^([0-9])\1+$/.test(s)) return s;
  }
}

/** `format`: dashed (what forms print), spaced, or bare (only ever written next to "SSN"). */
export function ssn(r: Rng, format: 'dashed' | 'spaced' | 'bare' = r.weighted([[8, 'dashed'], [1, 'spaced']] as const)): Pii {
  const s = ssnDigits(r);
  const v = format === 'dashed' ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : format === 'spaced' ? `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}` : s;
  return pii('us.ssn', v, format);
}

// ───────────────────────────── IP addresses ─────────────────────────────

function publicV4(r: Rng): string {
  for (;;) {
    const a = r.int(1, 223);
    if ([10, 100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}

export function ipv4(r: Rng): Pii {
  const [variant, v] = r.weighted<[string, string]>([
    [5, ['public', publicV4(r)]],
    [3, ['rfc1918-10', `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]],
    [3, ['rfc1918-192', `192.168.${r.int(0, 255)}.${r.int(1, 254)}`]],
    [1, ['rfc1918-172', `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]],
    [2, ['doc', `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`]],
    [1, ['cgnat', `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`]],
  ]);
  return pii('ip_address', v, `v4:${variant}`);
}

const hex4 = (r: Rng) => r.int(0, 0xffff).toString(16);

export function ipv6(r: Rng): Pii {
  const prefix = r.pick(['2001:db8', '2a02:8108', '2600:1700', '2a01:4f8', '2406:da18', '2607:f8b0', '240e:3b7']);
  const [variant, v] = r.weighted<[string, string]>([
    [4, ['compressed', `${prefix}:${hex4(r)}::${hex4(r)}:${hex4(r)}`]],
    [2, ['full', `${prefix}:${Array.from({ length: 6 }, () => hex4(r)).join(':')}`]],
    [1, ['full-padded', `${prefix}:${Array.from({ length: 6 }, () => hex4(r).padStart(4, '0')).join(':')}`]],
    [1, ['short', `${prefix}::${hex4(r)}`]],
    [1, ['mapped', `::ffff:${publicV4(r)}`]],
    [1, ['ula', `fd${r.int(0, 255).toString(16).padStart(2, '0')}:${hex4(r)}:${hex4(r)}::${hex4(r)}`]],
  ]);
  return pii('ip_address', v, `v6:${variant}`);
}

export function ip(r: Rng): Pii {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}

// ───────────────────────────── SWIFT / BIC ─────────────────────────────

const BIC_BANKS: readonly (readonly [string, string])[] = [
  ['DEUT', 'DE'], ['COBA', 'DE'], ['BNPA', 'FR'], ['SOGE', 'FR'], ['ABNA', 'NL'], ['INGB', 'NL'], ['BARC', 'GB'],
  ['NWBK', 'GB'], ['HSBC', 'HK'], ['CHAS', 'US'], ['CITI', 'US'], ['BOFA', 'US'], ['UBSW', 'CH'], ['BKCH', 'CN'],
  ['ICBK', 'CN'], ['PCBC', 'CN'], ['CMBC', 'CN'], ['BBVA', 'ES'], ['UNCR', 'IT'], ['RABO', 'NL'], ['NDEA', 'FI'],
  ['AIBK', 'IE'], ['BOFI', 'IE'], ['KRED', 'BE'], ['GEBA', 'BE'], ['RZBA', 'AT'], ['DABA', 'DK'], ['ESSE', 'SE'],
];

export function bic(r: Rng): Pii {
  for (;;) {
    const [bank, cc] = r.pick(BIC_BANKS);
    const loc = r.pick(['FF', 'PP', '2A', '2L', '22', 'MM', 'HH', 'BB', 'SH', 'XX', '33', 'ZZ', 'BJ', 'MX', 'NY', 'GG']);
    const branch = r.weighted([[5, ''], [2, 'XXX'], [2, r.digits(3)], [1, r.chars(3, 'ABCDEFGHJKLMNPRSTUVW')]] as const);
    const v = `${bank}${cc}${loc}${branch}`;
    if (swiftBic.validate!(v) === 'valid') return pii('swift_bic', v, branch === '' ? 'bic8' : 'bic11');
  }
}

// ───────────────────────────── MAC address ─────────────────────────────

export function mac(r: Rng): Pii {
  const bytes = Array.from({ length: 6 }, () => r.int(0, 255).toString(16).padStart(2, '0'));
  bytes[0] = (parseInt(bytes[0], 16) & 0xfc).toString(16).padStart(2, '0');
  const [variant, v] = r.weighted<[string, string]>([
    [3, ['colon', bytes.join(':')]],
    [1, ['colon-upper', bytes.join(':').toUpperCase()]],
    [1, ['dash', bytes.join('-').toUpperCase()]],
  ]);
  return pii('mac_address', v, variant);
}

// ───────────────────────────── dates of birth ─────────────────────────────

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function birthYmd(r: Rng, from = 1940, to = 2006): Ymd {
  return { y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) };
}

/** A birth date in an English document's usual forms. */
export function dob(r: Rng, b: Ymd = birthYmd(r)): Pii {
  const [variant, v] = r.weighted<[string, string]>([
    [3, ['us', `${pad(b.m)}/${pad(b.d)}/${b.y}`]],
    [2, ['iso', `${b.y}-${pad(b.m)}-${pad(b.d)}`]],
    [2, ['long', `${MONTHS[b.m - 1]} ${b.d}, ${b.y}`]],
    [1, ['dmy-long', `${b.d} ${MONTHS[b.m - 1]} ${b.y}`]],
    [1, ['short-month', `${b.d} ${MONTHS[b.m - 1].slice(0, 3)} ${b.y}`]],
    [1, ['us-nopad', `${b.m}/${b.d}/${b.y}`]],
    [1, ['eu-dot', `${pad(b.d)}.${pad(b.m)}.${b.y}`]],
  ]);
  return pii('date_of_birth', v, variant);
}

export function dobZh(r: Rng, b: Ymd = birthYmd(r)): Pii {
  const [variant, v] = r.weighted<[string, string]>([
    [4, ['cjk', `${b.y}年${b.m}月${b.d}日`]],
    [2, ['iso', `${b.y}-${pad(b.m)}-${pad(b.d)}`]],
    [1, ['slash', `${b.y}/${pad(b.m)}/${pad(b.d)}`]],
    [1, ['dot', `${b.y}.${pad(b.m)}.${pad(b.d)}`]],
  ]);
  return pii('date_of_birth', v, variant);
}

// ───────────────────────────── China ─────────────────────────────

const CN_REGIONS = [
  '110101', '110105', '110108', '120101', '130102', '140105', '210102', '220102', '230103', '310101', '310104',
  '310115', '320102', '320506', '330106', '330108', '340104', '350203', '360102', '370102', '370203', '410105',
  '420106', '430104', '440103', '440106', '440305', '440304', '450103', '500103', '510107', '520102', '530102',
  '610113', '620102', '650102',
];

export function residentId(r: Rng, b: Ymd = birthYmd(r, 1950, 2008)): Pii {
  const body = `${r.pick(CN_REGIONS)}${b.y}${pad(b.m)}${pad(b.d)}${r.digits(3)}`;
  const id = body + mod11_2CheckChar(body);
  const v = id.endsWith('X') && r.chance(0.2) ? id.slice(0, -1) + 'x' : id;
  return pii('cn.resident_id', v, 'compact');
}

const USCC_ALPHABET_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function uscc(r: Rng): Pii {
  const authType = r.weighted([[8, '91'], [2, '92'], [1, '12'], [1, '52'], [1, '93']] as const);
  const region = r.pick(CN_REGIONS);
  for (;;) {
    const orgBody = r.chance(0.5) ? `MA${r.chars(6, '0123456789ABCDEFGHJKLMNPQRTUWXY')}` : r.digits(8);
    const orgCheck = orgCodeCheckChar(orgBody);
    const payload = `${authType}${region}${orgBody}${orgCheck}`;
    if ([...payload].some((c) => !USCC_ALPHABET_BODY.includes(c))) continue;
    return pii('cn.uscc', payload + usccCheckChar(payload), 'compact');
  }
}

const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋蒙陕吉闽贵粤川';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export function plate(r: Rng): Pii {
  const prov = r.pick([...PLATE_PROVINCES]);
  const office = r.pick([...'ABCDEFGHJK']);
  const serial = r.weighted<() => string>([
    [5, () => r.digits(5)],
    [3, () => `${r.chars(2, PLATE_LETTERS)}${r.digits(3)}`],
    [2, () => `${r.digits(2)}${r.chars(1, PLATE_LETTERS)}${r.digits(2)}`],
    [2, () => `${r.pick(['D', 'F'])}${r.digits(5)}`],
    [2, () => `${r.chars(1, PLATE_LETTERS)}${r.digits(4)}`],
  ])();
  const sep = r.weighted([[4, ''], [2, '·'], [1, ' ']] as const);
  return pii('cn.license_plate', `${prov}${office}${sep}${serial}`, sep === '' ? 'compact' : 'dot');
}

export function passportCn(r: Rng): Pii {
  const v = r.chance(0.6) ? `E${r.digits(8)}` : `E${r.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(7)}`;
  return pii('cn.passport', v, 'e');
}

// ───────────────────────────── QQ numbers ─────────────────────────────

/** A QQ number as people list it beside their phone: 9–10 digits, the accounts issued since the mid-2000s. */
export function qq(r: Rng): Pii {
  return pii('cn.qq', r.int(1, 9) + r.digits(r.pick([8, 9])), 'digits');
}
