import { hasInlineMarker, inlineAllows, type Allowlist } from '../policy/allowlist.js';
import type { Detector, Finding } from '../types.js';
import type { CompiledEngine } from './compile.js';
import { detectRegion, type Region } from './detect.js';
import { fingerprint, type FingerprintKey } from './fingerprint.js';
import { advance, ChunkPositions } from './location.js';
import { maskValue } from './mask.js';
import type { Candidate } from './overlap.js';

export interface TextScanOptions {
  minConfidence: number;
  showValues: boolean;
  /** Findings kept per asset; counts stay exact beyond it. */
  maxFindings: number;
  key: FingerprintKey;
  /** Path written into locations (relative, `/` separators). */
  path: string;
  /** Scan time, for ages derived from birth dates. */
  now?: Date;
  /** Accepted findings (config allowlists); inline `piiscan:allow` markers are always honoured. */
  allowlist?: Allowlist;
}

const MAX_DISTINCT = 100_000;
const MAX_COMBOS = 1000;

/** Whole years between a birth date and `now`; undefined without a date or for a date in the future. */
export function ageOf(b: { year: number; month: number; day?: number } | null, now = new Date()): number | undefined {
  if (!b) return undefined;
  const day = b.day ?? 1;
  let age = now.getUTCFullYear() - b.year;
  const m = now.getUTCMonth() + 1;
  if (m < b.month || (m === b.month && now.getUTCDate() < day)) age--;
  return age >= 0 ? age : undefined;
}

const NL = 0x0a;
/** A line longer than this is cut (with lookahead) rather than buffered whole, so memory stays bounded. */
const MAX_CARRY = 256 * 1024;
/** Bytes of already-scanned text kept in front of the next region, for context words. */
const CONTEXT_TAIL = 256;

export function snippetFor(d: Detector, raw: string): string {
  if (d.mask) return d.mask(raw);
  return maskValue(raw, { whole: d.special === true });
}

/**
 * Streaming text scanner for one asset: push UTF-8 chunks of any size, then end(). Memory is bounded by the
 * chunk size, MAX_CARRY and the findings cap; a match across a chunk boundary is still found once.
 */
export class TextScanner {
  readonly counts: Record<string, number> = {};
  /** Distinct normalised values per detector, to count distinct subjects without storing fingerprints. */
  private readonly distinctSets = new Map<string, Set<string>>();
  distinctCapped = false;
  readonly minors = { under14: 0, under16: 0 };
  /** Records (lines) holding two or more detectors, by the sorted set of detector ids. */
  private readonly combos = new Map<string, number>();
  private lineIds: string[] = [];
  private lineEndOffset = -1;
  readonly findings: Finding[] = [];
  truncated = false;
  total = 0;
  /** Findings suppressed by an allowlist entry or an inline `piiscan:allow` marker. */
  allowed = 0;
  /** The first error each detector's own code raised in this asset (the scan went on without it). */
  readonly detectorErrors = new Map<string, string>();
  private readonly onDetectorError = (id: string, err: unknown) => {
    if (!this.detectorErrors.has(id)) this.detectorErrors.set(id, err instanceof Error ? err.message : String(err));
  };
  bytes = 0;
  private lastByte = -1;
  private carry: Buffer = Buffer.alloc(0);
  private tail: Buffer = Buffer.alloc(0);
  private line = 1;
  private col0 = 0;

  constructor(
    private readonly engine: CompiledEngine,
    private readonly opts: TextScanOptions,
  ) {}

  /** Detector combinations per record (a line): [{ detectors, records }], most frequent first. */
  get cooccurrence(): { detectors: string[]; records: number }[] {
    this.closeRecord();
    return [...this.combos]
      .map(([k, n]) => ({ detectors: k.split(','), records: n }))
      .sort((a, b) => b.records - a.records || (a.detectors.join() < b.detectors.join() ? -1 : 1));
  }

  private trackRecord(buf: Buffer, c: Candidate): void {
    if (this.lineEndOffset < 0 || c.start > this.lineEndOffset) {
      this.closeRecord();
      const nl = buf.indexOf(NL, c.start);
      this.lineEndOffset = nl < 0 ? buf.length : nl;
    }
    if (!this.lineIds.includes(c.detectorId)) this.lineIds.push(c.detectorId);
  }

  private closeRecord(): void {
    if (this.lineIds.length >= 2 && this.combos.size < MAX_COMBOS) {
      const key = [...this.lineIds].sort().join(',');
      this.combos.set(key, (this.combos.get(key) ?? 0) + 1);
    }
    this.lineIds = [];
  }

  /** Distinct normalised values per detector (exact up to MAX_DISTINCT each). */
  get distinct(): Record<string, number> {
    return Object.fromEntries([...this.distinctSets].map(([id, set]) => [id, set.size]));
  }

  /** Records for a text asset = lines. */
  get records(): number {
    // `line` is 1 + the newlines consumed so far (maintained for positions anyway); valid after end().
    return this.line - 1 + (this.bytes > 0 && this.lastByte !== NL ? 1 : 0);
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.bytes += chunk.length;
    this.lastByte = chunk[chunk.length - 1];
    const pending = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const lastNl = pending.lastIndexOf(NL);
    if (lastNl >= 0) {
      this.process(pending, lastNl + 1, lastNl + 1);
    } else if (pending.length > MAX_CARRY) {
      this.process(pending, this.cutPoint(pending), pending.length);
    } else {
      this.carry = pending === chunk ? Buffer.from(chunk) : pending;
    }
  }

  end(): void {
    if (this.carry.length > 0) {
      const c = this.carry;
      this.carry = Buffer.alloc(0);
      this.process(c, c.length, c.length);
    }
  }

  /** Cut a long line where a word ends, never inside a UTF-8 sequence, leaving room for lookahead. */
  private cutPoint(buf: Buffer): number {
    const target = buf.length - this.engine.overlap - 1;
    for (let i = target; i > target - 128; i--) {
      const b = buf[i - 1];
      if (b === 0x20 || b === 0x2c || b === 0x3b || b === 0x22 || b === 0x09) return i;
    }
    let i = target;
    while (i > 0 && (buf[i] & 0xc0) === 0x80) i--;
    return i;
  }

  /** Scan pending[0, acceptEnd) with lookahead to regionEnd; keep pending[acceptEnd..] as carry. */
  private process(pending: Buffer, acceptEnd: number, regionEnd: number): void {
    const prefix = this.tail.length;
    const buf = prefix ? Buffer.concat([this.tail, pending.subarray(0, regionEnd)]) : pending.subarray(0, regionEnd);
    const region: Region = { from: prefix, acceptEnd: prefix + acceptEnd, regionEnd: prefix + regionEnd };
    const cands = detectRegion(this.engine, buf, region, { minConfidence: this.opts.minConfidence, onDetectorError: this.onDetectorError });
    if (cands.length) this.emit(buf, prefix, cands);
    const next = advance(buf, prefix, region.acceptEnd, this.line, this.col0);
    this.line = next.line;
    this.col0 = next.col0;
    this.tail = Buffer.from(buf.subarray(Math.max(0, region.acceptEnd - CONTEXT_TAIL), region.acceptEnd));
    this.carry = Buffer.from(pending.subarray(acceptEnd));
  }

  private emit(buf: Buffer, from: number, cands: Candidate[]): void {
    // Offsets are relative to this region's buffer; a record never spans two regions (they end at a line end).
    this.lineEndOffset = -1;
    const positions = new ChunkPositions(buf, from, this.line, this.col0);
    const markers = hasInlineMarker(buf);
    const allowlist = this.opts.allowlist;
    for (const c of cands) {
      if (markers && inlineAllows(buf, c.start, c.end, c.detectorId)) {
        this.allowed++;
        continue;
      }
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
        continue;
      }
      this.trackRecord(buf, c);
      this.total++;
      this.counts[c.detectorId] = (this.counts[c.detectorId] ?? 0) + 1;
      let set = this.distinctSets.get(c.detectorId);
      if (!set) this.distinctSets.set(c.detectorId, (set = new Set()));
      if (set.size < MAX_DISTINCT) set.add(c.normalized);
      else if (!set.has(c.normalized)) this.distinctCapped = true;
      const d = this.engine.detectors[c.detectorIndex].detector;
      const age = d.birthDate ? ageOf(d.birthDate(c.normalized), this.opts.now) : undefined;
      if (age !== undefined) {
        if (age < 14) this.minors.under14++;
        if (age < 16) this.minors.under16++;
      }
      if (this.findings.length >= this.opts.maxFindings) {
        this.truncated = true;
        continue;
      }
      const start = positions.at(c.start);
      const end = positions.endOf(start, c.start, c.end);
      const f: Finding = {
        detector: d.id,
        category: d.category,
        sensitivity: d.sensitivity,
        confidence: c.confidence,
        location: {
          kind: 'file',
          path: this.opts.path,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
        },
        snippet: snippetFor(d, c.raw),
        fingerprint: fingerprint(this.opts.key, c.normalized),
        evidence: c.evidence,
        legal: d.legal,
      };
      if (this.opts.showValues) f.value = c.raw;
      if (age !== undefined) f.subjectAge = age;
      this.findings.push(f);
    }
  }
}
