/** Weighted digit sums, the core of most national-ID checksums (CN, KR, PL, BR, NL …). */

/**
 * Σ digit[i] × weights[i]. NaN when `digits` holds anything but ASCII digits (letters need their own
 * mapping, e.g. charValue36) or is longer than `weights`, so a wrong call never yields a plausible sum.
 * Extra weights beyond the digits are ignored.
 */
export function weightedSum(digits: string, weights: readonly number[]): number {
  if (digits.length > weights.length) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    sum += d * weights[i];
  }
  return sum;
}

/** 0-9 → 0-9, A-Z → 10-35 (lower case accepted too); NaN for anything else or more than one char. */
export function charValue36(c: string): number {
  if (c.length !== 1) return Number.NaN;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (code >= 97 && code <= 122) return code - 87;
  return Number.NaN;
}
