/**
 * IBAN registry (ISO 13616, SWIFT IBAN Registry): the BBAN structure of every country that has registered an
 * IBAN format, the MOD 97-10 check, and the national check digits that some countries put inside the BBAN.
 *
 * Structures use the registry notation: `4!n` four digits, `4!a` four upper-case letters, `4!c` four
 * letters or digits. The IBAN length is 4 + the BBAN length.
 */

import { mod97_10, mod97_10Valid } from './iso7064.js';
import { weightedSum } from './weighted.js';

/** BBAN structure per country code (SWIFT IBAN Registry, 89 countries incl. XK). */
export const IBAN_BBAN_STRUCTURE: Readonly<Record<string, string>> = {
  AD: '4!n4!n12!c',
  AE: '3!n16!n',
  AL: '8!n16!c',
  AT: '5!n11!n',
  AZ: '4!a20!c',
  BA: '3!n3!n8!n2!n',
  BE: '3!n7!n2!n',
  BG: '4!a4!n2!n8!c',
  BH: '4!a14!c',
  BI: '5!n5!n11!n2!n',
  BR: '8!n5!n10!n1!a1!c',
  BY: '4!c4!n16!c',
  CH: '5!n12!c',
  CR: '4!n14!n',
  CY: '3!n5!n16!c',
  CZ: '4!n6!n10!n',
  DE: '8!n10!n',
  DJ: '5!n5!n11!n2!n',
  DK: '4!n9!n1!n',
  DO: '4!c20!n',
  EE: '2!n14!n',
  EG: '4!n4!n17!n',
  ES: '4!n4!n1!n1!n10!n',
  FI: '3!n11!n',
  FK: '2!a12!n',
  FO: '4!n9!n1!n',
  FR: '5!n5!n11!c2!n',
  GB: '4!a6!n8!n',
  GE: '2!a16!n',
  GI: '4!a15!c',
  GL: '4!n9!n1!n',
  GR: '3!n4!n16!c',
  GT: '4!c20!c',
  HN: '4!a20!n',
  HR: '7!n10!n',
  HU: '3!n4!n1!n15!n1!n',
  IE: '4!a6!n8!n',
  IL: '3!n3!n13!n',
  IQ: '4!a3!n12!n',
  IS: '4!n2!n6!n10!n',
  IT: '1!a5!n5!n12!c',
  JO: '4!a4!n18!c',
  KW: '4!a22!c',
  KZ: '3!n13!c',
  LB: '4!n20!c',
  LC: '4!a24!c',
  LI: '5!n12!c',
  LT: '5!n11!n',
  LU: '3!n13!c',
  LV: '4!a13!c',
  LY: '3!n3!n15!n',
  MC: '5!n5!n11!c2!n',
  MD: '2!c18!c',
  ME: '3!n13!n2!n',
  MK: '3!n10!c2!n',
  MN: '4!n12!n',
  MR: '5!n5!n11!n2!n',
  MT: '4!a5!n18!c',
  MU: '4!a2!n2!n12!n3!n3!a',
  NI: '4!a20!n',
  NL: '4!a10!n',
  NO: '4!n6!n1!n',
  OM: '3!n16!c',
  PK: '4!a16!c',
  PL: '8!n16!n',
  PS: '4!a21!c',
  PT: '4!n4!n11!n2!n',
  QA: '4!a21!c',
  RO: '4!a16!c',
  RS: '3!n13!n2!n',
  RU: '9!n5!n15!c',
  SA: '2!n18!c',
  SC: '4!a2!n2!n16!n3!a',
  SD: '2!n12!n',
  SE: '3!n16!n1!n',
  SI: '5!n8!n2!n',
  SK: '4!n6!n10!n',
  SM: '1!a5!n5!n12!c',
  SO: '4!n3!n12!n',
  ST: '8!n11!n2!n',
  SV: '4!a20!n',
  TL: '3!n14!n2!n',
  TN: '2!n3!n13!n2!n',
  TR: '5!n1!n16!c',
  UA: '6!n19!c',
  VA: '3!n15!n',
  VG: '4!a16!n',
  XK: '4!n10!n2!n',
  YE: '4!a4!n18!c',
};

interface CountryFormat {
  bbanLength: number;
  bbanRe: RegExp;
}

function compileStructure(structure: string): CountryFormat {
  let length = 0;
  let re = '^';
  for (const m of structure.matchAll(/([0-9]+)!?([nac])/g)) {
    const n = Number(m[1]);
    length += n;
    re += `${{ n: '[0-9]', a: '[A-Z]', c: '[A-Z0-9]' }[m[2] as 'n' | 'a' | 'c']}{${n}}`;
  }
  return { bbanLength: length, bbanRe: new RegExp(re + '$') };
}

const FORMATS: ReadonlyMap<string, CountryFormat> = new Map(
  Object.entries(IBAN_BBAN_STRUCTURE).map(([cc, s]) => [cc, compileStructure(s)]),
);

/** IBAN length (country code + check digits + BBAN) for a registered country, or undefined. */
export function ibanLength(cc: string): number | undefined {
  const f = FORMATS.get(cc);
  return f ? f.bbanLength + 4 : undefined;
}

/** Registered country codes grouped by BBAN length (used to build exact-length patterns). */
export function countriesByBbanLength(): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [cc, f] of FORMATS) {
    const list = out.get(f.bbanLength) ?? [];
    list.push(cc);
    out.set(f.bbanLength, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

// Spanish CCC (Código Cuenta Cliente): two mod-11 check digits, one over bank+branch, one over the account.
const CCC_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6] as const;
function cccDigit(ten: string): number {
  const d = 11 - (weightedSum(ten, CCC_WEIGHTS) % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}
function spainCccValid(bban: string): boolean {
  return cccDigit('00' + bban.slice(0, 8)) === Number(bban[8]) && cccDigit(bban.slice(10)) === Number(bban[9]);
}

// French RIB key (also Monaco): letters map to digits A-I→1-9, J-R→1-9, S-Z→2-9, then
// 89·bank + 15·branch + 3·account + key ≡ 0 (mod 97).
function ribDigit(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return c;
  const o = code - 65;
  return String(o < 9 ? o + 1 : o < 18 ? o - 8 : o - 16);
}
function frenchRibValid(bban: string): boolean {
  const d = Array.from(bban, ribDigit).join('');
  const bank = Number(d.slice(0, 5));
  const branch = Number(d.slice(5, 10));
  const acct = mod97_10(d.slice(10, 21));
  const key = Number(d.slice(21, 23));
  return (89 * bank + 15 * branch + 3 * acct + key) % 97 === 0;
}

// Countries whose BBAN ends in national check digits computed with ISO 7064 MOD 97-10 over the whole BBAN.
const NATIONAL_MOD97 = new Set(['BA', 'ME', 'MK', 'PT', 'RS', 'SI', 'TL']);

/**
 * National check digits inside the BBAN, where the registry's countries define one that every account
 * carries (a one-character typo already fails MOD 97; these also reject numbers built with the right
 * IBAN check digits around a wrong domestic number).
 */
export function nationalCheckValid(cc: string, bban: string): boolean {
  switch (cc) {
    case 'ES':
      return spainCccValid(bban);
    case 'BE': {
      const r = Number(bban.slice(0, 10)) % 97;
      return (r === 0 ? 97 : r) === Number(bban.slice(10, 12));
    }
    case 'FR':
    case 'MC':
      return frenchRibValid(bban);
    default:
      // MK's BBAN may contain letters; its national key is only defined on the all-digit form.
      if (NATIONAL_MOD97.has(cc) && /^[0-9]+$/.test(bban)) return mod97_10Valid(bban);
      return true;
  }
}

export type IbanProblem = 'country' | 'length' | 'structure' | 'checksum' | 'national';

/** Checks a compact upper-case IBAN; returns null when it is valid, else what is wrong with it. */
export function ibanProblem(iban: string): IbanProblem | null {
  const cc = iban.slice(0, 2);
  const f = FORMATS.get(cc);
  if (!f) return 'country';
  if (iban.length !== f.bbanLength + 4) return 'length';
  const bban = iban.slice(4);
  if (!/^[0-9]{2}$/.test(iban.slice(2, 4)) || !f.bbanRe.test(bban)) return 'structure';
  if (!mod97_10Valid(bban + iban.slice(0, 4))) return 'checksum';
  if (!nationalCheckValid(cc, bban)) return 'national';
  return null;
}

/** True for a compact upper-case IBAN of a registered country with the right length, structure and checks. */
export function ibanValid(iban: string): boolean {
  return ibanProblem(iban) === null;
}
