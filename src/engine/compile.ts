import RE2 from 're2';

type RE2Set = ReturnType<typeof RE2.Set>;
import type { Detector, DetectorPattern } from '../types.js';
import { compileWordList, escapeRe2, type CompiledContext } from './context.js';
import { relaxRepetitions, stripCaptures } from './regex-rewrite.js';
import { withTraditional, withTraditionalRegex } from './zh-script.js';

/**
 * One (detector, pattern) pair. Its regexes are compiled on first use (all of them at once with `eager`, to
 * prove a pattern is valid RE2): patterns with Unicode classes under long repetitions (names, addresses) take
 * tens of milliseconds each to compile, and a keyword-gated one may never be needed in a scan.
 */
export class CompiledPattern {
  private scanRe?: RE2;
  private stickyRe?: RE2;
  private captureRe?: RE2 | null;
  private captureAllRe?: RE2 | null;
  /** The pattern with its Chinese literals also matching their traditional forms (zh-script.ts). */
  readonly source: string;

  constructor(
    readonly detectorIndex: number,
    readonly pattern: DetectorPattern,
    eager = false,
  ) {
    this.source = withTraditionalRegex(pattern.regex);
    if (eager) void this.re;
  }

  /** Global RE2 over UTF-8 Buffers with every group made non-capturing: RE2 then needs no submatch engine. */
  get re(): RE2 {
    this.scanRe ??= new RE2(stripCaptures(this.source), 'gu');
    return this.scanRe;
  }

  /** The original pattern with group indices (`d` flag), run on a match's own bytes to find the value group. */
  get capture(): RE2 | null {
    if (this.captureRe === undefined) this.captureRe = this.pattern.group ? new RE2(this.source, 'du') : null;
    return this.captureRe;
  }

  /** The original pattern, global, for blocks where offsets cannot be recovered from match bytes. */
  get captureAll(): RE2 | null {
    if (this.captureAllRe === undefined) this.captureAllRe = this.pattern.group ? new RE2(this.source, 'gdu') : null;
    return this.captureAllRe;
  }

  /** The capture-free regex anchored at lastIndex (`y`): confirms that a match starts at a given offset. */
  get sticky(): RE2 {
    this.stickyRe ??= new RE2(stripCaptures(this.source), 'yu');
    return this.stickyRe;
  }
}

export interface CompiledDetector {
  detector: Detector;
  index: number;
  context: CompiledContext | null;
  deny: ReadonlySet<string>;
  /** The keyword gate as a regex, to look just before a region (a label at the end of the previous chunk). */
  keywordRe: RE2 | null;
  /** The same gate, global: where in a block its keywords are. */
  keywordAll: RE2 | null;
  /**
   * Patterns of a keyword-gated detector. They are not in the RE2.Set (a date pattern there would cost every
   * block); they run only on blocks where the keyword occurs, and on the block after.
   */
  gatedPatterns: number[];
}

/** One RE2.Set and what each of its ids stands for: a pattern index (≥ 0), or −(detector index + 1) for a keyword gate. */
export interface PrefilterSet {
  set: RE2Set;
  entries: number[];
}

export interface CompiledEngine {
  detectors: CompiledDetector[];
  patterns: CompiledPattern[];
  /**
   * The prefilter, as three RE2.Sets: guarded (numeric) patterns, other patterns, keyword gates. One Set of
   * everything is a DFA whose states multiply across the groups: on text full of random tokens (hashes,
   * request ids, base64) every byte built a new state, 4.5 ms per 384-byte block; split, each DFA stays
   * small enough to cache (measured: a log of hashes and tokens 0.09 MB/s before, the prose corpus unchanged).
   * Merging the gates into the numeric Set was measured on 2026-11-23: prose 8 % faster, the token log 30 %
   * slower, so three stay.
   */
  sets: PrefilterSet[];
  /**
   * Lookahead in bytes when a long line is cut: at least the longest match a built-in pattern produces
   * (a JWT with a large payload, about 2.2 KB). Patterns must keep their repetitions bounded to fit.
   */
  overlap: number;
}

export class DetectorCompileError extends Error {
  constructor(
    readonly detectorId: string,
    readonly patternName: string,
    message: string,
  ) {
    super(`detector ${detectorId}, pattern ${patternName}: ${message}`);
    this.name = 'DetectorCompileError';
  }
}

const DEFAULT_BEFORE = 48;
export const MAX_MATCH_BYTES = 2560;
const DEFAULT_AFTER = 24;

export function compileContext(d: Detector): CompiledContext | null {
  if (!d.context || (d.context.words.length === 0 && !d.context.negative?.length)) return null;
  return {
    words: compileWordList(d.context.words),
    negative: compileWordList(d.context.negative ?? []),
    beforeBytes: 2 * (d.context.before ?? DEFAULT_BEFORE),
    afterBytes: 2 * (d.context.after ?? DEFAULT_AFTER),
  };
}

/**
 * The RE2.Set only answers "does it occur", so it can consume the left guard as a prefix (no capture is
 * needed): that keeps it from flagging, say, the last 9 digits of every 18-digit number for each 9-digit
 * pattern. The per-pattern scan then runs guard-free and the engine checks the guard (guard.ts).
 */
const GUARD_PREFIX: Record<NonNullable<DetectorPattern['guard']>, string> = {
  number: '(?:^|[^0-9A-Za-z_.+$\\-]|[A-Za-z]\\.)',
  'spaced-number': '(?:^[ \\t]{0,16}|[^0-9A-Za-z_.+$\\- ]|[A-Za-z]\\.|[^0-9] )',
  code: '(?:^|[^0-9A-Za-z_.+$/=\\-]|[A-Za-z]\\.)',
};

/** Repetitions longer than this are open-ended in the Set (regex-rewrite.ts: a small DFA on token-heavy text). */
const SET_REPEAT_LIMIT = 16;

/** The pattern's Set entry: its prefilter, or the source the pattern compiles (traditional forms included). */
function setSource(cp: CompiledPattern): string {
  const p = cp.pattern;
  const core = relaxRepetitions(stripCaptures(p.prefilter ? withTraditionalRegex(p.prefilter) : cp.source), SET_REPEAT_LIMIT);
  return p.guard ? `(?m:${GUARD_PREFIX[p.guard]})(?:${core})` : core;
}

/**
 * One keyword of a gate. A short Latin one (`qq`, `vx`, `dx`, `mrn`) must not follow a letter or a digit: inside
 * hex digests and base64 it occurs every few hundred bytes and would open the gate on every block of a token log.
 * Only the left side is bounded, so `QQ12345678` and `dob_date` still open it.
 */
function gateTerm(keyword: string): string {
  const k = escapeRe2(keyword);
  return /^[0-9A-Za-z]{1,3}$/.test(keyword) ? `(?:(?m:^)|[^0-9A-Za-z])${k}` : k;
}

function compilePattern(d: Detector, p: DetectorPattern, detectorIndex: number, eager: boolean): CompiledPattern {
  try {
    // The capture-free form compiling proves the syntax; the capturing forms differ only in their groups.
    return new CompiledPattern(detectorIndex, p, eager);
  } catch (err) {
    throw new DetectorCompileError(d.id, p.name, err instanceof Error ? err.message : String(err));
  }
}

export interface CompileOptions {
  /** Compile every pattern now, so an invalid one throws here naming its detector (tests, config loading). */
  eager?: boolean;
}

export function compileEngine(detectors: readonly Detector[], options: CompileOptions = {}): CompiledEngine {
  const compiled: CompiledDetector[] = [];
  const patterns: CompiledPattern[] = [];
  const groups = { guarded: { sources: [] as string[], entries: [] as number[] }, plain: { sources: [] as string[], entries: [] as number[] }, gates: { sources: [] as string[], entries: [] as number[] } };
  detectors.forEach((detector, index) => {
    compiled.push({
      detector,
      index,
      context: compileContext(detector),
      deny: new Set((detector.deny ?? []).map((v) => (detector.normalize ? detector.normalize(v) : v))),
      keywordRe: null,
      keywordAll: null,
      gatedPatterns: [],
    });
    const cd = compiled[index];
    const gated = (detector.keywords?.length ?? 0) > 0;
    for (const p of detector.patterns) {
      const cp = compilePattern(detector, p, index, options.eager === true);
      if (gated && !p.selfContained) cd.gatedPatterns.push(patterns.length);
      else {
        const g = p.guard ? groups.guarded : groups.plain;
        g.entries.push(patterns.length);
        g.sources.push(setSource(cp));
      }
      patterns.push(cp);
    }
    if (gated) {
      const source = `(?i)(?:${withTraditional(detector.keywords!).map(gateTerm).join('|')})`;
      cd.keywordRe = new RE2(source, 'u');
      cd.keywordAll = new RE2(source, 'gu');
      groups.gates.entries.push(-(index + 1));
      groups.gates.sources.push(source);
    }
  });
  const sets: PrefilterSet[] = [];
  for (const g of [groups.guarded, groups.plain, groups.gates]) {
    if (g.sources.length > 0) sets.push({ set: new RE2.Set(g.sources, 'u'), entries: g.entries });
  }
  return { detectors: compiled, patterns, sets, overlap: MAX_MATCH_BYTES };
}
