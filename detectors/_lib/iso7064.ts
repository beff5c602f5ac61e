/**
 * ISO/IEC 7064 check character systems: MOD 97-10 (IBAN, LEI), MOD 11-2 (CN resident ID, ISNI),
 * hybrid MOD 11,10 (DE Steuer-IdNr, HR OIB) and hybrid MOD 37,36 (alphanumeric codes).
 * Pure functions over compact upper-case strings; characters outside the system make a value invalid.
 */

/**
 * Remainder mod 97 of the number written by `s`, with letters expanded to two digits (A=10 … Z=35).
 * Folds one character at a time, so the running value stays below 97 × 100 and never overflows.
 * NaN when `s` holds anything but 0-9 and A-Z.
 */
export function mod97_10(s: string): number {
  let rem = 0;
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      rem = (rem * 10 + (code - 48)) % 97;
    } else if (code >= 65 && code <= 90) {
      rem = (rem * 100 + (code - 55)) % 97;
    } else {
      return Number.NaN;
    }
  }
  return rem;
}

/** MOD 97-10 holds when the remainder is 1 (IBAN after moving the first four characters to the end). */
export function mod97_10Valid(s: string): boolean {
  return s.length > 0 && mod97_10(s) === 1;
}

const DIGITS = /^[0-9]*$/;

/** Running MOD 11-2 value over `s`, where only the last character may be 'X' (= 10). NaN on bad input. */
function mod11_2Checksum(s: string): number {
  let p = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    let v: number;
    if (c >= '0' && c <= '9') v = c.charCodeAt(0) - 48;
    else if (c === 'X' && i === s.length - 1) v = 10;
    else return Number.NaN;
    p = (p * 2 + v) % 11;
  }
  return p;
}

/** MOD 11-2 check character for a digit payload: '0'-'9' or 'X'. Throws on non-digits. */
export function mod11_2CheckChar(payload: string): string {
  if (!DIGITS.test(payload)) throw new RangeError(`mod11_2CheckChar: payload must be ASCII digits, got ${JSON.stringify(payload)}`);
  // Appending check c gives (2p + c) mod 11; the system requires that to be 1.
  const c = (((1 - 2 * mod11_2Checksum(payload)) % 11) + 11) % 11;
  return c === 10 ? 'X' : String(c);
}

/** True when `s` (digits, check character last, upper-case 'X' for 10) passes MOD 11-2. */
export function mod11_2Valid(s: string): boolean {
  return s.length >= 2 && mod11_2Checksum(s) === 1;
}

/**
 * Hybrid system for modulus M with M+1 prime: returns the product P after folding `values`,
 * or, with `final`, the last sum S (the value is valid when S = 1).
 */
function hybrid(values: readonly number[], m: number, final: boolean): number {
  let p = m;
  let s = 0;
  for (const v of values) {
    s = (p + v) % m;
    if (s === 0) s = m;
    p = (2 * s) % (m + 1);
  }
  return final ? s % m : p;
}

function digitValues(s: string): number[] | null {
  if (!/^[0-9]+$/.test(s)) return null;
  return Array.from(s, (c) => c.charCodeAt(0) - 48);
}

/** Hybrid MOD 11,10 check digit for a digit payload. Throws on non-digits. */
export function mod11_10CheckDigit(payload: string): string {
  const values = payload === '' ? [] : digitValues(payload);
  if (values === null) throw new RangeError(`mod11_10CheckDigit: payload must be ASCII digits, got ${JSON.stringify(payload)}`);
  // The check digit c must make (P + c) mod 10 = 1.
  return String((11 - hybrid(values, 10, false)) % 10);
}

/** True when `s` (digits, check digit last) passes hybrid MOD 11,10. */
export function mod11_10Valid(s: string): boolean {
  const values = digitValues(s);
  return values !== null && values.length >= 2 && hybrid(values, 10, true) === 1;
}

const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function alphabetValues(s: string, alphabet: string): number[] | null {
  const values: number[] = [];
  for (const c of s) {
    const v = alphabet.indexOf(c);
    if (v < 0) return null;
    values.push(v);
  }
  return values;
}

/**
 * Hybrid MOD 37,36 check character (M = alphabet length, 36 by default: 0-9A-Z).
 * Throws on characters outside the alphabet.
 */
export function mod37_36CheckChar(payload: string, alphabet: string = ALNUM36): string {
  const values = alphabetValues(payload, alphabet);
  if (values === null) throw new RangeError(`mod37_36CheckChar: payload has characters outside the alphabet: ${JSON.stringify(payload)}`);
  const m = alphabet.length;
  return alphabet[(m + 1 - hybrid(values, m, false)) % m];
}

/** True when `s` (check character last) passes hybrid MOD 37,36 over `alphabet`. */
export function mod37_36Valid(s: string, alphabet: string = ALNUM36): boolean {
  const values = alphabetValues(s, alphabet);
  return values !== null && values.length >= 2 && hybrid(values, alphabet.length, true) === 1;
}
