import { resolveLegal } from '../../reports/regulations/catalogue.js';
import type { Finding, ScanError, ScanReport } from '../types.js';
import { TOOL } from '../version.js';
import type { GateEvaluation } from './evaluate.js';
import type { GatePolicy } from './policy.js';

/**
 * What `gate --format json|sarif` writes: a report (schemaVersion 1) whose findings are the violations —
 * so SARIF results and code-scanning alerts point at exactly what failed — plus a `gate` section with the
 * verdict and what was accepted, and why.
 */

export interface GateSection {
  passed: boolean;
  violations: number;
  /** Violations whose baseline entry expired. */
  expired: number;
  policy: { failOn: GatePolicy['failOn']; overrides: number; allowErrors: boolean };
  accepted: { baseline: number; allowlisted: number; annotated: number; belowPolicy: number; ignored: number };
  baseline: { file: string; entries: number } | null;
  errors: number;
  migrations?: { files: number; columns: number; parseMs: number };
  schema?: { store: string; snapshot: string; columns: number };
}

export type GateReport = ScanReport & { gate: GateSection };

function compare(a: Finding, b: Finding): number {
  const key = (f: Finding) => {
    const l = f.location;
    if (l.kind === 'file') return [l.path, l.line, l.column] as const;
    if (l.kind === 'cell') return [l.path, l.row, l.columnIndex] as const;
    return [`${l.store}/${l.schema}.${l.table}.${l.column}`, 0, 0] as const;
  };
  const [pa, la, ca] = key(a);
  const [pb, lb, cb] = key(b);
  return pa < pb ? -1 : pa > pb ? 1 : la - lb || ca - cb || (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0);
}

export interface GateReportInput {
  /** The scan the gate judged; null when only schemas were judged. */
  scan: ScanReport | null;
  evaluation: GateEvaluation;
  policy: GatePolicy;
  errors: ScanError[];
  section: Omit<GateSection, 'passed' | 'violations' | 'expired' | 'policy' | 'errors'>;
  /** For a report without a scan behind it. */
  fallback: { id: string; startedAt: string; finishedAt: string; targets: string[]; fingerprintKeyId: string; minConfidence: number; detectors: string[] };
}

export function gateReport(input: GateReportInput): GateReport {
  const { evaluation: e } = input;
  const findings = e.violations
    .map((v) => {
      const f = v.item.finding;
      if (v.why !== 'expired') return f;
      const steps = [...(f.evidence.steps ?? []), `baseline entry expired ${v.expires}`];
      return { ...f, evidence: { ...f.evidence, steps } };
    })
    .sort(compare);
  const paths = new Set(findings.map((f) => ('path' in f.location ? f.location.path : '')));
  const legal = new Set<string>();
  for (const f of findings) for (const l of f.legal) legal.add(l);
  const base = input.scan;
  const fb = input.fallback;
  const stats = base?.scan.stats ?? { files: 0, bytes: 0, tables: 0, rows: 0, findings: 0, errors: 0, skipped: 0, durationMs: 0 };
  const report: ScanReport = {
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    scan: {
      ...(base?.scan ?? { id: fb.id, startedAt: fb.startedAt, finishedAt: fb.finishedAt, targets: fb.targets, fingerprintKeyId: fb.fingerprintKeyId, minConfidence: fb.minConfidence, detectors: fb.detectors, skipped: [] }),
      finishedAt: fb.finishedAt,
      targets: [...new Set([...(base?.scan.targets ?? []), ...fb.targets])],
      stats: { ...stats, errors: input.errors.length },
      errors: input.errors,
    },
    findings,
    assets: (base?.assets ?? []).filter((a) => 'path' in a.location && paths.has(a.location.path)),
    legal: resolveLegal(legal),
  };
  return {
    ...report,
    gate: {
      passed: e.passed,
      violations: e.violations.length,
      expired: e.counts.expired,
      policy: { failOn: input.policy.failOn, overrides: input.policy.overrides.length, allowErrors: input.policy.allowErrors },
      ...input.section,
      errors: input.errors.length,
    },
  };
}
