import type { RetentionFacts } from '../../src/assess/asset-facts.js';
import type { DetectorFacts } from '../../src/assess/index.js';
import { BUILTIN_DETECTORS } from '../../src/engine/registry.js';
import type { Asset, AssetColumn, Finding, ScanReport } from '../../src/types.js';

/**
 * Synthetic reports for assessment tests. Detectors that later issues add (person_name, postal_address,
 * gender, card_cvv, health.condition) are described here so the rules written for them can be exercised.
 */
export const FUTURE_DETECTORS: DetectorFacts[] = [
  { id: 'person_name', category: 'person', sensitivity: 'internal', legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'] },
  { id: 'postal_address', category: 'contact', sensitivity: 'confidential', legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'] },
  { id: 'postal_code', category: 'location', sensitivity: 'internal', legal: ['gdpr:art4-1', 'pipl:art4'] },
  { id: 'gender', category: 'demographic', sensitivity: 'internal', legal: ['gdpr:art4-1', 'pipl:art4'] },
  { id: 'card_cvv', category: 'financial', sensitivity: 'restricted', legal: ['ccpa:1798.140-ae-1-b', 'pipl:art28'] },
  { id: 'health.condition', category: 'health', sensitivity: 'restricted', legal: ['gdpr:art9-1', 'gdpr:art4-15', 'ccpa:1798.140-ae-2-b', 'ccpa:1798.81.5-d-1-a-iv', 'pipl:art28'] },
];

const facts = new Map<string, DetectorFacts>([...BUILTIN_DETECTORS, ...FUTURE_DETECTORS].map((d) => [d.id, d]));

export function factsOf(id: string): DetectorFacts {
  const f = facts.get(id);
  if (!f) throw new Error(`no detector ${id}`);
  return f;
}

export function fileAsset(path: string, counts: Record<string, number>, extra: Partial<Asset> = {}): Asset {
  const ids = Object.keys(counts).sort();
  return {
    kind: 'file',
    location: { kind: 'file', path },
    records: 100,
    recordsEstimated: false,
    sampled: 100,
    counts,
    distinct: { ...counts },
    cooccurrence: [],
    truncated: false,
    sensitivity: null,
    detectors: ids,
    exposure: { fileMode: '0600' },
    ...extra,
  };
}

/** A column entry with only what a test cares about; the rest gets neutral values. */
export type LooseColumn = { name: string; detector: string } & Partial<Omit<AssetColumn, 'name' | 'detector'>>;

export function tableAsset(
  table: string,
  counts: Record<string, number>,
  extra: Omit<Partial<Asset>, 'columns'> & { columns?: LooseColumn[]; retention?: RetentionFacts } = {},
): Asset {
  const { columns, ...rest } = extra;
  return {
    ...fileAsset('', counts),
    kind: 'table',
    location: { kind: 'table', store: 'postgres://app@db.example.com/app', schema: 'public', table },
    exposure: { grants: [] },
    ...rest,
    ...(columns
      ? { columns: columns.map((c) => ({ path: null, matched: 1, sampled: 1, ratio: 1, confidence: 0.9, protection: 'plain' as const, nameHint: false, evidence: {}, ...c })) }
      : {}),
  } as Asset;
}

export function finding(detector: string, path: string, line: number, extra: Partial<Finding> = {}): Finding {
  const f = factsOf(detector);
  return {
    detector,
    category: f.category,
    sensitivity: f.sensitivity,
    confidence: 0.9,
    location: { kind: 'file', path, line, column: 1, endLine: line, endColumn: 10 },
    snippet: '12******89',
    fingerprint: 'a'.repeat(64),
    evidence: { pattern: 'p', validator: 'valid', context: [], columnHint: false, ambiguousWith: [] },
    legal: [...f.legal],
    ...extra,
  };
}

export function makeReport(assets: Asset[], findings: Finding[] = [], targets: string[] = ['data']): ScanReport {
  return {
    schemaVersion: 1,
    tool: { name: 'piiscan', version: '0.0.0-test' },
    scan: {
      id: 'test',
      startedAt: '2025-06-01T00:00:00.000Z',
      finishedAt: '2025-06-01T00:00:01.000Z',
      targets,
      fingerprintKeyId: '00000000',
      minConfidence: 0.5,
      detectors: [],
      stats: { files: assets.length, bytes: 0, tables: 0, rows: 0, findings: findings.length, errors: 0, skipped: 0, durationMs: 0 },
      errors: [],
      skipped: [],
    },
    findings,
    assets,
    legal: {},
  };
}
