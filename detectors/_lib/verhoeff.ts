/**
 * Verhoeff dihedral-group check digit (Aadhaar and others): detects all single-digit errors and all
 * adjacent transpositions, which Luhn does not.
 */

// Multiplication table of the dihedral group D5.
const D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

// Position permutation: row i is the permutation applied i times.
const P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

const INV: readonly number[] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

const DIGITS = /^[0-9]+$/;

/** Group element after folding `digits` right to left, the rightmost at position `offset`. */
function fold(digits: string, offset: number): number {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = D[c][P[(i + offset) % 8][d]];
  }
  return c;
}

/** True when `digits` (check digit last, at least two digits) passes Verhoeff. */
export function verhoeffValid(digits: string): boolean {
  if (digits.length < 2 || !DIGITS.test(digits)) return false;
  return fold(digits, 0) === 0;
}

/** The Verhoeff check digit to append to `payload`. Throws on non-digits. */
export function verhoeffCheckDigit(payload: string): string {
  if (!DIGITS.test(payload)) throw new RangeError(`verhoeffCheckDigit: payload must be ASCII digits, got ${JSON.stringify(payload)}`);
  // The check digit will take position 0, so the payload starts at position 1.
  return String(INV[fold(payload, 1)]);
}
