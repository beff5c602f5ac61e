import RE2 from 're2';
import { withTraditional } from './zh-script.js';

/**
 * Context words, found on the bytes around a match with one case-insensitive RE2 per detector (no string
 * decoding per candidate). Latin-script words match whole words (an ASCII letter, digit or `_` may not touch
 * them, so `ssn` is found in `身份证ssn` but not in `lessn`); words in other scripts match as substrings.
 */

const NL = 0x0a;

/** A literal string as RE2 source. */
export function escapeRe2(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

export function isLatinWord(word: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}]+$/u.test(word);
}

/** One RE2 for a word list (Chinese words in their traditional forms too), longest first: `phone number` before `phone`. */
export function compileWordList(words: readonly string[]): RE2 | null {
  const uniq = [...new Set(withTraditional(words).map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  if (uniq.length === 0) return null;
  const parts = uniq.map((w) => {
    const e = escapeRe2(w);
    if (!isLatinWord(w)) return e;
    return `${/^[a-z0-9_]/.test(w) ? '\\b' : ''}${e}${/[a-z0-9_]$/.test(w) ? '\\b' : ''}`;
  });
  return new RE2(`(?i)(?:${parts.join('|')})`, 'gu');
}

export interface CompiledContext {
  words: RE2 | null;
  negative: RE2 | null;
  /** Window sizes in bytes (2 per declared character: 1 for ASCII text, a CJK character takes 3). */
  beforeBytes: number;
  afterBytes: number;
}

export interface ContextHits {
  /** Words on the match's own line (before or after it). */
  sameLine: string[];
  /** Words only on the line above (a label on its own line). */
  lineAbove: string[];
  negative: string[];
  /**
   * Bytes between the value and the nearest context word on its line (Infinity without one). A label names
   * the value right after it: when two detectors claim one span, the nearer label decides (overlap.ts).
   */
  gap: number;
}

/** How much further a context word after the value counts than one right before it (see `gap`). */
const AFTER_GAP = 16;

/** The words of `re` in buf[from, to), appended to `into`; returns the matches in order (null if none). */
function wordsIn(re: RE2 | null, buf: Buffer, from: number, to: number, into: string[]): Buffer[] | null {
  if (!re || to <= from) return null;
  re.lastIndex = 0;
  const ms = re.match(buf.subarray(from, to)) as Buffer[] | null;
  if (!ms) return null;
  for (const m of ms) {
    const w = m.toString('utf8').toLowerCase();
    if (!into.includes(w)) into.push(w);
  }
  return ms;
}

/**
 * Bytes between the last of `matches` (words found in buf[lineStart, start), in order) and `start`. The same
 * bytes found again later inside a longer word only make the gap smaller.
 */
function gapBefore(matches: Buffer[], buf: Buffer, lineStart: number, start: number): number {
  const last = matches[matches.length - 1];
  return start - (buf.subarray(lineStart, start).lastIndexOf(last) + lineStart + last.length);
}

/** Last LF in buf[from, before), or -1; bounded so long lines never cost more than the window. */
function lastNl(buf: Buffer, from: number, before: number): number {
  for (let i = before - 1; i >= from; i--) if (buf[i] === NL) return i;
  return -1;
}

/**
 * Context around buf[start, end): the match's own line within the window, and the line above it.
 * `lo`/`hi` bound what may be read.
 */
export function findContextAt(ctx: CompiledContext, buf: Buffer, start: number, end: number, lo: number, hi: number): ContextHits {
  // A window edge inside a word would turn its cut end into a false whole word (`mailbox` → `mail`).
  let ws = Math.max(lo, start - ctx.beforeBytes);
  while (ws < start && ws > lo && isAsciiWord(buf[ws - 1]) && isAsciiWord(buf[ws])) ws++;
  let we = Math.min(hi, end + ctx.afterBytes);
  while (we > end && we < hi && isAsciiWord(buf[we]) && isAsciiWord(buf[we - 1])) we--;
  const nl = lastNl(buf, ws, start);
  const lineStart = nl < 0 ? ws : nl + 1;
  let lineEnd = we;
  for (let i = end; i < we; i++) {
    if (buf[i] === NL) {
      lineEnd = i;
      break;
    }
  }
  let sameLine: string[] = [];
  const before = wordsIn(ctx.words, buf, lineStart, start, sameLine);
  const afterWords: string[] = [];
  let after = wordsIn(ctx.words, buf, end, lineEnd, afterWords);
  // A word after the value that is itself followed by a colon labels the next value (`Joined: 01-Jul-2019
  // DOB: 23-Jan-1990`), not this one.
  if (after && labelsNext(buf, end, lineEnd, after[0])) after = null;
  else for (const w of afterWords) if (!sameLine.includes(w)) sameLine.push(w);
  // Matches come in order: the last one before the value is the nearest. A word after the value is a weaker
  // label — it is as often the next value's — so it counts only without one before, and as further away.
  let gap = before ? gapBefore(before, buf, lineStart, start) : after ? AFTER_GAP + buf.subarray(end, lineEnd).indexOf(after[0]) : Infinity;
  const lineAbove: string[] = [];
  // The line above only matters when the value's own line says nothing (scoring and overlap use it then),
  // and not when the value's line has a label of its own (`Last login: …` under `DOB: …`).
  if (sameLine.length === 0 && nl >= ws && !hasLabel(buf, lineStart, start)) {
    const prev = lastNl(buf, ws, nl);
    const aboveStart = prev < 0 ? ws : prev + 1;
    const found = wordsIn(ctx.words, buf, aboveStart, nl, lineAbove);
    // Only a label still waiting for its value (`Born:` at the line's end, a header row): a word with a value
    // after it on its own line (`Birthday: Oct 5th.`) has had its answer.
    if (found && hasDigit(buf, nl - gapBefore(found, buf, aboveStart, nl), nl)) lineAbove.length = 0;
  }
  const negative: string[] = [];
  const negBefore = wordsIn(ctx.negative, buf, lineStart, start, negative);
  // A record lists labelled values side by side (`身份证号：…，手机：138…，银行卡号 …`). When one of the
  // detector's own words labels the value, a negative word further before it labels an earlier value, and
  // one after it the next value: neither says anything about this one.
  if (before) {
    const negGap = negBefore ? gapBefore(negBefore, buf, lineStart, start) : Infinity;
    if (gap < negGap) negative.length = 0;
    // …and the other way round: a negative word nearer the value than the detector's own word labels this value
    // (`Birth date 1954-05-22, start date 2/1/24`), and the word further back the earlier value between them.
    else if (hasDigit(buf, start - gap, start - negGap)) {
      sameLine = [];
      gap = Infinity;
    }
  } else wordsIn(ctx.negative, buf, end, lineEnd, negative);
  return { sameLine, lineAbove: lineAbove.filter((w) => !sameLine.includes(w)), negative, gap };
}

function hasDigit(buf: Buffer, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (buf[i] >= 0x30 && buf[i] <= 0x39) return true;
  return false;
}

/**
 * The context word `word`, first found in buf[from, to), is followed by a colon: the label of another value —
 * unless a bracket opens between the value and it (`对公账户：…（开户行：中国银行）`: a note on this value).
 */
function labelsNext(buf: Buffer, from: number, to: number, word: Buffer): boolean {
  let i = buf.subarray(from, to).indexOf(word);
  if (i < 0) return false;
  for (let k = from; k < from + i; k++) if (buf[k] === 0x28 || buf[k] === 0x5b || fullWidthAt(buf, k, 0x88)) return false;
  i += from + word.length;
  while (i < to && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
  return isColonAt(buf, i);
}

/** The UTF-8 of a full-width form U+FF00 + `low` - 0x80 (0x88 `（`, 0x9a `：`) starts at buf[i]. */
function fullWidthAt(buf: Buffer, i: number, low: number): boolean {
  return buf[i] === 0xef && buf[i + 1] === 0xbc && buf[i + 2] === low;
}

/** An ASCII or a full-width colon at buf[i]. */
function isColonAt(buf: Buffer, i: number): boolean {
  return buf[i] === 0x3a || fullWidthAt(buf, i, 0x9a);
}

function isAsciiWord(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/** A `label:` (ASCII or full-width colon) between the line start and the value. */
function hasLabel(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isColonAt(buf, i)) return true;
  return false;
}

/** Context (and negative) words in a column header: the whole header is context. */
export function findContextInHeader(ctx: CompiledContext, header: string): { words: string[]; negative: string[] } {
  const words: string[] = [];
  const negative: string[] = [];
  // Column names join words with _ and -, which would hide them from whole-word matching.
  const b = Buffer.from(header.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'), 'utf8');
  wordsIn(ctx.words, b, 0, b.length, words);
  wordsIn(ctx.negative, b, 0, b.length, negative);
  return { words, negative };
}
