/**
 * Defaults of the assessment model and their resolution against piiscan.yaml (`risk`, `largeScale`,
 * `retention`, `purposes`). The resolved model is written into the report (`assessment.model`) so an
 * auditor can recompute every score without knowing the configuration that produced it.
 */

import { RISK_FACTORS, type AssessConfig, type AssessmentModel, type PurposeDeclaration, type RiskFactorName } from '../types.js';

/**
 * Default weights. Sensitivity dominates (regulations.md §2.1: what the data is decides most of the harm);
 * volume, record-level combinations, plaintext storage, broad access and children's data each add up to a
 * tenth or more; secrets next to the data and over-retention add the rest. They add up to 1.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<RiskFactorName, number>> = Object.freeze({
  sensitivity: 0.35,
  volume: 0.15,
  combinations: 0.1,
  plaintext: 0.1,
  access: 0.1,
  children: 0.1,
  secrets: 0.05,
  retention: 0.05,
});

/** CONTRACT.md: low < 25 ≤ medium < 50 ≤ high < 75 ≤ critical. */
export const DEFAULT_LEVELS = Object.freeze({ medium: 25, high: 50, critical: 75 });

/**
 * GDPR sets no number for "large scale" (WP243/WP248 name factors, not thresholds). 10,000 distinct
 * subjects is a conservative default: well under the PIPL 2024 Provisions' 100 k export exemption.
 */
export const DEFAULT_LARGE_SCALE = 10_000;

export interface ResolvedAssessConfig {
  model: AssessmentModel;
  purposes: readonly PurposeDeclaration[];
}

/** Relative weights → weights that add up to 1, rounded to 6 decimals so the report stays readable. */
function normaliseWeights(partial: Partial<Record<RiskFactorName, number>> | undefined): Record<RiskFactorName, number> {
  const raw = { ...DEFAULT_WEIGHTS, ...(partial ?? {}) };
  const total = RISK_FACTORS.reduce((s, k) => s + Math.max(0, raw[k]), 0);
  if (!(total > 0)) throw new RangeError('risk.weights: at least one weight must be above 0');
  const out = {} as Record<RiskFactorName, number>;
  for (const k of RISK_FACTORS) out[k] = Math.round((Math.max(0, raw[k]) / total) * 1e6) / 1e6;
  return out;
}

export function resolveAssessConfig(config: AssessConfig = {}): ResolvedAssessConfig {
  const levels = { ...DEFAULT_LEVELS, ...(config.risk?.levels ?? {}) };
  if (!(0 < levels.medium && levels.medium < levels.high && levels.high < levels.critical && levels.critical <= 100)) {
    throw new RangeError(`risk.levels: expected 0 < medium < high < critical ≤ 100, got ${JSON.stringify(levels)}`);
  }
  const largeScale = config.largeScale ?? DEFAULT_LARGE_SCALE;
  if (!(Number.isInteger(largeScale) && largeScale >= 2)) throw new RangeError('largeScale: expected a whole number ≥ 2');
  return {
    model: {
      weights: normaliseWeights(config.risk?.weights),
      levels,
      largeScale,
      retention: Object.fromEntries(Object.entries(config.retention ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    },
    purposes: config.purposes ?? [],
  };
}
