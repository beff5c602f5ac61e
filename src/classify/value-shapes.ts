import RE2 from 're2';
import { EN_ADDRESS, ZH_ADDRESS } from '../../detectors/postal_address.js';
import { firstNames, givenNameWeights, surnameInitialWords } from '../engine/recognisers/data/lexicons.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../engine/recognisers/data/zh-surnames.js';
import { toSimplified, withTraditionalRegex } from '../engine/zh-script.js';

/**
 * What a value looks like when its column has no header at all (`column3` of a headerless export, as
 * `SELECT … INTO OUTFILE` writes them). The detectors for names, genders and addresses need a label or a
 * column name — `张伟`, `F` or `Main St 12` alone say little — but a whole column of them says a lot. Each
 * shape here is strict (a whole value, lexicon-checked); the column decides only when nearly every value has
 * the same shape (column.ts).
 */
export type ValueShape = 'person_name' | 'gender' | 'postal_address';

let surnames: ReadonlySet<string> | undefined;

let addressRe: RE2 | undefined;
function address(): RE2 {
  addressRe ??= new RE2(`^(?:${EN_ADDRESS}|${withTraditionalRegex(ZH_ADDRESS)})$`, 'u');
  return addressRe;
}

const MALE = /^(?:男|男性|m|male)$/iu;
const FEMALE = /^(?:女|女性|f|female)$/iu;
const ZH_NAME = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}'’-]*\.?(?:,?[ \t]{1,2}\p{Script=Latin}[\p{Script=Latin}'’-]*\.?){1,3}$/u;

function isZhName(v: string): boolean {
  if (!ZH_NAME.test(v)) return false;
  surnames ??= new Set(SINGLE_SURNAMES);
  const compound = COMPOUND_SURNAMES.find((c) => v.startsWith(c));
  if ((!compound && !surnames.has(v[0])) || surnameInitialWords().has(v)) return false;
  const given = [...v.slice(compound ? compound.length : 1)];
  // Common words that start with a surname (高兴, 周末) are out; every given-name character must be one jieba's
  // name entries use (成都, 王府井 fall out).
  return given.length >= 1 && given.length <= 2 && given.every((c) => givenNameWeights().has(c));
}

function isLatinName(v: string): boolean {
  if (!LATIN_NAME.test(v)) return false;
  const words = v.toLowerCase().replace(/[.,]/g, ' ').split(/[ \t]+/).filter(Boolean);
  return words.some((w) => firstNames().has(w));
}

/** The sex a whole value names (`男`, `F`, `female`), or null. */
export function sexOf(v: string): 'male' | 'female' | null {
  return MALE.test(v) ? 'male' : FEMALE.test(v) ? 'female' : null;
}

/** The shape of one trimmed, non-empty value, or null. */
export function valueShape(value: string): ValueShape | null {
  if (value.length > 120) return null;
  // 陳大文 and 男/女 read with the simplified lexicons (same length, same shape).
  const v = toSimplified(value);
  if (sexOf(v)) return 'gender';
  if (isZhName(v) || isLatinName(v)) return 'person_name';
  if (/[0-9０-９]/u.test(v) && address().test(v)) return 'postal_address';
  return null;
}
