import RE2 from 're2';

type RE2Set = ReturnType<typeof RE2.Set>;
import type { Detector, DetectorPattern } from '../types.js';

/** One (detector, pattern) pair, compiled once per engine (per worker). */
export interface CompiledPattern {
  detectorIndex: number;
  pattern: DetectorPattern;
  /** Global RE2 over UTF-8 Buffers; with the `d` flag when a capture group carries the value. */
  re: RE2;
}

export interface CompiledContext {
  /** Latin-script words, matched whole-word on lower-cased text. */
  latin: string[];
  /** Words in scripts without spaces (Chinese, Japanese, Korean): substring match. */
  other: string[];
  negativeLatin: string[];
  negativeOther: string[];
  before: number;
  after: number;
}

export interface CompiledDetector {
  detector: Detector;
  index: number;
  context: CompiledContext | null;
  deny: ReadonlySet<string>;
  /** RE2.Set id of this detector's keyword gate, or -1 when it has none. */
  keywordSetId: number;
  /** The same gate as a regex, to look just before a block (a label on the line above). */
  keywordRe: RE2 | null;
}

export interface CompiledEngine {
  detectors: CompiledDetector[];
  patterns: CompiledPattern[];
  /** Ids [0, patterns.length) are patterns; the rest are keyword gates. */
  set: RE2Set | null;
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

function escapeRe2Literal(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function isLatin(word: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(word);
}

function splitScripts(words: readonly string[]): [string[], string[]] {
  const latin: string[] = [];
  const other: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase();
    (isLatin(lw) ? latin : other).push(lw);
  }
  return [latin, other];
}

export function compileContext(d: Detector): CompiledContext | null {
  if (!d.context || (d.context.words.length === 0 && !d.context.negative?.length)) return null;
  const [latin, other] = splitScripts(d.context.words);
  const [negativeLatin, negativeOther] = splitScripts(d.context.negative ?? []);
  return {
    latin,
    other,
    negativeLatin,
    negativeOther,
    before: d.context.before ?? DEFAULT_BEFORE,
    after: d.context.after ?? DEFAULT_AFTER,
  };
}

function compilePattern(d: Detector, p: DetectorPattern, detectorIndex: number): CompiledPattern {
  try {
    const re = new RE2(p.regex, p.group ? 'gdu' : 'gu');
    return { detectorIndex, pattern: p, re };
  } catch (err) {
    throw new DetectorCompileError(d.id, p.name, err instanceof Error ? err.message : String(err));
  }
}

export function compileEngine(detectors: readonly Detector[]): CompiledEngine {
  const compiled: CompiledDetector[] = [];
  const patterns: CompiledPattern[] = [];
  const sources: string[] = [];
  detectors.forEach((detector, index) => {
    compiled.push({
      detector,
      index,
      context: compileContext(detector),
      deny: new Set((detector.deny ?? []).map((v) => (detector.normalize ? detector.normalize(v) : v))),
      keywordSetId: -1,
      keywordRe: null,
    });
    for (const p of detector.patterns) {
      patterns.push(compilePattern(detector, p, index));
      sources.push(p.regex);
    }
  });
  for (const cd of compiled) {
    const kws = cd.detector.keywords;
    if (!kws || kws.length === 0) continue;
    const source = `(?i)(?:${kws.map(escapeRe2Literal).join('|')})`;
    cd.keywordSetId = sources.length;
    cd.keywordRe = new RE2(source, 'u');
    sources.push(source);
  }
  let set: RE2Set | null = null;
  if (sources.length > 0) {
    set = new RE2.Set(sources, 'u');
  }
  return { detectors: compiled, patterns, set, overlap: MAX_MATCH_BYTES };
}
