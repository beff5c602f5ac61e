/**
 * GB 32100-2015 unified social credit code (统一社会信用代码, USCC) of legal persons and other organisations.
 *
 * 18 characters over 0-9 and the upper-case letters except I, O, S, V, Z (31 symbols):
 *   1     registration authority (登记管理部门代码)
 *   2     organisation type within that authority (机构类别代码)
 *   3-8   administrative division of the registering office (GB/T 2260)
 *   9-17  subject identifier = the GB 11714 organisation code, which carries its own MOD 11 check
 *   18    check character, GB/T 17710 (ISO 7064) pure system MOD 31 with weights 3^i mod 31
 *
 * All functions take the compact form (no separators, upper case).
 */

import type { Verdict } from '../../src/types.js';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Authority → allowed organisation-type codes (GB 32100-2015 Annex A). 9 (market regulation)
 * has no "other" type; Y (other authorities) uses only 1.
 */
const AUTHORITY_TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: organs, public institutions, mass organisations, other
  '2': '19', // 外交: resident foreign news agencies, other
  '3': '123459', // 司法行政: law firms, notaries, legal services, forensic institutes, arbitration, other
  '4': '19', // 文化: foreign cultural centres, other
  '5': '1239', // 民政: social groups, private non-enterprise units, foundations, other
  '6': '129', // 旅游: foreign and HK/Macao/Taiwan tourism offices, other
  '7': '129', // 宗教: places of worship, religious schools, other
  '8': '19', // 工会: grassroots trade unions, other
  '9': '123', // 工商 / market regulation: enterprises, sole proprietors (个体工商户), farmers' cooperatives
  A: '19', // 中央军委改革和编制办公室: military public institutions, other
  N: '1239', // 农业: group-, village-, township-level collective economic organisations, other
  Y: '1', // 其他
};

/**
 * First two digits of the registering office's division code: province-level GB/T 2260 codes, plus 10
 * for offices at national level (100000).
 */
const REGIONS = new Set([
  '10',
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
]);

const SHAPE = /^[0-9ANY][0-9][0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** The check character for the first 17 characters; throws on characters outside the alphabet. */
export function usccCheckChar(payload: string): string {
  if (payload.length !== 17) throw new RangeError(`usccCheckChar: payload must be 17 characters, got ${payload.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(payload[i]);
    if (v < 0) throw new RangeError(`usccCheckChar: ${JSON.stringify(payload[i])} is not in the USCC alphabet`);
    sum += v * WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * GB 11714 organisation code check character for the 8-character body: weights 3,7,9,10,5,8,4,2 over
 * 0-9 / A-Z (A = 10), C = 11 − Σ mod 11, with 10 → 'X' and 11 → '0'.
 */
export function orgCodeCheckChar(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  if (!/^[0-9A-Z]{8}$/.test(body)) throw new RangeError(`orgCodeCheckChar: body must be 8 characters 0-9/A-Z, got ${JSON.stringify(body)}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const code = body.charCodeAt(i);
    sum += (code <= 57 ? code - 48 : code - 55) * weights[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** True when the nine-character subject identifier is a GB 11714 organisation code with a matching check. */
export function orgCodeValid(code: string): boolean {
  return /^[0-9A-Z]{8}[0-9X]$/.test(code) && orgCodeCheckChar(code.slice(0, 8)) === code[8];
}

/** True when authority and organisation-type codes form a pair defined by the standard. */
export function usccAuthorityTypeValid(s: string): boolean {
  const types = AUTHORITY_TYPES[s[0]];
  return types !== undefined && s.length > 1 && types.includes(s[1]);
}

/**
 * 'valid' when shape, authority/type pair, region, embedded organisation code and final check all hold;
 * 'invalid' otherwise. There is no 'unknown': every part of the code is checkable.
 */
export function usccVerdict(s: string): Verdict {
  if (!SHAPE.test(s)) return 'invalid';
  if (!usccAuthorityTypeValid(s)) return 'invalid';
  if (!REGIONS.has(s.slice(2, 4))) return 'invalid';
  if (!orgCodeValid(s.slice(8, 17))) return 'invalid';
  return usccCheckChar(s.slice(0, 17)) === s[17] ? 'valid' : 'invalid';
}

/** True for a code that passes every check of usccVerdict. */
export function usccValid(s: string): boolean {
  return usccVerdict(s) === 'valid';
}

/** True when the code belongs to a sole proprietor (个体工商户), whose code identifies a natural person's business. */
export function usccIsSoleProprietor(s: string): boolean {
  return s[0] === '9' && s[1] === '2';
}
