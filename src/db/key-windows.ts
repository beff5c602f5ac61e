import type { DbValue, SampleBatch } from './types.js';

/**
 * Sampling by random key windows, for stores without TABLESAMPLE (MySQL/MariaDB, SQLite rowids): each
 * window is an index seek to a random point of the integer key range and a short ordered read, so the
 * cost is (windows × seek) + rows wanted — it does not grow with the table. `ORDER BY RAND()` would read
 * and sort the whole table.
 *
 * Windows never overlap: the planner keeps the key intervals it has read (half-open, merged) and bounds
 * each new window by the next read interval, so no row is returned twice. When the key range is smaller
 * than the sample, the windows end up covering it all and the sample is the whole table.
 */

export interface WindowRead {
  rows: DbValue[][];
  /** The first key not read (exclusive end of what the window covered); null when it read its whole gap. */
  end: bigint | null;
}

/** A window of one-column keys read in key order: it covered up to its last key, unless it ran dry. */
export function windowEnd(rows: number, limit: number, lastKey: bigint | null): bigint | null {
  return rows < limit || lastKey === null ? null : lastKey + 1n;
}

export interface KeyWindowPlan {
  /** Smallest and largest (leading) key value. */
  min: bigint;
  max: bigint;
  rows: number;
  seed: number;
  /** Mixed into the seed so that two tables do not get the same windows. */
  salt: string;
  /** Rows whose key is in [lo, hi) (hi null: no upper bound), in key order, at most `limit`. */
  read(lo: bigint, hi: bigint | null, limit: number): Promise<WindowRead>;
}

/** Rows per window: about a hundred windows per sample, so the sample spreads over the key range. */
export function windowSize(rows: number): number {
  return Math.min(1000, Math.max(16, Math.ceil(rows / 100)));
}

/** mulberry32: small, fast and good enough to place windows; the same seed gives the same windows. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A uniform draw in [min, max] for any bigint range (53 random bits scaled). */
function draw(rand: () => number, min: bigint, max: bigint): bigint {
  const span = max - min + 1n;
  const r = BigInt(Math.floor(rand() * 2 ** 53));
  return min + (span * r) / 2n ** 53n;
}

/** Merged, sorted half-open intervals [lo, hi) of keys already read. */
class Covered {
  readonly spans: [bigint, bigint][] = [];

  add(lo: bigint, hi: bigint): void {
    if (hi <= lo) return;
    const out: [bigint, bigint][] = [];
    let a = lo;
    let b = hi;
    let placed = false;
    for (const [x, y] of this.spans) {
      if (y < a) out.push([x, y]);
      else if (x > b) {
        if (!placed) out.push([a, b]);
        placed = true;
        out.push([x, y]);
      } else {
        a = x < a ? x : a;
        b = y > b ? y : b;
      }
    }
    if (!placed) out.push([a, b]);
    this.spans.splice(0, this.spans.length, ...out);
  }

  /** The first key ≥ k not yet read and the start of the next read interval after it (null: none). */
  gapAt(k: bigint): { lo: bigint; hi: bigint | null } {
    let lo = k;
    for (const [x, y] of this.spans) {
      if (y <= lo) continue;
      if (x <= lo) {
        lo = y;
        continue;
      }
      return { lo, hi: x };
    }
    return { lo, hi: null };
  }

  covers(min: bigint, max: bigint): boolean {
    const first = this.spans[0];
    return this.spans.length === 1 && first !== undefined && first[0] <= min && first[1] > max;
  }
}

export async function* keyWindows(plan: KeyWindowPlan): AsyncGenerator<SampleBatch> {
  const rand = prng((plan.seed ^ hash32(plan.salt)) >>> 0);
  const wanted = Math.max(0, Math.floor(plan.rows));
  const w = windowSize(wanted);
  const covered = new Covered();
  let got = 0;
  // Each window either fills (≤ rows/w of those) or closes a gap (no more gaps than filled windows + 1).
  const maxWindows = 2 * Math.ceil(wanted / w) + 2;
  for (let n = 0; n < maxWindows && got < wanted && !covered.covers(plan.min, plan.max); n++) {
    let { lo, hi } = covered.gapAt(draw(rand, plan.min, plan.max));
    // Past the last key: wrap to the first gap of the range.
    if (lo > plan.max) ({ lo, hi } = covered.gapAt(plan.min));
    const limit = Math.min(w, wanted - got);
    const r = await plan.read(lo, hi, limit);
    const end = r.end ?? hi ?? plan.max + 1n;
    covered.add(lo, end > lo ? end : lo + 1n);
    if (r.rows.length > 0) {
      got += r.rows.length;
      yield { rows: r.rows };
    }
  }
}

/** A key value off a driver as a bigint, or null when it is not an integer. */
export function toBigInt(v: unknown): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  return null;
}
