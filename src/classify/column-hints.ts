import type { Detector } from '../types.js';
import { toSimplified } from '../engine/zh-script.js';

/**
 * Column-name hints (STYLE.md §3.3): which detectors a column, header or key name points at, from each
 * detector's `columnHints` minus its `columnHintExcludes`. One matcher for schema migrations, live
 * schemas, CSV headers and database columns, so they agree on what `id_card_no` or `手机号` means.
 *
 * Names are normalised to tokens — lower case, split at `_ - . /` and spaces, at camelCase and acronym
 * boundaries, between letters and digits and between scripts — so `idCardNo`, `ID_CARD_NO` and
 * `id-card-no` are all `id card no`, as pdscan normalises names. Latin hints match whole token sequences
 * (`tel` never matches inside `hotel`); Chinese, Japanese and Korean have no spaces between words, so a
 * hint in those scripts matches as a substring (`用户手机号` holds `手机号`).
 */

export type HintMatchKind = 'exact' | 'suffix' | 'contains';

export interface HintMatch {
  detector: string;
  /** 0..1: how strongly the name alone says the column holds this entity. */
  strength: number;
  kind: HintMatchKind;
  /** The best hint that matched, as the detector writes it. */
  hint: string;
  /** How many of the detector's hints matched (breaks ties: `身份证号` is more PRC resident ID than NRIC). */
  hints: number;
}

/** The name is the hint (`email`, `id_card_no`, `手机号`), possibly followed by a filler such as `_hash`. */
export const EXACT_STRENGTH = 0.95;
/** The hint ends the name (`customer_email`, `用户手机号`): the head noun names the entity. */
export const SUFFIX_STRENGTH = 0.8;
/** …a single Latin word ending a longer name (`home_tel`, `sort_position`) says less. */
export const SUFFIX_WEAK_STRENGTH = 0.6;
/** The hint qualifies another noun (`phone_country_code`, `手机号码归属地`): rarely the entity itself. */
export const CONTAINS_STRENGTH = 0.4;
export const CONTAINS_WEAK_STRENGTH = 0.3;

/**
 * Trailing words that do not change what a column holds: `email_hash`, `phone_enc`, `ssn_last4` still
 * hold (a form of) the value, and `phone_1` is a second phone.
 */
const FILLERS = new Set([
  'no', 'num', 'nr', 'number', 'value', 'val', 'text', 'txt', 'str', 'string', 'raw', 'plain', 'hash', 'hashed',
  'digest', 'enc', 'encrypted', 'cipher', 'ciphertext', 'masked', 'mask', 'tokenized', 'tokenised',
  'normalized', 'normalised', 'lower', 'full', 'primary', 'secondary', 'last', 'first',
  // digests and protections: `email_sha256` (→ email, sha, 256), `phone_md5`, `ssn_hmac`, `手机号(脱敏)`
  'sha', 'md', 'hmac', 'bcrypt', 'salted', 'redacted', 'obfuscated', 'pseudonymised', 'pseudonymized',
  '脱敏', '加密', '密文', '哈希', '掩码', '明文', '原文',
]);

type CharClass = 'cjk' | 'alpha' | 'digit' | 'sep';

function isCjkChar(ch: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]/u.test(ch);
}

function classOf(ch: string): CharClass {
  if (isCjkChar(ch)) return 'cjk';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  if (/[\p{L}\p{M}]/u.test(ch)) return 'alpha';
  return 'sep';
}

/**
 * Tokens of a column name: `idCardNo` → [id, card, no]; `customer_手机号2` → [customer, 手机号, 2];
 * `IDCardNO` → [id, card, no]; `número` → [numero].
 */
export function normaliseColumnName(name: string): string[] {
  // 電話號碼 and 身份證 are hinted as 电话号码 and 身份证 are.
  let s = toSimplified(name.normalize('NFKC'));
  // camelCase and acronyms: fooBar → foo Bar, HTTPServer → HTTP Server, idCARD → id CARD.
  s = s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  // Latin diacritics only (Devanagari vowel signs are marks too, and must stay).
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
  const tokens: string[] = [];
  let cur = '';
  let curClass: CharClass = 'sep';
  for (const ch of s) {
    const c = classOf(ch);
    if (c !== curClass || c === 'sep') {
      if (cur) tokens.push(cur);
      cur = '';
    }
    curClass = c;
    if (c !== 'sep') cur += ch;
  }
  if (cur) tokens.push(cur);
  return tokens;
}

interface CompiledHint {
  text: string;
  /** Tokens joined by single spaces. */
  joined: string;
  /** Multi-word Latin hint written as one word (`idcardno`), matched against single tokens. */
  compact: string | null;
  firstCjk: boolean;
  lastCjk: boolean;
  /** Several words or a CJK term: specific enough to count at full strength inside a longer name. */
  specific: boolean;
}

interface CompiledDetectorHints {
  id: string;
  hints: CompiledHint[];
  excludes: CompiledHint[];
}

function compileHint(text: string): CompiledHint | null {
  const tokens = normaliseColumnName(text);
  if (tokens.length === 0) return null;
  const joined = tokens.join(' ');
  const allLatin = tokens.every((t) => !isCjkChar(t[0]));
  return {
    text,
    joined,
    compact: tokens.length > 1 && allLatin ? tokens.join('') : null,
    firstCjk: isCjkChar(joined[0]),
    lastCjk: isCjkChar(joined[joined.length - 1]),
    specific: tokens.length > 1 || !allLatin,
  };
}

const compiled = new WeakMap<Pick<Detector, 'id' | 'columnHints' | 'columnHintExcludes'>, CompiledDetectorHints>();

function compileDetector(d: Pick<Detector, 'id' | 'columnHints' | 'columnHintExcludes'>): CompiledDetectorHints {
  let c = compiled.get(d);
  if (!c) {
    c = {
      id: d.id,
      hints: (d.columnHints ?? []).map(compileHint).filter((h): h is CompiledHint => h !== null),
      excludes: (d.columnHintExcludes ?? []).map(compileHint).filter((h): h is CompiledHint => h !== null),
    };
    compiled.set(d, c);
  }
  return c;
}

interface NameForm {
  tokens: string[];
  joined: string;
  /** [start, end) of each token in `joined`. */
  spans: [number, number][];
  /** End of the last token that is not a filler (the name's head); the whole length when all are fillers. */
  coreEnd: number;
}

/** A bracketed note at the end of a header: a format, a unit, a length, a required mark. */
const TRAILING_NOTE = /[ \t]*[(（[【][^()（）[\]【】]*[)）\]】][ \t]*$/u;

/**
 * The header without its trailing notes (`身份证号码(18位)`, `DOB (MM/DD/YYYY)`, `手机号【必填】` read as
 * 身份证号码, DOB, 手机号), unless nothing else is left; the note's words would otherwise make the name a
 * longer one that merely contains the hint.
 */
function withoutNotes(name: string): string {
  let s = name;
  for (let i = 0; i < 3 && TRAILING_NOTE.test(s); i++) {
    const next = s.replace(TRAILING_NOTE, '');
    if (normaliseColumnName(next).length === 0) break;
    s = next;
  }
  return s;
}

function nameForm(name: string): NameForm {
  const tokens = normaliseColumnName(withoutNotes(name));
  const spans: [number, number][] = [];
  let at = 0;
  for (const t of tokens) {
    spans.push([at, at + t.length]);
    at += t.length + 1;
  }
  const joined = tokens.join(' ');
  let core = tokens.length;
  while (core > 0 && (FILLERS.has(tokens[core - 1]) || /^\p{Nd}+$/u.test(tokens[core - 1]))) core--;
  const coreEnd = core === 0 ? joined.length : spans[core - 1][1];
  return { tokens, joined, spans, coreEnd };
}

interface Occurrence {
  /** [start, end) in `form.joined`. */
  span: [number, number];
  specific: boolean;
}

/** Where the hint occurs in the name. */
function occurrences(form: NameForm, h: CompiledHint): Occurrence[] {
  const out: Occurrence[] = [];
  const J = form.joined;
  let from = 0;
  for (;;) {
    const s = J.indexOf(h.joined, from);
    if (s < 0) break;
    const e = s + h.joined.length;
    const leftOk = s === 0 || J[s - 1] === ' ' || (h.firstCjk && isCjkChar(J[s - 1]));
    const rightOk = e === J.length || J[e] === ' ' || (h.lastCjk && isCjkChar(J[e]));
    if (leftOk && rightOk) out.push({ span: [s, e], specific: h.specific });
    from = s + 1;
  }
  if (h.compact) {
    form.tokens.forEach((t, i) => {
      // `e mail` written `email` is one common word again; `idcardno` stays specific.
      if (t === h.compact) out.push({ span: form.spans[i], specific: t.length >= 6 });
    });
  }
  return out;
}

function classify(form: NameForm, [s, e]: [number, number]): HintMatchKind {
  const reachesEnd = e >= form.coreEnd;
  if (s === 0 && reachesEnd) return 'exact';
  return reachesEnd ? 'suffix' : 'contains';
}

function strengthOf(kind: HintMatchKind, specific: boolean): number {
  if (kind === 'exact') return EXACT_STRENGTH;
  if (kind === 'suffix') return specific ? SUFFIX_STRENGTH : SUFFIX_WEAK_STRENGTH;
  return specific ? CONTAINS_STRENGTH : CONTAINS_WEAK_STRENGTH;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/**
 * Detectors whose hints match `name`, strongest first (then the more specific hint, then the detector
 * with more matching hints, then id). A hint whose span overlaps a match of one of the detector's
 * excludes does not count: `address_id` is not an address, `password_changed_at` not a password.
 */
export function matchColumnHints(name: string, detectors: readonly Pick<Detector, 'id' | 'columnHints' | 'columnHintExcludes'>[]): HintMatch[] {
  const form = nameForm(name);
  if (form.tokens.length === 0) return [];
  const out: (HintMatch & { len: number })[] = [];
  for (const d of detectors) {
    const c = compileDetector(d);
    if (c.hints.length === 0) continue;
    const excluded = c.excludes.flatMap((x) => occurrences(form, x).map((o) => o.span));
    let best: (HintMatch & { len: number }) | null = null;
    let count = 0;
    for (const h of c.hints) {
      let hit = false;
      for (const { span, specific } of occurrences(form, h)) {
        if (excluded.some((x) => overlaps(x, span))) continue;
        hit = true;
        const kind = classify(form, span);
        const strength = strengthOf(kind, specific);
        // Ties go to the longer match: `email address` says more than `email` about `email_address`.
        const len = span[1] - span[0];
        if (!best || strength > best.strength || (strength === best.strength && len > best.len)) {
          best = { detector: c.id, strength, kind, hint: h.text, hints: 0, len };
        }
      }
      if (hit) count++;
    }
    if (best) out.push({ ...best, hints: count });
  }
  out.sort((a, b) => b.strength - a.strength || b.len - a.len || b.hints - a.hints || (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0));
  return out.map(({ len: _len, ...m }) => m);
}

/** Ids of the detectors a name points at with at least `minStrength` (the engine's `hintedIds`). */
export function hintedDetectorIds(name: string, detectors: readonly Pick<Detector, 'id' | 'columnHints' | 'columnHintExcludes'>[], minStrength = 0.5): string[] {
  return matchColumnHints(name, detectors)
    .filter((m) => m.strength >= minStrength)
    .map((m) => m.detector);
}
