/**
 * RE2 fragments that keep a numeric identifier from matching inside a longer token.
 *
 * `\b` alone is not enough for separated numbers: `1-536-90-4399`, `536-90-4399-01`, `3.536904399`
 * and `12 536 90 4399` all have a word boundary next to the value. RE2 has no lookaround, so:
 * - the left guard is declared (`guard`) and checked by the engine on the byte before the match: it rejects
 *   a preceding letter, digit, `_`, `-`, `.`, `+` or `$` (but accepts an abbreviation dot: `No.536…`);
 * - the right side never consumes past the value, so two values separated by one character are both
 *   found; instead a continuation (`-01`, `.5`, ` 12` for spaced forms) is absorbed *into* the group,
 *   which makes the normalised value too long and the detector's validate() rejects it.
 */

/** What may stand before a value: line start, or a character that cannot continue a number or word. */
export const LEFT = '(?:^|[^0-9A-Za-z_.+$\\-]|[A-Za-z]\\.)';

/**
 * Left guard for values whose own separator is a space: additionally a space preceded by a digit is
 * refused, because `12 536 90 4399` is more likely one longer spaced number than an identifier.
 */
export const LEFT_SPACED = '(?:^[ \\t]{0,16}|[^0-9A-Za-z_.+$\\- ]|[A-Za-z]\\.|[^0-9] )';

/** Right edge: absorbs `-01` / `.5` / `.x1` continuations so validate() sees (and refuses) the longer token. */
export const TAIL = '(?:[-.][0-9A-Za-z]{1,32})?\\b';

/** Right edge for spaced forms: a following space-separated digit group is absorbed as well. */
export const TAIL_SPACED = '(?:[-. ][0-9]{1,32}|[-.][A-Za-z][0-9A-Za-z]{0,31})?\\b';

export type TokenGuard = 'number' | 'spaced-number';

/**
 * A guarded numeric token: `core` plus the continuation TAIL, with the left guard declared rather than
 * consumed. The engine checks the guard on the bytes before the match (src/engine/guard.ts), so the pattern
 * needs no capture group and RE2 can find it with its DFA alone. `spaced` selects the guard for values that
 * may contain spaces. Spread it into a pattern: `{ name, ...digitToken('[0-9]{9}'), score }`.
 */
export function digitToken(core: string, spaced = false): { regex: string; guard: TokenGuard } {
  return spaced ? { regex: `${core}${TAIL_SPACED}`, guard: 'spaced-number' } : { regex: `${core}${TAIL}`, guard: 'number' };
}
