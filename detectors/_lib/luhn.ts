/**
 * Luhn mod-10 (ISO/IEC 7812-1 Annex B): payment cards, IMEI, Canadian SIN and many more.
 * Catches every single-digit error and most adjacent transpositions (not 09↔90).
 */

const DIGITS = /^[0-9]+$/;

/** Sum of the Luhn-transformed digits; `doubleFirst` says whether the rightmost digit is doubled. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/**
 * True when `digits` (check digit last) passes Luhn. Needs at least two digits, because a lone
 * digit has no payload to protect; anything but ASCII digits is false (compact first).
 */
export function luhnValid(digits: string): boolean {
  if (digits.length < 2 || !DIGITS.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** The Luhn check digit to append to `payload`. Throws on non-digits: a caller bug, not data. */
export function luhnCheckDigit(payload: string): string {
  if (!DIGITS.test(payload)) throw new RangeError(`luhnCheckDigit: payload must be ASCII digits, got ${JSON.stringify(payload)}`);
  // The check digit will sit to the right, so the rightmost payload digit is the one doubled.
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}
