import type { Allowlist } from '../policy/allowlist.js';
import type { Detector, Evidence, Finding, Location } from '../types.js';
import { fingerprint, type FingerprintKey } from './fingerprint.js';
import { maskValue } from './mask.js';
import type { Candidate } from './overlap.js';

/**
 * What one asset (a file, a sheet, a table) accumulates from its candidates, whatever its format: exact
 * counts, distinct values, minors, record-level co-occurrence, allowlisting, and the capped list of
 * findings — masked and fingerprinted here, at the boundary, so raw values never travel further.
 */
export interface TallyOptions {
  showValues: boolean;
  /** Findings kept per asset; counts stay exact beyond it. */
  maxFindings: number;
  key: FingerprintKey;
  /** Path used by allowlists (relative, `/` separators). */
  path: string;
  /** Scan time, for ages derived from birth dates. */
  now?: Date;
  allowlist?: Allowlist;
}

const MAX_DISTINCT = 100_000;
const MAX_COMBOS = 1000;
/** Distinct evidence records shared per asset; past it each finding keeps its own (still correct, less shared). */
const MAX_SHARED_EVIDENCE = 4096;

/** Everything an evidence record says, as one string: equal keys, equal records. */
function evidenceKey(e: Evidence): string {
  const list = (a: readonly string[] | undefined) => (a ? a.join('\u0001') : '\u0002');
  return `${e.pattern}\u0000${e.validator}\u0000${e.columnHint}${e.standalone}\u0000${list(e.context)}\u0000${list(e.ambiguousWith)}\u0000${list(e.negativeContext)}\u0000${list(e.steps)}`;
}

/** Whole years between a birth date and `now`; undefined without a date or for a date in the future. */
export function ageOf(b: { year: number; month: number; day?: number } | null, now = new Date()): number | undefined {
  if (!b) return undefined;
  const day = b.day ?? 1;
  let age = now.getUTCFullYear() - b.year;
  const m = now.getUTCMonth() + 1;
  if (m < b.month || (m === b.month && now.getUTCDate() < day)) age--;
  return age >= 0 ? age : undefined;
}

export function snippetFor(d: Detector, raw: string): string {
  if (d.mask) return d.mask(raw);
  return maskValue(raw, { whole: d.special === true });
}

export class AssetTally {
  readonly counts: Record<string, number> = {};
  readonly findings: Finding[] = [];
  truncated = false;
  total = 0;
  /** Suppressed by an allowlist entry or an inline marker. */
  allowed = 0;
  distinctCapped = false;
  readonly minors = { under14: 0, under16: 0 };
  private readonly distinctSets = new Map<string, Set<string>>();
  private readonly combos = new Map<string, number>();
  private recordIds: string[] = [];
  /**
   * One evidence object per distinct record: a 2 MiB file's thousand findings hold about ten. Findings then share
   * it, so a worker's reply carries each once (structured clone keeps object identity) and the main thread holds
   * a few objects instead of thousands. Evidence is final once a finding is made; nothing mutates it after.
   */
  private readonly evidence = new Map<string, Evidence>();

  constructor(private readonly opts: TallyOptions) {}

  /** False when an allowlist entry accepts the candidate (it is then only counted as allowed). */
  admits(c: Candidate): boolean {
    const allowlist = this.opts.allowlist;
    if (
      allowlist?.allows({
        path: this.opts.path,
        detector: c.detectorId,
        raw: c.raw,
        normalized: c.normalized,
        fingerprint: allowlist.needsFingerprint ? () => fingerprint(this.opts.key, c.normalized) : undefined,
      })
    ) {
      this.allowed++;
      return false;
    }
    return true;
  }

  /** Count an admitted candidate into the current record; keep it as a finding while under the cap. */
  add(c: Candidate, d: Detector, locate: () => Location): void {
    if (!this.recordIds.includes(c.detectorId)) this.recordIds.push(c.detectorId);
    this.total++;
    this.counts[c.detectorId] = (this.counts[c.detectorId] ?? 0) + 1;
    let set = this.distinctSets.get(c.detectorId);
    if (!set) this.distinctSets.set(c.detectorId, (set = new Set()));
    if (set.size < MAX_DISTINCT) set.add(c.normalized);
    else if (!set.has(c.normalized)) this.distinctCapped = true;
    const age = d.birthDate ? ageOf(d.birthDate(c.normalized), this.opts.now) : undefined;
    if (age !== undefined) {
      if (age < 14) this.minors.under14++;
      if (age < 16) this.minors.under16++;
    }
    if (this.findings.length >= this.opts.maxFindings) {
      this.truncated = true;
      return;
    }
    const f: Finding = {
      detector: d.id,
      category: d.category,
      sensitivity: d.sensitivity,
      confidence: c.confidence,
      location: locate(),
      snippet: snippetFor(d, c.raw),
      fingerprint: fingerprint(this.opts.key, c.normalized),
      evidence: this.shared(c.evidence),
      legal: d.legal,
    };
    if (this.opts.showValues) f.value = c.raw;
    if (age !== undefined) f.subjectAge = age;
    this.findings.push(f);
  }

  private shared(e: Evidence): Evidence {
    const key = evidenceKey(e);
    const hit = this.evidence.get(key);
    if (hit) return hit;
    if (this.evidence.size < MAX_SHARED_EVIDENCE) this.evidence.set(key, e);
    return e;
  }

  /** The current record (a line, a row) is complete: remember which detectors it held together. */
  endRecord(): void {
    if (this.recordIds.length >= 2 && this.combos.size < MAX_COMBOS) {
      const key = [...this.recordIds].sort().join(',');
      this.combos.set(key, (this.combos.get(key) ?? 0) + 1);
    }
    this.recordIds = [];
  }

  /** Distinct normalised values per detector (exact up to MAX_DISTINCT each). */
  get distinct(): Record<string, number> {
    return Object.fromEntries([...this.distinctSets].map(([id, set]) => [id, set.size]));
  }

  /** Detector combinations per record: [{ detectors, records }], most frequent first. */
  get cooccurrence(): { detectors: string[]; records: number }[] {
    this.endRecord();
    return [...this.combos]
      .map(([k, n]) => ({ detectors: k.split(','), records: n }))
      .sort((a, b) => b.records - a.records || (a.detectors.join() < b.detectors.join() ? -1 : 1));
  }
}
