/**
 * Sensitivity aggregation: finding → (column) → asset, with the escalation rules of regulations.md §2.1.
 * An asset starts at the highest level of the detectors it holds; a combination raises it to the
 * combination's level; known children's data makes it restricted.
 */

import { maxSensitivity, sensitivityRank, type Asset, type Combination, type Finding, type Sensitivity } from '../types.js';
import { baseSensitivity } from './asset-facts.js';
import type { DetectorIndex } from './detector-facts.js';

export interface Minors {
  under14: number;
  under16: number;
}

/** Children counted by the engine, else from the findings' subject ages (reports from other sources). */
export function minorsOf(asset: Asset, findings: readonly Finding[]): Minors {
  if (asset.minors) return asset.minors;
  let under14 = 0;
  let under16 = 0;
  for (const f of findings) {
    if (f.subjectAge === undefined) continue;
    if (f.subjectAge < 14) under14++;
    if (f.subjectAge < 16) under16++;
  }
  return { under14, under16 };
}

export interface AssetSensitivity {
  sensitivity: Sensitivity | null;
  escalation?: { from: Sensitivity | null; reasons: string[] };
}

export function assetSensitivity(asset: Asset, index: DetectorIndex, combinations: readonly Combination[], minors: Minors): AssetSensitivity {
  const from = baseSensitivity(asset, index);
  let level = from;
  const reasons: string[] = [];
  const raise = (to: Sensitivity, reason: string) => {
    if (level === null || sensitivityRank(to) > sensitivityRank(level)) reasons.push(reason);
    level = maxSensitivity(level, to);
  };
  for (const c of combinations) raise(c.sensitivity, `combination ${c.name} (${c.records} record(s))`);
  if (minors.under16 > 0) raise('restricted', `children's data: ${minors.under16} value(s) of subjects under 16 (${minors.under14} under 14)`);
  return reasons.length > 0 ? { sensitivity: level, escalation: { from, reasons } } : { sensitivity: level };
}
