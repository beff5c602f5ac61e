/** Evaluates the combination rules over an asset's record-level co-occurrence (`asset.cooccurrence`). */

import type { Asset, Combination } from '../types.js';
import { COMBINATION_RULES, type CombinationRule } from './combination-rules.js';
import type { DetectorIndex } from './detector-facts.js';
import { selectsAny } from './selectors.js';

/**
 * One distinct detector per group (a record with only `gb.nhs` must not satisfy both "identifier" and
 * "health" through the same value): a small backtracking match, groups are few.
 */
function assign(groups: readonly (readonly string[])[], ids: readonly string[], index: DetectorIndex, used = new Set<string>(), g = 0): boolean {
  if (g === groups.length) return true;
  for (const id of ids) {
    if (used.has(id) || !selectsAny(groups[g], id, index.get(id))) continue;
    used.add(id);
    if (assign(groups, ids, index, used, g + 1)) return true;
    used.delete(id);
  }
  return false;
}

export interface FiredRule {
  rule: CombinationRule;
  combination: Combination;
}

export function evaluateCombinations(asset: Asset, index: DetectorIndex, rules: readonly CombinationRule[] = COMBINATION_RULES): FiredRule[] {
  const out: FiredRule[] = [];
  const records = asset.cooccurrence ?? [];
  for (const rule of rules) {
    let count = 0;
    const detectors = new Set<string>();
    for (const rec of records) {
      if (!assign(rule.groups, rec.detectors, index)) continue;
      count += rec.records;
      // Name every detector of the record that plays a part in the rule, not just the first assignment.
      for (const id of rec.detectors) if (rule.groups.some((g) => selectsAny(g, id, index.get(id)))) detectors.add(id);
    }
    if (count === 0) continue;
    out.push({
      rule,
      combination: {
        name: rule.name,
        title: rule.title,
        detectors: [...detectors].sort(),
        records: count,
        sensitivity: rule.sensitivity,
        why: `${count} record(s) hold ${[...detectors].sort().join(' + ')}: ${rule.why}`,
        legal: [...rule.legal],
      },
    });
  }
  return out;
}
