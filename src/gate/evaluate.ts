import picomatch from 'picomatch';
import type { BaselineIndex } from '../baseline/baseline.js';
import type { AllowlistEntry } from '../policy/allowlist.js';
import { Allowlist } from '../policy/allowlist.js';
import type { Finding, ScanError, ScanReport } from '../types.js';
import type { PolicyJudge } from './policy.js';
import type { GateItem, Violation } from './types.js';

/**
 * The gate's verdict, a pure function of what was found, the policy and the baseline: an item fails when
 * the policy says so and no live baseline entry accepts it; an expired entry accepts nothing. Errors in
 * what was judged fail the gate too (it fails closed), unless the policy allows errors.
 */

export interface GateCounts {
  judged: number;
  /** Below the policy's sensitivity or confidence, or a detector the policy does not gate. */
  belowPolicy: number;
  /** On a path an override ignores. */
  ignored: number;
  /** Accepted by a baseline entry. */
  baselined: number;
  /** Matched a baseline entry that has expired (these are violations). */
  expired: number;
}

export interface GateEvaluation {
  violations: Violation[];
  errors: ScanError[];
  /** Errors fail the gate (there are some and they are not allowed). */
  errorsFail: boolean;
  /** Items the policy fails, before the baseline: what `baseline create|update` records. */
  gated: GateItem[];
  counts: GateCounts;
  passed: boolean;
}

export function assetOf(f: Finding): string {
  const l = f.location;
  if (l.kind === 'column') return `${l.schema}.${l.table}`;
  return l.path;
}

/** Value findings of a scan report as gate items. */
export function itemsFromReport(report: ScanReport): GateItem[] {
  return report.findings.map((f) => {
    const asset = assetOf(f);
    return { finding: f, kind: 'value' as const, asset, keys: [asset] };
  });
}

export function evaluateGate(items: readonly GateItem[], errors: readonly ScanError[], judge: PolicyJudge, baseline: BaselineIndex | null): GateEvaluation {
  const counts: GateCounts = { judged: items.length, belowPolicy: 0, ignored: 0, baselined: 0, expired: 0 };
  const gated: GateItem[] = [];
  const violations: Violation[] = [];
  for (const item of items) {
    const d = judge.judge(item.finding, item.keys);
    if (!d.fail) {
      if (d.why === 'ignored') counts.ignored++;
      else counts.belowPolicy++;
      continue;
    }
    gated.push(item);
    const hit = baseline?.lookup({ detector: item.finding.detector, asset: item.asset, fingerprint: item.finding.fingerprint });
    if (hit && !hit.expired) {
      counts.baselined++;
      continue;
    }
    if (hit?.expired) {
      counts.expired++;
      violations.push({ item, why: 'expired', expires: hit.entry.expires });
    } else violations.push({ item, why: 'new' });
  }
  const errorsFail = errors.length > 0 && !judge.policy.allowErrors;
  return { violations, errors: [...errors], errorsFail, gated, counts, passed: violations.length === 0 && !errorsFail };
}

/**
 * Allowlists applied to a saved report (`gate --report`): path, detector and fingerprint conditions can
 * be checked after the fact; value and regex conditions need the raw value, which a report only holds
 * when it was made with --show-values — otherwise those entries cannot apply (and do not).
 */
export function applyAllowlistToFindings(findings: readonly Finding[], entries: readonly AllowlistEntry[]): { kept: Finding[]; allowed: number } {
  if (entries.length === 0) return { kept: [...findings], allowed: 0 };
  const withoutValues = new Allowlist(entries.filter((e) => !e.values?.length && !e.regexes?.length));
  const full = new Allowlist(entries);
  const kept: Finding[] = [];
  let allowed = 0;
  for (const f of findings) {
    const list = f.value !== undefined ? full : withoutValues;
    const ok = list.allows({ path: assetOf(f), detector: f.detector, raw: f.value ?? '', normalized: f.value ?? '', fingerprint: () => f.fingerprint });
    if (ok) allowed++;
    else kept.push(f);
  }
  return { kept, allowed };
}

/** Whether a report path lies under one of the targets (a directory, a file, or a glob). */
export function underTargets(targets: readonly string[]): (path: string) => boolean {
  const ms = targets.map((t) => {
    const norm = t.replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
    if (norm === '' || norm === '.') return () => true;
    if (/[*?[\]{}!]/.test(norm)) return picomatch(norm, { dot: true });
    return (p: string) => p === norm || p.startsWith(norm + '/');
  });
  return (p) => ms.some((m) => m(p));
}
