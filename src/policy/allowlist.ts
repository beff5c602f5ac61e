import picomatch from 'picomatch';
import RE2 from 're2';

/**
 * Allowlists: findings a team has accepted for good (fixtures, documented test numbers, a service account).
 * An entry suppresses a finding when every condition it states holds (paths AND detectors AND a value
 * condition); inside one condition any listed item is enough. Values are compared raw and normalised;
 * regexes are RE2 (never a backtracking engine on scanned data); fingerprints are the report's keyed HMACs.
 */
export interface AllowlistEntry {
  description?: string;
  /** Globs on the reported path (`fixtures/**`). */
  paths?: string[];
  /** Detector id globs (`us.*`). */
  detectors?: string[];
  /** Exact values (raw or normalised). */
  values?: string[];
  /** RE2 patterns tested against the raw value. */
  regexes?: string[];
  /** Fingerprints from a report (64 hex digits). */
  fingerprints?: string[];
}

export interface AllowCandidate {
  path: string;
  detector: string;
  raw: string;
  normalized: string;
  /** Computed only when some entry lists fingerprints. */
  fingerprint?: () => string;
}

interface CompiledEntry {
  path: ((p: string) => boolean) | null;
  detector: ((id: string) => boolean) | null;
  values: Set<string> | null;
  regexes: RE2[] | null;
  fingerprints: Set<string> | null;
}

export class Allowlist {
  private readonly entries: CompiledEntry[];
  /** Some entry needs the finding's fingerprint (an HMAC per candidate: only computed then). */
  readonly needsFingerprint: boolean;
  /** The entries as configured: data that can cross to a worker thread, which compiles its own copy. */
  readonly source: readonly AllowlistEntry[];

  constructor(entries: readonly AllowlistEntry[]) {
    this.source = entries;
    this.entries = entries.map((e) => ({
      path: e.paths?.length ? picomatch(e.paths, { dot: true }) : null,
      detector: e.detectors?.length ? picomatch(e.detectors, { dot: true }) : null,
      values: e.values?.length ? new Set(e.values) : null,
      regexes: e.regexes?.length ? e.regexes.map((r) => new RE2(r, 'u')) : null,
      fingerprints: e.fingerprints?.length ? new Set(e.fingerprints.map((f) => f.toLowerCase())) : null,
    }));
    this.needsFingerprint = this.entries.some((e) => e.fingerprints !== null);
  }

  get size(): number {
    return this.entries.length;
  }

  /** True when the whole path is allowlisted for every detector (the file need not be scanned at all). */
  coversPath(path: string): boolean {
    return this.entries.some((e) => e.path !== null && e.path(path) && !e.detector && !e.values && !e.regexes && !e.fingerprints);
  }

  allows(c: AllowCandidate): boolean {
    for (const e of this.entries) {
      if (e.path && !e.path(c.path)) continue;
      if (e.detector && !e.detector(c.detector)) continue;
      const valueConditions = e.values || e.regexes || e.fingerprints;
      if (!valueConditions) return true;
      if (e.values && (e.values.has(c.raw) || e.values.has(c.normalized))) return true;
      if (e.regexes && e.regexes.some((r) => r.test(c.raw))) return true;
      if (e.fingerprints && c.fingerprint && e.fingerprints.has(c.fingerprint())) return true;
    }
    return false;
  }
}

const MARKER = Buffer.from('piiscan:allow');

/** Whether buf holds an inline marker at all: the per-finding check is skipped when it does not. */
export function hasInlineMarker(buf: Buffer): boolean {
  return buf.indexOf(MARKER) >= 0;
}

/**
 * An inline `piiscan:allow` on the finding's line suppresses it; `piiscan:allow(email,cn.*)` only for
 * those detectors. The marker sits in a comment next to the value, the way linters' disable comments do.
 */
export function inlineAllows(buf: Buffer, start: number, end: number, detector: string): boolean {
  let ls = start;
  while (ls > 0 && buf[ls - 1] !== 0x0a) ls--;
  let le = end;
  while (le < buf.length && buf[le] !== 0x0a) le++;
  const line = buf.subarray(ls, le);
  let at = line.indexOf(MARKER);
  while (at >= 0) {
    const after = at + MARKER.length;
    if (line[after] !== 0x28 /* ( */) return true;
    const close = line.indexOf(0x29 /* ) */, after);
    if (close > after) {
      const globs = line.toString('utf8', after + 1, close).split(',').map((g) => g.trim()).filter(Boolean);
      if (globs.length === 0 || picomatch.isMatch(detector, globs, { dot: true })) return true;
    }
    at = line.indexOf(MARKER, after);
  }
  return false;
}
