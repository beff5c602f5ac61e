/**
 * Largest-remainder rounding (Hamilton's method): integers that add up exactly to `total`, each the floor of
 * its exact share or one more, the extra units going to the largest fractional parts (ties: earlier first).
 * This is what lets an auditor add up the factor contributions and get the score.
 */
export function largestRemainder(exact: readonly number[], total: number): number[] {
  // Snap away binary noise (0.35 × 100 = 35.00000000000001) before taking floors.
  const clean = exact.map((x) => Math.round(x * 1e9) / 1e9);
  const floors = clean.map(Math.floor);
  let left = total - floors.reduce((s, x) => s + x, 0);
  const order = clean.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  const out = [...floors];
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) out[order[k].i]++;
  for (let k = order.length - 1; left < 0 && order.length > 0; left++) {
    // Only reachable when `total` is below the sum of floors: take back from the smallest fractions.
    while (out[order[k].i] === 0 && k > 0) k--;
    out[order[k].i]--;
  }
  return out;
}

/** Rounds half up at the 1e-9 grain, so 54.5 → 55 whatever the float noise. */
export function roundHalfUp(x: number): number {
  return Math.floor(Math.round(x * 1e9) / 1e9 + 0.5);
}
