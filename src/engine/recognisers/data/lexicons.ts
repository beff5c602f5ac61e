import { FIRST_NAMES, LAST_NAMES } from './en-lexicon.generated.js';
import { EXTRA_FIRST_NAMES, EXTRA_SURNAMES, PINYIN_SURNAMES } from './en-names.js';
import { GIVEN_CHARS, SURNAME_WORDS } from './zh-lexicon.generated.js';

/**
 * The name lexicons as sets, built once on first use and shared by every reader: the English and Chinese
 * recognisers, person_name's validation and the headerless-column shapes (src/classify/value-shapes.ts).
 */

let first: ReadonlySet<string> | undefined;
/** First names in lower case: compromise's lexicon and our additions. */
export function firstNames(): ReadonlySet<string> {
  first ??= new Set([...FIRST_NAMES.split('|'), ...EXTRA_FIRST_NAMES]);
  return first;
}

let last: ReadonlySet<string> | undefined;
/** Surnames in lower case: compromise's lexicon, our additions and the pinyin surnames. */
export function lastNames(): ReadonlySet<string> {
  last ??= new Set([...LAST_NAMES.split('|'), ...EXTRA_SURNAMES, ...PINYIN_SURNAMES]);
  return last;
}

let given: ReadonlyMap<string, number> | undefined;
/** Given-name characters with their log-likelihood weight × 10 (generated from jieba's name entries). */
export function givenNameWeights(): ReadonlyMap<string, number> {
  given ??= new Map(GIVEN_CHARS.split(',').map((entry) => [entry[0], Number(entry.slice(1))] as const));
  return given;
}

let surnameWords: ReadonlySet<string> | undefined;
/** Common words that begin with a surname character (高兴, 王国, 周末): not names. */
export function surnameInitialWords(): ReadonlySet<string> {
  surnameWords ??= new Set(SURNAME_WORDS.split('|'));
  return surnameWords;
}
