import picomatch from 'picomatch';
import type { GateConfig } from '../config/gate-schema.js';
import { sensitivityRank, type Sensitivity } from '../types.js';

/**
 * The gate policy (piiscan.yaml `gate:`): which findings fail the build. By default a finding fails when
 * its sensitivity is confidential or above at the default confidence (0.5); per-path overrides change the
 * threshold or ignore a path altogether. The first override whose globs match an asset key wins.
 */

export interface Threshold {
  sensitivity: Sensitivity;
  minConfidence: number;
  /** Only these detector id globs fail; absent = every detector. */
  detectors?: string[];
}

export interface Override {
  paths: string[];
  failOn?: Partial<Threshold>;
  ignore?: boolean;
}

export type AnnotationField = 'purpose' | 'retention';

export interface GatePolicy {
  failOn: Threshold;
  overrides: Override[];
  allowErrors: boolean;
  baseline: string;
  /** What a column annotation must state besides `pii`. */
  requireAnnotation: AnnotationField[];
}

export const DEFAULT_BASELINE = '.piiscan/baseline.json';
export const DEFAULT_FAIL_ON: Threshold = { sensitivity: 'confidential', minConfidence: 0.5 };

/** `defaultConfidence`: the config's top-level `minConfidence`, when set, is the default confidence here too. */
export function policyFromConfig(gate: GateConfig | undefined, defaultConfidence = DEFAULT_FAIL_ON.minConfidence): GatePolicy {
  return {
    failOn: { ...DEFAULT_FAIL_ON, minConfidence: defaultConfidence, ...stripUndefined(gate?.failOn ?? {}) },
    overrides: (gate?.overrides ?? []).map((o) => ({ paths: o.paths, ...(o.failOn ? { failOn: stripUndefined(o.failOn) } : {}), ...(o.ignore ? { ignore: true } : {}) })),
    allowErrors: gate?.allowErrors ?? false,
    baseline: gate?.baseline ?? DEFAULT_BASELINE,
    requireAnnotation: gate?.requireAnnotation ?? ['purpose', 'retention'],
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type Decision =
  | { fail: true; threshold: Threshold }
  | { fail: false; why: 'ignored' | 'sensitivity' | 'confidence' | 'detector'; threshold: Threshold | null };

interface Judged {
  detector: string;
  sensitivity: Sensitivity;
  confidence: number;
}

/** Compiled policy: globs built once, then one call per finding. */
export class PolicyJudge {
  /** Each override with its merged threshold (null = ignore), built once so matchers can be cached by it. */
  private readonly overrides: { match: (p: string) => boolean; threshold: Threshold | null }[];
  private readonly detectorMatchers = new Map<Threshold, ((id: string) => boolean) | null>();

  constructor(readonly policy: GatePolicy) {
    this.overrides = policy.overrides.map((o) => ({
      match: picomatch(o.paths, { dot: true }),
      threshold: o.ignore ? null : { ...policy.failOn, ...o.failOn },
    }));
  }

  /** The threshold for an asset (its keys: a path, and for columns also `schema.table`), or null when ignored. */
  thresholdFor(keys: readonly string[]): Threshold | null {
    for (const { match, threshold } of this.overrides) {
      if (keys.some((k) => match(k))) return threshold;
    }
    return this.policy.failOn;
  }

  judge(f: Judged, keys: readonly string[]): Decision {
    const t = this.thresholdFor(keys);
    if (!t) return { fail: false, why: 'ignored', threshold: null };
    if (sensitivityRank(f.sensitivity) < sensitivityRank(t.sensitivity)) return { fail: false, why: 'sensitivity', threshold: t };
    if (f.confidence < t.minConfidence) return { fail: false, why: 'confidence', threshold: t };
    let m = this.detectorMatchers.get(t);
    if (m === undefined) {
      m = t.detectors?.length ? picomatch(t.detectors, { dot: true }) : null;
      this.detectorMatchers.set(t, m);
    }
    if (m && !m(f.detector)) return { fail: false, why: 'detector', threshold: t };
    return { fail: true, threshold: t };
  }

  /** The lowest confidence any threshold asks for: the scan behind the gate must report down to it. */
  lowestConfidence(): number {
    return Math.min(this.policy.failOn.minConfidence, ...this.policy.overrides.map((o) => o.failOn?.minConfidence ?? this.policy.failOn.minConfidence));
  }
}
