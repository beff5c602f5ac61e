import { describe, expect, it } from 'vitest';
import { keyWindows, windowEnd, windowSize } from '../../src/db/key-windows.js';

/** The key-window planner over an in-memory sorted key list: no duplicates, spread, full coverage, bigints. */

function reader(keys: bigint[]) {
  const reads: { lo: bigint; hi: bigint | null; limit: number }[] = [];
  return {
    reads,
    read: async (lo: bigint, hi: bigint | null, limit: number) => {
      reads.push({ lo, hi, limit });
      const rows = keys.filter((k) => k >= lo && (hi === null || k < hi)).slice(0, limit);
      const last = rows[rows.length - 1] ?? null;
      return { rows: rows.map((k) => [k.toString()]), end: windowEnd(rows.length, limit, last) };
    },
  };
}

async function run(keys: bigint[], rows: number, seed = 1) {
  const r = reader(keys);
  const out: string[] = [];
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : 1));
  for await (const b of keyWindows({ min: sorted[0] as bigint, max: sorted[sorted.length - 1] as bigint, rows, seed, salt: 't', read: r.read })) {
    for (const row of b.rows) out.push(row[0] as string);
  }
  return { out, reads: r.reads };
}

describe('key windows', () => {
  it('about a hundred windows per sample, at least 16 rows each', () => {
    expect(windowSize(10_000)).toBe(100);
    expect(windowSize(100)).toBe(16);
    expect(windowSize(1_000_000)).toBe(1000);
  });

  it('returns exactly the rows wanted, without duplicates, spread over a sparse key range', async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => BigInt(i * 37 + (i % 5)));
    const { out, reads } = await run(keys, 3000, 9);
    expect(out).toHaveLength(3000);
    expect(new Set(out).size).toBe(3000);
    const deciles = new Set(out.map((k) => Math.floor((Number(k) / (50_000 * 37)) * 10)));
    expect(deciles.size).toBe(10);
    expect(reads.length).toBeLessThanOrEqual(2 * Math.ceil(3000 / windowSize(3000)) + 2);
  });

  it('covers every key when the table is smaller than the sample', async () => {
    const keys = Array.from({ length: 777 }, (_, i) => BigInt(i * 3));
    const { out } = await run(keys, 10_000);
    expect(out.map(BigInt).sort((a, b) => (a < b ? -1 : 1))).toEqual(keys);
  });

  it('works on keys beyond 2^53 and is deterministic for a seed', async () => {
    const base = 2n ** 62n;
    const keys = Array.from({ length: 5000 }, (_, i) => base + BigInt(i) * 1_000_003n);
    const a = await run(keys, 500, 5);
    expect(a.out).toHaveLength(500);
    expect(new Set(a.out).size).toBe(500);
    expect((await run(keys, 500, 5)).out).toEqual(a.out);
    expect((await run(keys, 500, 6)).out).not.toEqual(a.out);
  });

  it('reads nothing for an empty sample', async () => {
    const { out, reads } = await run([1n, 2n, 3n], 0);
    expect(out).toEqual([]);
    expect(reads).toEqual([]);
  });
});
