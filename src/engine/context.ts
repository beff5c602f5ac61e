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

/** The matches of `re` in buf[from, to), in order (null if none). */
function matchesIn(re: RE2 | null, buf: Buffer, from: number, to: number): Buffer[] | null {
  if (!re || to <= from) return null;
  re.lastIndex = 0;
  return re.match(buf.subarray(from, to)) as Buffer[] | null;
}

/** The first `count` of `ms` as lower-case words, appended to `into` (each once). */
function addWords(ms: Buffer[], count: number, into: string[]): void {
  for (let k = 0; k < count; k++) {
    const w = ms[k].toString('utf8').toLowerCase();
    if (!into.includes(w)) into.push(w);
  }
}

/** The words of `re` in buf[from, to), appended to `into`; returns the matches in order (null if none). */
function wordsIn(re: RE2 | null, buf: Buffer, from: number, to: number, into: string[]): Buffer[] | null {
  const ms = matchesIn(re, buf, from, to);
  if (ms) addWords(ms, ms.length, into);
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
  // A negated word (`13800138000（出厂编码，非电话）`, `… is not a phone number`) says the value is not what it names.
  const negated: string[] = [];
  const before = unNegated(matchesIn(ctx.words, buf, lineStart, start), -1, buf, lineStart, lineStart, negated);
  if (before) addWords(before, before.length, sameLine);
  // Words after the value count up to the first one that labels the next value (see `nextLabelAt`): that word
  // and all after it are the next value's. A negative word followed by a value or a colon names that value
  // (`+31 6 2184 5521 | IBAN NL60 …`), and so does one of the detector's own words followed by a colon
  // (`Joined: 01-Jul-2019   DOB: …`).
  const after = matchesIn(ctx.words, buf, end, lineEnd);
  // Negative words after the value only matter without a label before it (see below).
  const negAfter = before ? null : matchesIn(ctx.negative, buf, end, lineEnd);
  const negBefore = matchesIn(ctx.negative, buf, lineStart, start);
  let cut = lineEnd;
  if (negAfter) cut = nextLabelAt(negAfter, buf, end, cut, true);
  if (after) {
    cut = nextLabelAt(after, buf, end, cut, false);
    // An own word followed by a value is most often the next value's label too (`start date 03/03/2025, DOB
    // 21/09/1991`), but a list of one kind has it as well (`Phones: 9536 7615, …; fax +1-713-…`): it is taken
    // for the next value's only when something speaks against this one — a negative word of its own, or a
    // negated one (`ref 987654321 (not alpha), alpha 123456789`).
    if (negBefore || negated.length > 0 || (negAfter && keptBefore(negAfter, buf, end, cut) > 0) || negatedIn(after, keptBefore(after, buf, end, cut), buf, end, lineStart)) {
      cut = nextLabelAt(after, buf, end, cut, true);
    }
  }
  const kept = after ? unNegated(after, keptBefore(after, buf, end, cut), buf, end, lineStart, negated) : null;
  if (kept) addWords(kept, kept.length, sameLine);
  // Matches come in order: the last one before the value is the nearest. A word after the value is a weaker
  // label — it is as often the next value's — so it counts only without one before, and as further away.
  let gap = before ? gapBefore(before, buf, lineStart, start) : kept ? AFTER_GAP + buf.subarray(end, lineEnd).indexOf(kept[0]) : Infinity;
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
  // A row of a text table further down: its column's header, above the rows before it.
  if (sameLine.length === 0 && lineAbove.length === 0 && ctx.words && !hasLabel(buf, lineStart, start)) columnHeader(ctx.words, buf, start, end, lo, lineAbove);
  const negative: string[] = [];
  if (negBefore) addWords(negBefore, negBefore.length, negative);
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
  } else {
    if (negAfter) addWords(negAfter, keptBefore(negAfter, buf, end, cut), negative);
    // Without a label of its own, the value is the one the negated word speaks of.
    for (const w of negated) if (!negative.includes(w)) negative.push(w);
  }
  return { sameLine, lineAbove: lineAbove.filter((w) => !sameLine.includes(w)), negative, gap };
}

/** Negations right before a context word, as UTF-8 (非 also ends 并非 and 而非; 不是 ends 并不是). */
const NEGATIONS_ZH = ['非', '不是', '不属于', '不屬於'].map((w) => Buffer.from(w, 'utf8'));

/**
 * The first `count` (-1: all) of `ms`, found in order in buf[from, …), without the negated ones, whose phrases
 * (negation and word) go to `negated`. Returns `ms` itself when none is negated, null when none is left.
 */
function unNegated(ms: Buffer[] | null, count: number, buf: Buffer, from: number, floor: number, negated: string[]): Buffer[] | null {
  if (!ms) return null;
  const n = count < 0 ? ms.length : count;
  let out: Buffer[] | null = null;
  let at = from;
  for (let k = 0; k < n; k++) {
    const i = buf.indexOf(ms[k], at);
    at = i + ms[k].length;
    const neg = i < 0 ? -1 : negationBefore(buf, floor, i);
    if (neg >= 0) {
      out ??= ms.slice(0, k);
      const phrase = buf.toString('utf8', neg, at).toLowerCase();
      if (!negated.includes(phrase)) negated.push(phrase);
    } else if (out) out.push(ms[k]);
  }
  if (!out) return n === ms.length ? ms : n > 0 ? ms.slice(0, n) : null;
  return out.length > 0 ? out : null;
}

/** One of the first `count` of `ms` (found in order in buf[from, …)) is negated. */
function negatedIn(ms: Buffer[], count: number, buf: Buffer, from: number, floor: number): boolean {
  let at = from;
  for (let k = 0; k < count; k++) {
    const i = buf.indexOf(ms[k], at);
    if (i < 0) return false;
    if (negationBefore(buf, floor, i) >= 0) return true;
    at = i + ms[k].length;
  }
  return false;
}

/**
 * Where a negation of the word at buf[i] starts (-1 if none): 非/不是 right before it, `non-`, or `not`/`isn't`
 * and an article (`not a phone`, `isn't the DOB`). Without the article the word is a verb as often (`do not call
 * 555-1234 after 9pm` is still a phone), and `no` is as often the abbreviation of number.
 */
function negationBefore(buf: Buffer, floor: number, i: number): number {
  for (const n of NEGATIONS_ZH) {
    const at = i - n.length;
    // 南非, 北非, 东非, 西非 are places (南非电话 is a South African number), not negations.
    if (at >= floor && buf.compare(n, 0, n.length, at, i) === 0) return n === NEGATIONS_ZH[0] && at - 3 >= floor && isDirectionAt(buf, at - 3) ? -1 : at;
  }
  if (i - 4 >= floor && lowerIs(buf, i - 4, 'non-')) return i - 4;
  let j = skipBlanksBack(buf, floor, i);
  if (j === i) return -1;
  let w = wordBack(buf, floor, j);
  if (!(lowerIs(buf, w, 'a', j) || lowerIs(buf, w, 'an', j) || lowerIs(buf, w, 'the', j))) return -1;
  j = skipBlanksBack(buf, floor, w);
  if (j === w) return -1;
  w = wordBack(buf, floor, j);
  if (lowerIs(buf, w, 'not', j)) return w;
  // `isn't`, `wasn't`: the apostrophe splits the word.
  if (j - 3 >= floor && buf[j - 3] === 0x6e && buf[j - 2] === 0x27 && (buf[j - 1] | 0x20) === 0x74) return wordBack(buf, floor, j - 3);
  return -1;
}

const DIRECTIONS = ['南', '北', '东', '西', '東'].map((w) => Buffer.from(w, 'utf8'));

function isDirectionAt(buf: Buffer, i: number): boolean {
  for (const d of DIRECTIONS) if (buf.compare(d, 0, 3, i, i + 3) === 0) return true;
  return false;
}

function skipBlanksBack(buf: Buffer, floor: number, i: number): number {
  while (i > floor && (buf[i - 1] === 0x20 || buf[i - 1] === 0x09)) i--;
  return i;
}

/** Start of the ASCII word ending at buf[i]. */
function wordBack(buf: Buffer, floor: number, i: number): number {
  while (i > floor && isAsciiWord(buf[i - 1])) i--;
  return i;
}

/** buf[from, to) is `lower` (ASCII, any case); `to` defaults to from + its length. */
function lowerIs(buf: Buffer, from: number, lower: string, to = from + lower.length): boolean {
  if (to - from !== lower.length || from < 0) return false;
  for (let k = 0; k < lower.length; k++) if ((buf[from + k] | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

/** How far up a text table's header is looked for: rows (detect.ts opens a header's keyword gate as far), and bytes from the value. */
export const TABLE_ROWS = 12;
const TABLE_BYTES = 2048;

/**
 * Words of `re` in the header of the text-table column holding buf[start, end), appended to `into`. The value's
 * line and the rows above it up to the header must be laid out in columns (a run of two blanks or a tab); the
 * header is the first line above without a digit, and a word in it counts when its columns overlap the value's
 * (display columns: a CJK character takes two). Reads at most TABLE_BYTES back from the value, and runs the
 * word regex only on the header line.
 */
function columnHeader(re: RE2, buf: Buffer, start: number, end: number, lo: number, into: string[]): void {
  const floor = Math.max(lo, start - TABLE_BYTES);
  let ls = start;
  while (ls > floor && buf[ls - 1] !== NL) ls--;
  if (ls === floor && ls > lo) return;
  if (!columnGap(buf, ls, start) && !columnGap(buf, end, Math.min(buf.length, end + 64))) return;
  const col = displayWidth(buf, ls, start);
  const width = displayWidth(buf, start, end);
  let lineEnd = ls - 1;
  for (let row = 0; row < TABLE_ROWS && lineEnd > floor; row++) {
    let s = lineEnd;
    while (s > floor && buf[s - 1] !== NL) s--;
    if ((s === floor && s > lo) || s === lineEnd) return;
    if (!hasDigit(buf, s, lineEnd)) {
      const ms = matchesIn(re, buf, s, lineEnd);
      if (!ms) return;
      let at = s;
      for (const m of ms) {
        const i = buf.indexOf(m, at);
        if (i < 0) break;
        at = i + m.length;
        const wc = displayWidth(buf, s, i);
        if (wc < col + width && col < wc + displayWidth(buf, i, at)) {
          addWords([m], 1, into);
          return;
        }
      }
      return;
    }
    if (!columnGap(buf, s, lineEnd)) return;
    lineEnd = s - 1;
  }
}

/** A run of two blanks or a tab in buf[from, to), before any line end: columns laid out in text. */
export function columnGap(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to && buf[i] !== NL; i++) {
    if (buf[i] === 0x09 || (buf[i] === 0x20 && buf[i + 1] === 0x20)) return true;
  }
  return false;
}

/** Display columns of the UTF-8 in buf[from, to): a character of three or four bytes (CJK) takes two. */
function displayWidth(buf: Buffer, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i];
    if (b < 0x80 || (b >= 0xc0 && b < 0xe0)) w++;
    else if (b >= 0xe0) w += 2;
  }
  return w;
}

export function hasDigit(buf: Buffer, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (buf[i] >= 0x30 && buf[i] <= 0x39) return true;
  return false;
}

/**
 * Where the first of `ms` (words found in order in buf[from, to), `from` being the value's end) that labels the
 * next value starts, or `to`. A word labels the next value when a colon (or, with `valueToo`, a value) follows it
 * (`Joined: 01-Jul-2019 DOB: …`, `… | IBAN NL60 …`) — unless it stands in a bracket opened after this value: a
 * note on this value (`对公账户：…（开户行：中国银行）`).
 */
function nextLabelAt(ms: Buffer[], buf: Buffer, from: number, to: number, valueToo: boolean): number {
  let at = from;
  let scanned = from;
  // Brackets opened since the value and not closed: inside them, a note on this value.
  let open = 0;
  for (const m of ms) {
    const i = buf.indexOf(m, at);
    if (i < 0 || i >= to) break;
    for (; scanned < i; scanned++) {
      const b = buf[scanned];
      if (b === 0x28 || b === 0x5b || fullWidthAt(buf, scanned, 0x88)) open++;
      else if ((b === 0x29 || b === 0x5d || fullWidthAt(buf, scanned, 0x89)) && open > 0) open--;
    }
    at = i + m.length;
    if (open === 0 && labelFollows(buf, at, to, valueToo)) return i;
  }
  return to;
}

/** How many of `ms` (found in order in buf[from, …)) start before `cut`. */
function keptBefore(ms: Buffer[], buf: Buffer, from: number, cut: number): number {
  let at = from;
  let k = 0;
  for (; k < ms.length; k++) {
    const i = buf.indexOf(ms[k], at);
    if (i < 0 || i >= cut) break;
    at = i + ms[k].length;
  }
  return k;
}

/**
 * After a word ending at buf[i]: blanks, then a colon, or (with `valueToo`) a token (up to a blank, a comma or a
 * semicolon) with a digit in it — the next value (`DOB 21/09/1991`, `IBAN NL60 VZVR …`), not a word or a phrase's end.
 */
function labelFollows(buf: Buffer, i: number, to: number, valueToo: boolean): boolean {
  while (i < to && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
  if (isColonAt(buf, i)) return true;
  if (!valueToo) return false;
  for (let k = i; k < to; k++) {
    const b = buf[k];
    if (b >= 0x30 && b <= 0x39) return true;
    if (b === 0x20 || b === 0x09 || b === 0x2c || b === 0x3b || b === 0x0d || b >= 0x80) return false;
  }
  return false;
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
