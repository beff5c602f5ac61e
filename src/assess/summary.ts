/** Report-level roll-up: assets by level, triggers, and one entry per store (a scan target or a database). */

import {
  RISK_LEVELS,
  SENSITIVITIES,
  maxSensitivity,
  type Assessment,
  type AssessmentModel,
  type Asset,
  type Category,
  type ScanReport,
  type StoreSummary,
} from '../types.js';
import { categoriesOf } from './asset-facts.js';
import type { DetectorIndex } from './detector-facts.js';
import { riskLevel } from './risk.js';

/** The literal directory part of a target: `logs/**\/*.log` → `logs`, `./data/` → `data`. */
function targetRoot(target: string): string {
  const segs = target.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  const lit: string[] = [];
  for (const s of segs) {
    if (/[*?[\]{}!]/.test(s)) break;
    if (s !== '' && s !== '.') lit.push(s);
  }
  return lit.join('/');
}

/** The store an asset belongs to: its database, or the scan target (longest match) that holds its path. */
export function storeOf(asset: Asset, targets: readonly string[]): { store: string; kind: StoreSummary['kind'] } {
  const l = asset.location;
  if (l.kind === 'table') return { store: l.store, kind: 'database' };
  let best = '';
  for (const t of targets) {
    const root = targetRoot(t);
    const inside = root === '' || l.path === root || l.path.startsWith(root + '/');
    if (inside && root.length >= best.length) best = root;
  }
  return { store: best === '' ? '.' : best, kind: 'files' };
}

export function summarise(report: ScanReport, index: DetectorIndex, model: AssessmentModel, notes: string[]): Assessment {
  const byLevel = Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Assessment['byLevel'];
  const bySensitivity = Object.fromEntries(SENSITIVITIES.map((s) => [s, 0])) as Assessment['bySensitivity'];
  const triggers: Record<string, number> = {};
  const stores = new Map<string, StoreSummary & { cats: Set<Category>; trig: Set<string> }>();
  let maxScore = 0;
  for (const a of report.assets) {
    if (a.risk) {
      byLevel[a.risk.level]++;
      maxScore = Math.max(maxScore, a.risk.score);
    }
    if (a.sensitivity) bySensitivity[a.sensitivity]++;
    for (const t of a.triggers ?? []) triggers[t] = (triggers[t] ?? 0) + 1;
    const { store, kind } = storeOf(a, report.scan.targets);
    let s = stores.get(store);
    if (!s) {
      s = { store, kind, assets: 0, records: 0, sensitivity: null, score: 0, level: 'low', categories: [], triggers: [], cats: new Set(), trig: new Set() };
      stores.set(store, s);
    }
    s.assets++;
    s.records += a.records;
    s.sensitivity = maxSensitivity(s.sensitivity, a.sensitivity);
    s.score = Math.max(s.score, a.risk?.score ?? 0);
    for (const c of categoriesOf(a, index)) s.cats.add(c);
    for (const t of a.triggers ?? []) s.trig.add(t);
  }
  const order = Object.keys(triggers).sort();
  return {
    model,
    assets: report.assets.length,
    byLevel,
    bySensitivity,
    maxScore,
    triggers: Object.fromEntries(order.map((t) => [t, triggers[t]])),
    stores: [...stores.values()]
      .sort((a, b) => (a.store < b.store ? -1 : a.store > b.store ? 1 : 0))
      .map(({ cats, trig, ...s }) => ({ ...s, level: riskLevel(s.score, model.levels), categories: [...cats].sort(), triggers: [...trig].sort() })),
    notes,
  };
}
