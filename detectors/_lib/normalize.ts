/** String clean-up shared by detectors' normalize() and by deny-list checks. */

/** Removes every character of `strip` (default space, dash, dot, slash, tab), then upper-cases. */
export function compact(raw: string, strip: string = ' -./\t'): string {
  let out = '';
  for (const c of raw) if (!strip.includes(c)) out += c;
  return out.toUpperCase();
}

/** Keeps ASCII digits only (full-width and other Unicode digits are dropped, not converted). */
export function digitsOnly(raw: string): string {
  return raw.replace(/[^0-9]/g, '');
}

/** True for a non-empty string made of one repeated character: 000000000, 1111111111. */
export function isRepeatedDigit(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 1; i < s.length; i++) if (s[i] !== s[0]) return false;
  return true;
}

/**
 * True for at least three digits that step by +1 or by -1 throughout, wrapping 9→0 / 0→9:
 * 123456789, 1234567890, 987654321, 0987654321. Placeholders people type instead of a real number.
 */
export function isSequentialDigits(s: string): boolean {
  if (s.length < 3 || !/^[0-9]+$/.test(s)) return false;
  const step = (s.charCodeAt(1) - s.charCodeAt(0) + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  for (let i = 2; i < s.length; i++) {
    if ((s.charCodeAt(i) - s.charCodeAt(i - 1) + 10) % 10 !== step) return false;
  }
  return true;
}
