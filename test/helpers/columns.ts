import type { AssetColumn } from '../../src/types.js';

/** A CONTRACT.md column entry with neutral defaults, for tests that only care about a few fields. */
export function column(c: Pick<AssetColumn, 'name' | 'detector'> & Partial<AssetColumn>): AssetColumn {
  return { path: null, matched: 1, sampled: 1, ratio: 1, confidence: 0.9, protection: 'plain', nameHint: false, evidence: {}, ...c };
}
