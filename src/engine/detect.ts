import type RE2 from 're2';
import type { CompiledEngine, CompiledPattern } from './compile.js';
import { columnGap, findContextAt, hasDigit, TABLE_ROWS, type ContextHits } from './context.js';
import { guardAllows } from './guard.js';
import { judgeValue } from './judge.js';
import { resolveOverlaps, type Candidate } from './overlap.js';
import { scoreCandidate } from './score.js';

/**
 * Detection over UTF-8 bytes (DESIGN.md §2): blocks of ~1 KiB cut at line ends, one RE2.Set pass per block,
 * then only the flagged patterns run for positions. Pure: no I/O, no masking, no locations.
 */

export const BLOCK_TARGET = 384;
const BLOCK_MIN = 96;
const LONG_LINE_SCAN = 4 * BLOCK_TARGET;
const LONG_LINE_BLOCK = 16 * BLOCK_TARGET;
/** A keyword gate also accepts a keyword this many bytes before the block (a label on the line above). */
const KEYWORD_LOOKBACK = 192;

export interface DetectOptions {
  minConfidence: number;
  /** Detectors (by engine index) whose column-name hints match the cell's header: a column hint for scoring. */
  hinted?: ReadonlySet<number>;
  /** Context words found in the cell's header, per detector index: context on the value's own line. */
  headerWords?: ReadonlyMap<number, readonly string[]>;
  /** Negative context words in the cell's header, per detector index. */
  headerNegative?: ReadonlyMap<number, readonly string[]>;
  /** The input is one cell value: being alone in it says nothing, so no standalone bonus. */
  cell?: boolean;
  /** Called when a detector's own code throws; the candidate is dropped and the scan goes on. */
  onDetectorError?: (detectorId: string, error: unknown) => void;
}

export interface Region {
  /** First byte to scan (bytes before it are context only). */
  from: number;
  /** Matches must start before this offset; later ones belong to the next region. */
  acceptEnd: number;
  /** Bytes up to here may be read (lookahead for a match straddling acceptEnd). */
  regionEnd: number;
}

const NL = 0x0a;
const NO_HITS: number[] = [];
const NO_CONTEXT: ContextHits = { sameLine: [], lineAbove: [], negative: [], gap: Infinity };

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0d;
}

/** The match is the whole line apart from white space (a list of identifiers, one per line). */
function isStandalone(buf: Buffer, start: number, end: number, lo: number, hi: number): boolean {
  let i = start - 1;
  while (i >= lo && isSpace(buf[i])) i--;
  if (i >= lo && buf[i] !== NL) return false;
  let j = end;
  while (j < hi && isSpace(buf[j])) j++;
  return j >= hi || buf[j] === NL;
}

/**
 * Scan one region of `buf`. `lo`/`hi` bound the bytes available for context and standalone checks.
 * Returns scored, overlap-resolved candidates at or above the threshold, sorted by start.
 */
export function detectRegion(
  engine: CompiledEngine,
  buf: Buffer,
  region: Region,
  opts: DetectOptions,
  lo = 0,
  hi = buf.length,
): Candidate[] {
  const sets = engine.sets;
  if (sets.length === 0) return [];
  const out: Candidate[] = [];
  // Keyword-gated detectors: opened for every block by the column header (cells), or for the first line of
  // the next block by a keyword at the end of the previous one (or just before this region).
  const gatesOpen: number[] = [];
  let gatedCarry: number[] = [];
  for (const cd of engine.detectors) {
    if (!cd.keywordRe) continue;
    // A header that names the column (出生日期, date_of_birth) opens the gate for every cell below it.
    if (opts.hinted?.has(cd.index) || (opts.headerWords?.get(cd.index)?.length ?? 0) > 0) gatesOpen.push(cd.index);
    // Nothing readable before the region (a cell, a file's first bytes): no keyword can be there.
    else if (region.from > lo && cd.keywordRe.test(buf.subarray(Math.max(lo, region.from - KEYWORD_LOOKBACK), region.from))) gatedCarry.push(cd.index);
  }
  let s = region.from;
  while (s < region.acceptEnd) {
    let e = Math.min(s + BLOCK_TARGET, region.acceptEnd);
    let scanEnd = e;
    if (e < region.acceptEnd) {
      const nl = buf.lastIndexOf(NL, e - 1);
      if (nl >= s + BLOCK_MIN - 1) {
        e = nl + 1;
        scanEnd = e;
      } else {
        const fwd = buf.indexOf(NL, e);
        if (fwd >= 0 && fwd < s + LONG_LINE_SCAN && fwd < region.acceptEnd) {
          e = fwd + 1;
          scanEnd = e;
        } else {
          // A line longer than a block: cut anywhere, in larger blocks so the lookahead (the longest
          // possible match) stays a small share of the bytes scanned.
          e = Math.min(s + LONG_LINE_BLOCK, region.acceptEnd);
          scanEnd = Math.min(region.regionEnd, e + engine.overlap);
        }
      }
    } else if (region.acceptEnd < region.regionEnd) {
      scanEnd = Math.min(region.regionEnd, e + engine.overlap);
    }
    const block = buf.subarray(s, scanEnd);
    // Entries (pattern indices, or −(detector + 1) for a gate) the prefilter Sets flag in this block.
    let hits: number[] = NO_HITS;
    for (const { set, entries } of sets) {
      const ids = set.match(block);
      if (ids.length === 0) continue;
      if (hits === NO_HITS) hits = [];
      for (const id of ids) hits.push(entries[id]);
    }
    if (hits.length > 0 || gatedCarry.length > 0 || gatesOpen.length > 0) {
      gatedCarry = scanBlock(engine, buf, block, s, e, hits, gatedCarry, gatesOpen, opts, lo, hi, out);
    }
    s = e;
  }
  return resolveOverlaps(out, opts.minConfidence);
}

/** One block being scanned: what every pattern runner needs, in one place. */
interface BlockScan {
  engine: CompiledEngine;
  /** The whole region buffer (context and guards may read outside the block). */
  buf: Buffer;
  /** The bytes the patterns run on (the block plus any lookahead). */
  block: Buffer;
  blockStart: number;
  /** Matches starting at or after this offset in `block` belong to the next block. */
  limit: number;
  opts: DetectOptions;
  lo: number;
  hi: number;
  out: Candidate[];
}

/** Runs the patterns the set flagged in one block; returns the gated detectors whose keyword it holds. */
function scanBlock(
  engine: CompiledEngine,
  buf: Buffer,
  block: Buffer,
  blockStart: number,
  blockEnd: number,
  hits: number[],
  gatedCarry: number[],
  gatesOpen: readonly number[],
  opts: DetectOptions,
  lo: number,
  hi: number,
  out: Candidate[],
): number[] {
  const scan: BlockScan = { engine, buf, block, blockStart, limit: blockEnd - blockStart, opts, lo, hi, out };
  const gatedHere: number[] = [];
  for (const entry of hits) {
    if (entry >= 0) runPattern(scan, engine.patterns[entry]);
    else gatedHere.push(-entry - 1);
  }
  for (const d of gatesOpen) runGated(scan, d, [0, scan.limit]);
  // A keyword opens its gate on its own line and the next one only: context counts on the value's line and the
  // line above, so running a gated detector's (often costly) patterns on the rest of the block finds nothing.
  for (const d of gatedHere) if (!gatesOpen.includes(d)) runGated(scan, d, keywordLines(engine.detectors[d].keywordAll!, block, scan.limit));
  const carried: number[] = [];
  for (const d of gatedCarry) {
    if (gatedHere.includes(d) || gatesOpen.includes(d)) continue;
    const end = tableRowsEnd(block, lineEndAfter(block, 0, scan.limit), scan.limit);
    runGated(scan, d, [0, end]);
    // A text table running on past the block: its header still names the columns of the next block's rows.
    if (end >= scan.limit && end > lineEndAfter(block, 0, scan.limit)) carried.push(d);
  }
  return [...gatedHere.filter((d) => !gatesOpen.includes(d)), ...carried];
}

/** Run a gated detector's patterns on the given [start, end) spans of the block (offsets in the block). */
function runGated(scan: BlockScan, d: number, spans: number[]): void {
  const cd = scan.engine.detectors[d];
  for (let i = 0; i < spans.length; i += 2) {
    const [from, to] = [spans[i], spans[i + 1]];
    const sub: BlockScan = from === 0 && to === scan.limit ? scan : { ...scan, block: scan.block.subarray(from, to), blockStart: scan.blockStart + from, limit: to - from };
    for (const id of cd.gatedPatterns) runPattern(sub, scan.engine.patterns[id]);
  }
}

/** End (exclusive, after its LF) of the line holding offset `at`, capped at `limit`. */
function lineEndAfter(block: Buffer, at: number, limit: number): number {
  const nl = block.indexOf(NL, at);
  return nl < 0 || nl >= limit ? limit : nl + 1;
}

/** End of the run of text-table rows (lines with a column gap) from `at`, or `at` itself; capped at `limit`. */
function tableRowsEnd(block: Buffer, at: number, limit: number): number {
  let e = at;
  for (let rows = 0; e < limit && rows < TABLE_ROWS; rows++) {
    const next = lineEndAfter(block, e, limit);
    if (!columnGap(block, e, next)) break;
    e = next;
  }
  return e;
}

/** Merged [start, end) spans: each keyword's line and the line after it (all the rows below a table header). */
function keywordLines(re: RE2, block: Buffer, limit: number): number[] {
  const spans: number[] = [];
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(block);
    if (!m || m.index >= limit) break;
    const start = block.lastIndexOf(NL, m.index) + 1;
    const lineEnd = lineEndAfter(block, m.index, limit);
    // A header row of a text table (columns, no digit) names the rows below it, not only the next one.
    const header = columnGap(block, start, lineEnd) && !hasDigit(block, start, lineEnd);
    const next = lineEndAfter(block, lineEnd, limit);
    const end = header ? tableRowsEnd(block, next, limit) : next;
    if (spans.length && start <= spans[spans.length - 1]) spans[spans.length - 1] = Math.max(end, spans[spans.length - 1]);
    else spans.push(start, end);
    re.lastIndex = Math.max(m.index + m[0].length, end);
  }
  return spans;
}

function runPattern(scan: BlockScan, cp: CompiledPattern): void {
  if (cp.pattern.cellOnly && !scan.opts.cell) return;
  if (!collectByMatch(scan, cp)) collectByExec(scan, cp);
}

/** A value found at block offsets [vs, ve): check the guard, evaluate, keep. */
function consider(scan: BlockScan, cp: CompiledPattern, vs: number, ve: number): void {
  const start = scan.blockStart + vs;
  if (cp.pattern.guard && !guardAllows(cp.pattern.guard, scan.buf, start, scan.lo)) return;
  const cand = evaluate(scan, cp, start, scan.blockStart + ve);
  if (cand) scan.out.push(cand);
}

/**
 * One native call for all matches of a pattern in a block (half the cost of an exec loop), on the
 * capture-free regex. Offsets are recovered with indexOf; when the same bytes recur, the first copy where
 * the pattern matches anchored is the true one. A value group is found by running the capturing regex on
 * the match's own bytes. Returns false when offsets cannot be recovered, for the exact exec loop to do it.
 */
function collectByMatch(scan: BlockScan, cp: CompiledPattern): boolean {
  const { block, limit } = scan;
  cp.re.lastIndex = 0;
  const ms = cp.re.match(block) as Buffer[] | null;
  if (!ms) return true;
  const spans: number[] = [];
  let from = 0;
  for (const m of ms) {
    if (m.length === 0) return false;
    let at = block.indexOf(m, from);
    // The same bytes occur again: the first copy at or after `from` may sit inside a longer token where the
    // pattern does not match. The true match is the first copy where the pattern matches anchored, with
    // this length (no earlier position can match, or it would have been the leftmost match).
    if (at >= 0 && block.indexOf(m, at + 1) >= 0) {
      while (at >= 0 && !matchesAt(cp, block, at, m.length)) at = block.indexOf(m, at + 1);
    }
    if (at < 0) return false;
    if (at >= limit) break;
    from = at + m.length;
    let vs = at;
    let ve = from;
    if (cp.capture) {
      const cm = cp.capture.exec(m);
      const idx = cm?.indices?.[cp.pattern.group!];
      // The capturing regex must reproduce the same whole match on its own bytes; otherwise be exact the slow way.
      if (!cm || cm.index !== 0 || cm[0].length !== m.length) return false;
      if (!idx) continue;
      vs = at + idx[0];
      ve = at + idx[1];
    }
    spans.push(vs, ve);
  }
  for (let i = 0; i < spans.length; i += 2) consider(scan, cp, spans[i], spans[i + 1]);
  return true;
}

function matchesAt(cp: CompiledPattern, block: Buffer, at: number, length: number): boolean {
  cp.sticky.lastIndex = at;
  const m = cp.sticky.exec(block);
  return m !== null && m.index === at && m[0].length === length;
}

/** The exact path: iterate the capturing regex with indices. */
function collectByExec(scan: BlockScan, cp: CompiledPattern): void {
  const re = cp.captureAll ?? cp.re;
  const g = cp.pattern.group;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(scan.block);
    if (!m) break;
    const mStart = m.index;
    if (mStart >= scan.limit) break;
    if (m[0].length === 0) {
      re.lastIndex = mStart + 1;
      continue;
    }
    if (!g) {
      consider(scan, cp, mStart, mStart + m[0].length);
      continue;
    }
    const idx = m.indices?.[g];
    if (idx) consider(scan, cp, idx[0], idx[1]);
  }
}

function evaluate(scan: BlockScan, cp: CompiledPattern, start: number, end: number): Candidate | null {
  const { buf, lo, hi } = scan;
  const cd = scan.engine.detectors[cp.detectorIndex];
  const d = cd.detector;
  const raw = buf.toString('utf8', start, end);
  const judged = judgeValue(cd, raw, scan.opts.onDetectorError);
  if (!judged) return null;
  const { normalized, verdict } = judged;
  if (cp.pattern.requireValid && verdict !== 'valid') return null;
  const hits: ContextHits = cd.context ? findContextAt(cd.context, buf, start, end, lo, hi) : NO_CONTEXT;
  const header = scan.opts.headerWords?.get(cd.index);
  const sameLine = header?.length ? [...header, ...hits.sameLine.filter((w) => !header.includes(w))] : hits.sameLine;
  const scored = scoreCandidate(
    {
      patternName: cp.pattern.name,
      base: cp.pattern.score,
      verdict,
      context: sameLine,
      contextAbove: hits.lineAbove,
      negative: scan.opts.headerNegative?.get(cd.index) ?? hits.negative,
      columnHint: scan.opts.hinted?.has(cd.index) === true,
      standalone: !scan.opts.cell && isStandalone(buf, start, end, lo, hi),
      requireContext: d.requireContext === true && cp.pattern.selfContained !== true,
    },
    scan.opts.minConfidence,
  );
  if (!scored) return null;
  // A header naming the column is the nearest label a cell can have.
  const contextGap = header?.length ? 0 : hits.gap;
  return { confidence: scored.confidence, evidence: scored.evidence, sameLineContext: scored.sameLineContext, contextGap, detectorIndex: cd.index, detectorId: d.id, start, end, raw, normalized };
}
