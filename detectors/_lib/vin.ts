/**
 * Vehicle Identification Number (ISO 3779; check digit per US 49 CFR 565.15, also required in China by
 * GB 16735). Letters I, O and Q never occur, so they cannot be confused with 1 and 0.
 */

const VIN_CHARS = /^[A-HJ-NPR-Z0-9]{17}$/;

// 49 CFR 565.15 Table IV: letters map to 1-9 in blocks; the gaps are the excluded I, O, Q.
const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

// Position 9 (the check digit itself) has weight 0.
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Numeric value of one VIN character; NaN for I, O, Q and anything outside 0-9 A-Z. */
export function vinCharValue(c: string): number {
  if (c.length !== 1) return Number.NaN;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  return TRANSLITERATION[c] ?? Number.NaN;
}

/** True when `vin` is 17 characters of the VIN alphabet (upper case, no I/O/Q). */
export function isVinShape(vin: string): boolean {
  return VIN_CHARS.test(vin);
}

/** The check character ('0'-'9' or 'X') a VIN with this content must carry at position 9; '' if not VIN-shaped. */
export function vinCheckDigit(vin: string): string {
  if (!isVinShape(vin)) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += vinCharValue(vin[i]) * WEIGHTS[i];
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** True when position 9 holds the correct check character. */
export function vinCheckValid(vin: string): boolean {
  const cd = vinCheckDigit(vin);
  return cd !== '' && vin[8] === cd;
}
