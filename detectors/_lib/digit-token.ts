/**
 * RE2 fragments that keep a numeric identifier from matching inside a longer token.
 *
 * `\b` alone is not enough for separated numbers: `1-536-90-4399`, `536-90-4399-01`, `3.536904399`
 * and `12 536 90 4399` all have a word boundary next to the value. RE2 has no lookaround, so:
 * - the left guard is consumed outside the value's capture group (use `group: 1`), and it rejects a
 *   preceding letter, digit, `_`, `-`, `.`, `+` or `$` (but accepts an abbreviation dot: `No.536…`);
 * - the right side never consumes past the value, so two values separated by one character are both
 *   found; instead a continuation (`-01`, `.5`, ` 12` for spaced forms) is absorbed *into* the group,
 *   which makes the normalised value too long and the detector's validate() rejects it.
 * Patterns built here need `(?m)` so that `^` also matches at a line start inside a block.
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

/**
 * Wraps `core` (non-capturing groups only) into a guarded pattern whose capture group 1 is the value.
 * `spaced` selects the guards for values that may contain spaces.
 */
export function digitToken(core: string, spaced = false): string {
  return spaced ? `(?m)${LEFT_SPACED}(${core}${TAIL_SPACED})` : `(?m)${LEFT}(${core}${TAIL})`;
}
