/**
 * Spanish NIF control letter (DNI, NIE; the algorithm the Ministerio del Interior publishes): the
 * 8-digit number modulo 23 indexes a fixed table. The letters I, Ñ, O and U are never
 * used, so they cannot be confused with 1, N, 0 and V.
 */

export const MOD23_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

const DIGITS = /^[0-9]+$/;

/** The control letter for a digit payload (any length; the value is folded mod 23). Throws on non-digits. */
export function mod23Letter(digits: string): string {
  if (!DIGITS.test(digits)) throw new RangeError(`mod23Letter: payload must be ASCII digits, got ${JSON.stringify(digits)}`);
  let rem = 0;
  for (let i = 0; i < digits.length; i++) rem = (rem * 10 + (digits.charCodeAt(i) - 48)) % 23;
  return MOD23_LETTERS[rem];
}

/** True when `s` is digits followed by their upper-case control letter (`54362315K`). */
export function mod23Valid(s: string): boolean {
  if (s.length < 2) return false;
  const body = s.slice(0, -1);
  return DIGITS.test(body) && mod23Letter(body) === s[s.length - 1];
}
