/**
 * Left guards: what may stand before a numeric token (RE2 has no lookbehind, and consuming the character
 * in the pattern would force a capture group, which RE2 can only extract with its slower engines).
 *
 * - `number`: line start, or a byte that cannot continue a number or word (not a letter, digit, `_`, `.`,
 *   `+`, `$` or `-`), or an abbreviation dot after a letter (`No.536…`). Bytes ≥ 0x80 (CJK text) are fine.
 * - `spaced-number`: as `number`, but a space counts only when the byte before it is not a digit, so that
 *   `12 536 90 4399` is not read as an identifier inside a longer spaced number.
 * - `code`: as `number`, and not after `/` or `=` either: an all-capital run inside base64, a bcrypt salt or
 *   a path (`…u8M/OHVYNPJ0.c2o`) is not a bank code.
 */
export type Guard = 'number' | 'spaced-number' | 'code';

const NL = 0x0a;

function continuesToken(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) || // 0-9
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x61 && b <= 0x7a) || // a-z
    b === 0x5f || // _
    b === 0x2e || // .
    b === 0x2b || // +
    b === 0x24 || // $
    b === 0x2d // -
  );
}

const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/** True when the token starting at `start` may begin there; `lo` is the first byte that may be read. */
export function guardAllows(guard: Guard, buf: Buffer, start: number, lo: number): boolean {
  if (start <= lo) return true;
  const c = buf[start - 1];
  if (c === NL) return true;
  if (c === 0x2e) return start - 2 >= lo && isLetter(buf[start - 2]);
  if (guard === 'spaced-number' && c === 0x20) return start - 2 < lo || !isDigit(buf[start - 2]);
  if (guard === 'code' && (c === 0x2f || c === 0x3d)) return false;
  return !continuesToken(c);
}
