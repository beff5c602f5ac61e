/**
 * The assessment: sensitivity escalation, combinations, risk, triggers and minimisation per asset, a
 * report-level roll-up, and `report.legal` extended to every article the report now cites. Pure: a report
 * in, a new report out (the input is not modified), so it can run at the end of a scan or on a saved report.
 */

import { resolveLegal } from '../../reports/regulations/catalogue.js';
import type { AssessConfig, Asset, ScanReport } from '../types.js';
import { assetJoinKey, findingsByAsset } from './asset-facts.js';
import { COMBINATION_RULES } from './combination-rules.js';
import { evaluateCombinations } from './combinations.js';
import { resolveAssessConfig } from './config.js';
import { detectorIndex, type DetectorFacts, type DetectorIndex } from './detector-facts.js';
import { assessMinimisation } from './minimisation.js';
import { assessRisk } from './risk.js';
import { assetSensitivity, minorsOf } from './sensitivity.js';
import { summarise } from './summary.js';
import { assessTriggers } from './triggers.js';

export { resolveAssessConfig, DEFAULT_WEIGHTS, DEFAULT_LEVELS, DEFAULT_LARGE_SCALE } from './config.js';
export { COMBINATION_RULES } from './combination-rules.js';
export { RECOMMENDATIONS } from './recommendations.js';
export { TRIGGERS } from './triggers.js';
export type { DetectorFacts } from './detector-facts.js';

/** Every legal id a report cites: findings, and each asset's combinations, minimisation and triggers. */
export function citedLegalIds(report: ScanReport): Set<string> {
  const ids = new Set<string>();
  for (const f of report.findings) for (const l of f.legal) ids.add(l);
  for (const a of report.assets) {
    for (const c of a.combinations ?? []) for (const l of c.legal) ids.add(l);
    for (const m of a.minimisation ?? []) for (const l of m.legal) ids.add(l);
    for (const t of a.triggers ?? []) ids.add(t);
    for (const t of a.triggerDetails ?? []) ids.add(t.id);
  }
  return ids;
}

/** Rules waiting for detectors that are not in this scan, said once in the roll-up. */
function notesFor(index: DetectorIndex): string[] {
  const notes: string[] = [];
  for (const rule of COMBINATION_RULES) {
    const missing = (rule.awaits ?? []).filter((id) => !index.has(id));
    if (missing.length) notes.push(`combination ${rule.name}: no detector for ${missing.join(', ')} yet; the rule fires on the detectors that exist`);
  }
  if (!index.has('person_name')) notes.push('name-anchored combinations (name+government-id, name+health, name+dob+address, name+contact) wait for a person_name detector or a custom detector of category person');
  notes.push('distinct subjects are the largest distinct-value count of one identifying detector per asset; a sampled table scales it to its records');
  notes.push('cross-border hints come from China-issued identifiers and mainland/+86 phone numbers; the store location is not known to the scan');
  return notes;
}

interface AssessContext {
  index: DetectorIndex;
  cfg: ReturnType<typeof resolveAssessConfig>;
  byAsset: Map<string, ScanReport['findings']>;
  /** Ages and retention are measured at the scan's start, so a saved report re-assesses the same. */
  now: Date;
}

function assessAsset(asset: Asset, { index, cfg, byAsset, now }: AssessContext): Asset {
  const findings = byAsset.get(assetJoinKey(asset)) ?? [];
  const fired = evaluateCombinations(asset, index);
  const combinations = fired.map((f) => f.combination);
  const minors = minorsOf(asset, findings);
  const { sensitivity, escalation } = assetSensitivity(asset, index, combinations, minors);
  const risk = assessRisk({ asset, index, sensitivity, combinations, minors, model: cfg.model, now });
  const triggerDetails = assessTriggers({ asset, findings, index, fired, minors, largeScale: cfg.model.largeScale });
  const minimisation = assessMinimisation({ asset, index, purposes: cfg.purposes, retention: cfg.model.retention });
  // Drop the fields of an earlier assessment so that re-assessing gives the same report.
  const { escalation: _e, ...rest } = asset;
  return {
    ...rest,
    sensitivity,
    ...(escalation ? { escalation } : {}),
    combinations,
    risk,
    minimisation,
    triggers: triggerDetails.map((t) => t.id),
    triggerDetails,
  };
}

/**
 * Assess a finished report. `detectors` are the detectors the scan ran (custom ones included); built-in
 * detectors and the report's own findings fill in the rest.
 */
export function assess(report: ScanReport, config: AssessConfig = {}, detectors: readonly DetectorFacts[] = []): ScanReport {
  const cfg = resolveAssessConfig(config);
  const index = detectorIndex(report, detectors);
  const ctx: AssessContext = { index, cfg, byAsset: findingsByAsset(report.findings), now: new Date(report.scan.startedAt) };
  const assets = report.assets.map((a) => assessAsset(a, ctx));
  const next: ScanReport = { ...report, assets };
  next.legal = resolveLegal(citedLegalIds(next));
  next.assessment = summarise(next, index, cfg.model, notesFor(index));
  return next;
}
