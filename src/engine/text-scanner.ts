import { hasInlineMarker, inlineAllows } from '../policy/allowlist.js';
import type { Finding } from '../types.js';
import { AssetTally, type TallyOptions } from './asset-tally.js';
import type { CompiledEngine } from './compile.js';
import { detectRegion, type Region } from './detect.js';
import { advance, ChunkPositions } from './location.js';
import { resolveOverlaps, type Candidate } from './overlap.js';
import { recogniseRegion, recogniserPlan, RecogniserSession } from './recognisers/index.js';

export { ageOf, snippetFor } from './asset-tally.js';

export interface TextScanOptions extends TallyOptions {
  minConfidence: number;
  /** Path written into locations (relative, `/` separators); also what allowlists match. */
  path: string;
}

const NL = 0x0a;
/** A line longer than this is cut (with lookahead) rather than buffered whole, so memory stays bounded. */
const MAX_CARRY = 256 * 1024;
/** Bytes of already-scanned text kept in front of the next region, for context words. */
const CONTEXT_TAIL = 256;

/**
 * Streaming text scanner for one asset: push UTF-8 chunks of any size, then end(). Memory is bounded by the
 * chunk size, MAX_CARRY and the findings cap; a match across a chunk boundary is still found once. A record
 * is a line. Per-asset accounting lives in AssetTally, shared with tables.
 */
export class TextScanner {
  private readonly tally: AssetTally;
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
  /** End offset (in the current region buffer) of the line the last candidate was on. */
  private lineEndOffset = -1;
  /** Names seen earlier in this asset (a lone `Smith` after `John Smith`); null without a recogniser. */
  private readonly session: RecogniserSession | null;

  constructor(
    private readonly engine: CompiledEngine,
    private readonly opts: TextScanOptions,
  ) {
    this.tally = new AssetTally(opts);
    this.session = recogniserPlan(engine) ? new RecogniserSession() : null;
  }

  get counts(): Record<string, number> {
    return this.tally.counts;
  }
  get findings(): Finding[] {
    return this.tally.findings;
  }
  get total(): number {
    return this.tally.total;
  }
  get truncated(): boolean {
    return this.tally.truncated;
  }
  get allowed(): number {
    return this.tally.allowed;
  }
  get distinct(): Record<string, number> {
    return this.tally.distinct;
  }
  get distinctCapped(): boolean {
    return this.tally.distinctCapped;
  }
  get minors(): { under14: number; under16: number } {
    return this.tally.minors;
  }
  get cooccurrence(): { detectors: string[]; records: number }[] {
    return this.tally.cooccurrence;
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
    const prevNl = lastNl > 0 ? pending.lastIndexOf(NL, lastNl - 1) : -1;
    if (prevNl >= 0) {
      // The last complete line is lookahead and waits for the next region: a match may start a line above its
      // value (`BSB … 062-000⏎Account number … 1093 8845`), and one that starts on that line may run onto the
      // next, which is not complete yet.
      this.process(pending, prevNl + 1, lastNl + 1);
    } else if (lastNl >= 0 && pending.length > MAX_CARRY) {
      this.process(pending, lastNl + 1, lastNl + 1);
    } else if (lastNl < 0 && pending.length > MAX_CARRY) {
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
    this.tally.endRecord();
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
    let cands = detectRegion(this.engine, buf, region, { minConfidence: this.opts.minConfidence, onDetectorError: this.onDetectorError });
    if (this.session) {
      const found = recogniseRegion(this.engine, buf, region.from, region.acceptEnd, { minConfidence: this.opts.minConfidence, session: this.session, onDetectorError: this.onDetectorError });
      if (found.length) cands = resolveOverlaps([...cands, ...found], this.opts.minConfidence);
    }
    if (cands.length) this.emit(buf, prefix, cands);
    const next = advance(buf, prefix, region.acceptEnd, this.line, this.col0);
    this.line = next.line;
    this.col0 = next.col0;
    this.tail = Buffer.from(buf.subarray(Math.max(0, region.acceptEnd - CONTEXT_TAIL), region.acceptEnd));
    this.carry = Buffer.from(pending.subarray(acceptEnd));
  }

  private emit(buf: Buffer, from: number, cands: Candidate[]): void {
    // Offsets are relative to this region's buffer; a line never spans two regions (they end at a line end).
    this.lineEndOffset = -1;
    const positions = new ChunkPositions(buf, from, this.line, this.col0);
    const markers = hasInlineMarker(buf);
    for (const c of cands) {
      if (markers && inlineAllows(buf, c.start, c.end, c.detectorId)) {
        this.tally.allowed++;
        continue;
      }
      if (!this.tally.admits(c)) continue;
      if (this.lineEndOffset < 0 || c.start > this.lineEndOffset) {
        this.tally.endRecord();
        const nl = buf.indexOf(NL, c.start);
        this.lineEndOffset = nl < 0 ? buf.length : nl;
      }
      const d = this.engine.detectors[c.detectorIndex].detector;
      this.tally.add(c, d, () => {
        const start = positions.at(c.start);
        const end = positions.endOf(start, c.start, c.end);
        return { kind: 'file', path: this.opts.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      });
    }
  }
}
