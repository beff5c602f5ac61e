/**
 * Risk of one asset: eight factors, each measured as a severity in 0..1 and weighted; the score is
 * round(100 × Σ weight × severity) and every factor's contribution is its share rounded by largest
 * remainder, so the contributions add up exactly to the score (CONTRACT.md).
 */

import { RISK_FACTORS, type Asset, type AssetRisk, type AssessmentModel, type Combination, type RiskFactorName, type RiskLevel, type Sensitivity } from '../types.js';
import { assetColumns, assetDetectorIds, assetRetention, atLeast, fileModeAccess, subjectEstimate } from './asset-facts.js';
import type { DetectorIndex } from './detector-facts.js';
import { ageInDays, retentionDays } from './retention.js';
import { largestRemainder, roundHalfUp } from './rounding.js';
import { thousands } from './thousands.js';
import type { Minors } from './sensitivity.js';

export const SENSITIVITY_SEVERITY: Readonly<Record<Sensitivity, number>> = { public: 0, internal: 0.2, confidential: 0.5, restricted: 1 };

/** Grantees on one asset from which access counts as broad even without PUBLIC. */
const BROAD_GRANTEES = 5;

export interface FactorMeasure {
  name: RiskFactorName;
  value: string | number;
  severity: number;
  detail: string;
}

export interface RiskInput {
  asset: Asset;
  index: DetectorIndex;
  sensitivity: Sensitivity | null;
  combinations: readonly Combination[];
  minors: Minors;
  model: AssessmentModel;
  now: Date;
}

const fmt = thousands;

function sensitivityFactor(i: RiskInput): FactorMeasure {
  const s = i.sensitivity;
  return {
    name: 'sensitivity',
    value: s ?? 'none',
    severity: s ? SENSITIVITY_SEVERITY[s] : 0,
    detail: s ? `highest level held, after combinations and children's data: ${s}` : 'no personal data',
  };
}

function volumeFactor(i: RiskInput): FactorMeasure {
  const { subjects, estimated, by } = subjectEstimate(i.asset, i.index);
  const large = i.model.largeScale;
  // Logarithmic: one subject adds nothing, the large-scale threshold adds everything, each tenfold step the same.
  const severity = subjects <= 1 ? 0 : Math.min(1, Math.log10(subjects) / Math.log10(large));
  return {
    name: 'volume',
    value: subjects,
    severity: Math.round(severity * 1e4) / 1e4,
    detail:
      `${estimated ? '≈' : ''}${fmt(subjects)} distinct subject(s)${by ? ` (by ${by})` : ''} in ${fmt(i.asset.records)} record(s)` +
      `${i.asset.recordsEstimated ? ' (estimated)' : ''}; severity log10(subjects) / log10(${fmt(large)})`,
  };
}

function combinationsFactor(i: RiskInput): FactorMeasure {
  if (i.combinations.length === 0) return { name: 'combinations', value: 'none', severity: 0, detail: 'no record holds a listed combination' };
  const toxic = i.combinations.some((c) => c.sensitivity === 'restricted');
  return {
    name: 'combinations',
    value: i.combinations.map((c) => c.name).join(', '),
    severity: toxic ? 1 : 0.5,
    detail: toxic ? 'records combine restricted elements (1.0)' : 'records combine quasi-identifiers (0.5)',
  };
}

function plaintextFactor(i: RiskInput): FactorMeasure {
  const sensitiveIds = assetDetectorIds(i.asset).filter((id) => atLeast(i.index.get(id)?.sensitivity ?? null, 'confidential'));
  if (sensitiveIds.length === 0) return { name: 'plaintext', value: 'none', severity: 0, detail: 'no confidential or restricted values' };
  const columns = assetColumns(i.asset).filter((c) => sensitiveIds.includes(c.detector));
  if (columns.length === 0) {
    return { name: 'plaintext', value: 'plaintext', severity: 1, detail: 'confidential or restricted values stored as readable text' };
  }
  const plain = columns.filter((c) => (c.protection ?? 'plain') === 'plain').length;
  return {
    name: 'plaintext',
    value: `${plain}/${columns.length}`,
    severity: Math.round((plain / columns.length) * 1e4) / 1e4,
    detail: `${plain} of ${columns.length} sensitive column(s) in plaintext (the rest masked, hashed, encrypted or tokenised)`,
  };
}

function accessFactor(i: RiskInput): FactorMeasure {
  const e = i.asset.exposure;
  const parts: string[] = [];
  let severity = 0;
  const mode = fileModeAccess(e?.fileMode);
  if (mode !== null) {
    const s = mode === 'world' ? 1 : mode === 'group' ? 0.3 : 0;
    severity = Math.max(severity, s);
    parts.push(`file mode ${e?.fileMode} (${mode === 'world' ? 'world-readable' : mode === 'group' ? 'group-readable' : 'owner only'})`);
  }
  const grants = e?.grants ?? [];
  if (grants.length > 0) {
    const grantees = new Set(grants.map((g) => g.grantee));
    const isPublic = [...grantees].some((g) => g.toUpperCase() === 'PUBLIC');
    const s = isPublic ? 1 : grantees.size >= BROAD_GRANTEES ? 0.5 : 0;
    severity = Math.max(severity, s);
    parts.push(isPublic ? 'granted to PUBLIC' : `${grantees.size} grantee(s)${s > 0 ? ' (broad)' : ''}`);
  }
  if (parts.length === 0) return { name: 'access', value: 'unknown', severity: 0, detail: 'no file mode or grants known' };
  return { name: 'access', value: parts.join('; '), severity, detail: 'world-readable or PUBLIC 1.0; ≥ 5 grantees 0.5; group-readable 0.3; owner only 0' };
}

function childrenFactor(i: RiskInput): FactorMeasure {
  const { under14, under16 } = i.minors;
  if (under16 === 0) return { name: 'children', value: 0, severity: 0, detail: 'no birth date of a subject under 16 found' };
  return {
    name: 'children',
    value: under16,
    severity: under14 > 0 ? 1 : 0.75,
    detail: `${under16} value(s) of subjects under 16, ${under14} under 14 (PIPL Art. 28 makes all PI of under-14s sensitive)`,
  };
}

function secretsFactor(i: RiskInput): FactorMeasure {
  const ids = assetDetectorIds(i.asset);
  const secrets = ids.filter((id) => {
    const c = i.index.get(id)?.category;
    return c === 'secret' || c === 'credential';
  });
  if (secrets.length === 0) return { name: 'secrets', value: 'none', severity: 0, detail: 'no keys, tokens or passwords' };
  const withData = secrets.length < ids.length;
  return {
    name: 'secrets',
    value: secrets.join(', '),
    severity: withData ? 1 : 0.5,
    detail: withData
      ? 'keys or passwords sit beside personal data: whoever reads one gets the other (data encrypted with a co-located key is still exposed)'
      : 'keys or passwords that may unlock other stores',
  };
}

function retentionFactor(i: RiskInput): FactorMeasure {
  const r = assetRetention(i.asset);
  if (!r) return { name: 'retention', value: 'unknown', severity: 0, detail: 'no record ages known for this asset' };
  if (typeof r.olderThanPolicy === 'number' && r.olderThanPolicy > 0) {
    const share = i.asset.records > 0 ? Math.min(1, r.olderThanPolicy / i.asset.records) : 1;
    return {
      name: 'retention',
      value: r.olderThanPolicy,
      severity: Math.round((0.5 + 0.5 * share) * 1e4) / 1e4,
      detail: `${fmt(r.olderThanPolicy)} record(s) older than the retention policy${r.column ? ` (by ${r.column})` : ''}; 0.5 + 0.5 × their share`,
    };
  }
  const policies = assetDetectorIds(i.asset)
    .map((id) => retentionDays(i.model.retention, id, i.index.get(id)))
    .filter((d): d is number => d !== undefined);
  const age = ageInDays(r.oldest, i.now);
  if (policies.length > 0 && age !== undefined) {
    const days = Math.min(...policies);
    if (age > days) return { name: 'retention', value: age, severity: 1, detail: `oldest record is ${fmt(age)} days old; policy ${fmt(days)} days` };
    return { name: 'retention', value: age, severity: 0, detail: `oldest record is ${fmt(age)} days old, within the ${fmt(days)}-day policy` };
  }
  return { name: 'retention', value: 0, severity: 0, detail: 'no records older than a retention policy' };
}

const MEASURES: Record<RiskFactorName, (i: RiskInput) => FactorMeasure> = {
  sensitivity: sensitivityFactor,
  volume: volumeFactor,
  combinations: combinationsFactor,
  plaintext: plaintextFactor,
  access: accessFactor,
  children: childrenFactor,
  secrets: secretsFactor,
  retention: retentionFactor,
};

export function riskLevel(score: number, levels: AssessmentModel['levels']): RiskLevel {
  if (score >= levels.critical) return 'critical';
  if (score >= levels.high) return 'high';
  if (score >= levels.medium) return 'medium';
  return 'low';
}

/** Measures, weights and rounds: the factors' contributions add up exactly to the score. */
export function scoreRisk(measures: readonly FactorMeasure[], model: AssessmentModel): AssetRisk {
  const exact = measures.map((m) => 100 * model.weights[m.name] * m.severity);
  const score = Math.min(100, roundHalfUp(exact.reduce((s, x) => s + x, 0)));
  const parts = largestRemainder(exact, score);
  return {
    score,
    level: riskLevel(score, model.levels),
    factors: measures.map((m, k) => ({
      name: m.name,
      value: m.value,
      severity: m.severity,
      weight: model.weights[m.name],
      contribution: parts[k],
      detail: m.detail,
    })),
  };
}

export function assessRisk(input: RiskInput): AssetRisk {
  return scoreRisk(RISK_FACTORS.map((name) => MEASURES[name](input)), input.model);
}
