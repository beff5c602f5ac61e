import { GIVEN_CHARS, SURNAME_ENDING_WORDS, SURNAME_WORDS } from './data/zh-lexicon.generated.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './data/zh-surnames.js';
import { tagWithOffsets, type Token } from './jieba.js';
import type { Cue, Recognised } from './score.js';

/**
 * Person names in Chinese running text (news, social media) without a label. Two stages, so that bulk
 * text does not pay for segmentation:
 *  1. a cheap scan: a surname (compound first) and one or two characters that are likely in given names
 *     (a log-likelihood weight per character, generated from jieba's name entries: 伟, 芳, 晓 … weigh a lot,
 *     理, 息, 据 nothing), or a surname next to a cue word (说, 表示, 记者, 先生 …);
 *  2. only sentences with such a candidate are tagged by jieba, and the candidate must be a word of its own
 *     there: a token tagged `nr`, an unknown (`x`, what the HMM finds), or a surname token followed by a
 *     given-name token. A candidate inside a longer ordinary word (高兴, 王国, 周末, 管理员) is refused.
 */

let lex: { given: Map<string, number>; surnameWords: Set<string>; endingWords: Set<string> } | undefined;

function lexicon() {
  if (!lex) {
    const given = new Map<string, number>();
    for (const entry of GIVEN_CHARS.split(',')) given.set(entry[0], Number(entry.slice(1)));
    lex = { given, surnameWords: new Set(SURNAME_WORDS.split('|')), endingWords: new Set(SURNAME_ENDING_WORDS.split('|')) };
  }
  return lex;
}

const BEFORE_WORDS = '记者|通讯员|发言人|联系人|收件人|收货人|负责人|代表|委员|主席|总统|总理|首相|部长|局长|厅长|省长|市长|县长|区长|书记|主任|院长|校长|所长|董事长|总裁|总经理|经理|教授|老师|医生|律师|法官|警官|民警|导演|演员|歌手|作家|选手|运动员|教练|队长|网友|博主|作者|编辑|主持人|患者|客户|用户|会员|顾客|乘客|业主|租客|村民|居民|市民|工人|学生|同学|员工|专家|研究员|工程师|创始人|大使|先生|女士|妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|姐姐|弟弟|妹妹|朋友|同事|遇到了|见到了|感谢|采访了|名叫|据|由|和|与|及|向|对|给|请|让|叫|是';
/** Words right before a name: roles, titles, reporters, form labels. */
const BEFORE = new RegExp(`(?:${BEFORE_WORDS})$`, 'u');
const AFTER_WORDS = '说|表示|称|指出|认为|介绍|告诉|透露|强调|坦言|回忆|解释|补充|提到|提出|建议|呼吁|宣布|回应|回答|问道|笑称|曾任|报道|发现|等人|等|今年|现年|和|与|一家|夫妇|先生|女士|小姐|老师|教授|医生|同学|同志|律师|记者|主任|经理|说道|写道|发文|发帖|留言|评论|告诉|接受|带领|率领|出席|参加|获得|担任|出生|去世';
/** Words right after a name: saying verbs, honorifics, roles. */
const AFTER = new RegExp(`^(?:${AFTER_WORDS})`, 'u');
// Set lookups of 1–3 characters instead of a regex per surname occurrence: this runs on every candidate line.
const BEFORE_SET = new Set(BEFORE_WORDS.split('|'));
const AFTER_SET = new Set(AFTER_WORDS.split('|'));
const CUE_MAX = 3;

function endsWithCue(text: string, at: number): boolean {
  for (let n = 1; n <= CUE_MAX && n <= at; n++) if (BEFORE_SET.has(text.slice(at - n, at))) return true;
  return false;
}

function startsWithCue(text: string, at: number): boolean {
  for (let n = 1; n <= CUE_MAX && at + n <= text.length; n++) if (AFTER_SET.has(text.slice(at, at + n))) return true;
  return false;
}

/** The address forms and roles that make surname + X a title, not a name (王总, 李经理, 张先生). */
const NOT_GIVEN = /^(?:总|某|氏|姓|家|先生|女士|小姐|太太|老师|师傅|经理|主任|医生|同学|局|部|处|科|所|院|队|村|镇|乡|县|市|省|区)/u;

/**
 * RE2 source that every line holding a strong candidate matches (a superset): a surname with likely
 * given-name characters after it, a compound surname, or a surname next to a cue word. Lines without it are
 * never decoded nor segmented.
 */
export function zhTriggerSource(): string {
  const L = lexicon();
  const chars = (min: number) => [...L.given].filter(([, w]) => w >= min).map(([c]) => c).join('');
  const [g20, g11] = [chars(20), chars(11)];
  const s = `[${SINGLE_SURNAMES.join('')}]`;
  const cueBefore = BEFORE_WORDS.split('|').filter((w) => w.length > 1).join('|');
  // weight ≥ 30 without a cue: w1 ≥ 20, or w2 ≥ 20, or both below 20 and then both at least 11.
  return `${s}(?:[${g20}]|\\p{Han}[${g20}]|[${g11}][${g11}])|${COMPOUND_SURNAMES.join('|')}|(?:${cueBefore})${s}|${s}\\p{Han}{1,2}(?:${AFTER_WORDS})`;
}

const SURNAME_START = new RegExp(`(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES.join('')}])`, 'gu');
const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。！？!?；;\n…]/u;

/** Likelihood (sum of weights) of the given name after a surname; 0 when a character is unknown. */
function givenWeight(given: string, table: Map<string, number>): number {
  let w = 0;
  for (const c of given) {
    const x = table.get(c);
    if (x === undefined) return 0;
    w += x;
  }
  return w;
}

interface Candidate {
  start: number;
  surnameLen: number;
  /** Best weight over given names of 1 and 2 characters. */
  weight: number;
  cueBefore: boolean;
  cueAfter: boolean;
  /** Worth segmenting its sentence for. */
  strong: boolean;
}

function sentenceBounds(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]) && at - s < 200) s--;
  let e = at;
  while (e < text.length && !SENTENCE_END.test(text[e]) && e - at < 200) e++;
  return [s, e < text.length ? e + 1 : e];
}

/** In an @mention or a #topic#: a handle or a tag, not a person's name. */
function inHandle(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 20; i--) {
    const c = text[i];
    if (c === '@' || c === '＠') return true;
    if (c === '#') return text.indexOf('#', at) > at;
    if (!HAN.test(c) && !/[\p{L}\p{N}_]/u.test(c)) return false;
  }
  return false;
}

export function recognisePersonsZh(text: string): Recognised[] {
  const L = lexicon();
  const cands: Candidate[] = [];
  SURNAME_START.lastIndex = 0;
  for (let m = SURNAME_START.exec(text); m; m = SURNAME_START.exec(text)) {
    const start = m.index;
    const sl = m[0].length;
    // A compound surname is tried as its first character too (欧 as a surname of its own is rare).
    SURNAME_START.lastIndex = start + 1;
    const g1 = text[start + sl];
    if (!g1 || !HAN.test(g1)) continue;
    // The surname character closes a common word with the character before it (安全, 保管): not a name start.
    if (start > 0 && L.endingWords.has(text.slice(start - 1, start + 1)) && !endsWithCue(text, start)) continue;
    const g2 = text[start + sl + 1];
    const w1 = L.given.get(g1) ?? 0;
    const w2 = g2 && HAN.test(g2) ? (L.given.get(g2) ?? 0) : 0;
    const weight = Math.max(w1 * 1.5, w1 > 0 && w2 > 0 ? w1 + w2 : 0);
    const cueBefore = endsWithCue(text, start);
    const cueAfter = startsWithCue(text, start + sl + 1) || startsWithCue(text, start + sl + 2);
    // Without a cue the given name must look like one; the line trigger (zhTriggerSource) is a superset.
    const strong = weight >= 30 || w2 >= 20 || cueBefore || cueAfter || sl === 2;
    // A weaker candidate is judged only when its sentence is segmented anyway (for a strong one).
    const weak = w1 > 0 && w2 > 0 && Math.max(w1, w2) >= 15;
    if (strong || weak) cands.push({ start, surnameLen: sl, weight, cueBefore, cueAfter, strong });
  }
  if (!cands.some((c) => c.strong)) return [];
  const out: Recognised[] = [];
  const tagged = new Map<number, { from: number; tokens: Token[] }>();
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    if (inHandle(text, c.start)) continue;
    const [s, e] = sentenceBounds(text, c.start);
    let sent = tagged.get(s);
    if (!sent) {
      if (!c.strong && !cands.some((o) => o.strong && o.start >= s && o.start < e)) continue;
      tagged.set(s, (sent = { from: s, tokens: tagWithOffsets(text.slice(s, e)) }));
    }
    const r = judge(text, c, sent.from, sent.tokens, L);
    if (r) {
      out.push(r);
      lastEnd = r.end;
    }
  }
  return out;
}

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Tokens that never are a given name: prepositions, conjunctions, particles, adverbs, pronouns, numbers. */
const FUNCTION_TAGS = /^(?:p|c|u.*|d|r|m|q|f|y|e|o|w)$/;

function judge(text: string, c: Candidate, from: number, tokens: Token[], L: ReturnType<typeof lexicon>): Recognised | null {
  const at = c.start - from;
  const i = tokens.findIndex((t) => t.start <= at && at < t.end);
  if (i < 0) return null;
  const t = tokens[i];
  // The surname character sits inside a longer word (总经理王, 管理员): not a name start — unless the HMM
  // glued it to the word before and tagged the given name on its own (市民黄/x 玉兰/nr → 黄玉兰).
  if (t.start !== at) {
    const g = tokens[i + 1];
    const glued = t.tag === 'x' && t.end === at + c.surnameLen && g && g.word.length <= 2 && /^\p{Script=Han}+$/u.test(g.word) && (g.tag === 'nr' || g.tag === 'nrfg');
    if (!glued) return null;
    const w = givenWeight(g.word, L.given);
    const cues: Cue[] = [{ label: 'segmenter: given name after a glued surname', weight: 0.1 }];
    if (w > 0) cues.push({ label: 'given-name characters', weight: Math.min(0.25, Math.round(w * (g.word.length === 1 ? 1.5 : 1)) / 160) });
    if (startsWithCue(text, from + g.end)) cues.push({ label: 'cue after', weight: 0.15 });
    return { start: c.start, end: from + g.end, recogniser: 'recogniser:person_name.zh', base: 0.3, cues };
  }
  const cues: Cue[] = [];
  let end: number;
  const sl = c.surnameLen;
  if (t.word.length > sl && t.word.length <= sl + 2 && NAME_TAGS.has(t.tag)) {
    end = t.end;
    cues.push({ label: t.tag === 'x' ? 'segmenter: unknown word (HMM)' : `segmenter: name (${t.tag})`, weight: t.tag === 'x' ? 0.15 : 0.25 });
  } else if (t.word.length === sl && i + 1 < tokens.length) {
    // jieba often splits a name whose given name is a word of its own (郭/nr 欣怡/i, 萧/nr 国庆/t).
    const g = tokens[i + 1];
    if (g.word.length < 1 || g.word.length > 2 || !/^\p{Script=Han}+$/u.test(g.word) || FUNCTION_TAGS.test(g.tag)) return null;
    const gw = givenWeight(g.word, L.given);
    // A verb after a surname character is the sentence going on (文/n 回应/v), unless it reads as a given name.
    if (/^v/.test(g.tag) && gw < 20 * g.word.length) return null;
    const ok = NAME_TAGS.has(g.tag) || t.tag === 'nr' || gw >= 20 * g.word.length || c.cueBefore || c.cueAfter;
    if (!ok) return null;
    end = g.end;
    cues.push({ label: 'segmenter: surname + given name', weight: NAME_TAGS.has(g.tag) || t.tag === 'nr' ? 0.15 : 0.05 });
  } else if (t.word.length > sl + 2 && t.tag === 'x' && NOT_GIVEN.test(t.word.slice(sl)) === false && /^(?:说|表示|称)/u.test(t.word.slice(sl + 2))) {
    // jieba glued a saying verb to the name (`李明华说`).
    end = t.start + sl + 2;
    cues.push({ label: 'segmenter: name before a verb', weight: 0.1 });
  } else {
    return null;
  }
  // jieba cut a three-character name after its second character (林子/nr 涵, 高明/nr 辉): take a third
  // character that reads as a given-name one; an HMM word that swallowed the next verb (林丹去) gives it back.
  const next = tokens[i + 1];
  const third = text[from + end];
  const rest = text.slice(from + end + 1, from + end + 5);
  if (end - t.start === sl + 1 && third && HAN.test(third) && (L.given.get(third) ?? 0) >= 8 && (rest === '' || /^[\p{P}\s和与及跟同在是的了说今]/u.test(rest) || AFTER.test(rest))) {
    end += 1;
    cues.push({ label: 'third given-name character', weight: 0.05 });
  } else if (end === t.end && t.word.length === sl + 1 && next && next.word.length === 1 && (L.given.get(next.word) ?? 0) >= 15 && !/^(?:v|p|c|u.*|d|r|m|q|f|y)$/.test(next.tag)) {
    end = next.end;
    cues.push({ label: 'segmenter: third given-name character', weight: 0.05 });
  } else if (end === t.end && t.tag === 'x' && t.word.length === sl + 2 && (L.given.get(t.word[sl + 1]) ?? 0) <= 0 && (L.given.get(t.word[sl]) ?? 0) > 0) {
    end = t.end - 1;
  }
  const name = text.slice(from + t.start, from + end);
  const given = name.slice(sl);
  if (given.length < 1 || given.length > 2 || NOT_GIVEN.test(given) || /[人市省县区州]$/u.test(given)) return null;
  const weight = givenWeight(given, L.given);
  // An unknown word from the HMM is only a name when its characters look like one or a cue says so.
  if (t.tag === 'x' && end === t.end && weight < 15 * given.length * (given.length === 1 ? 1.3 : 1) && !c.cueBefore && !c.cueAfter) return null;
  if (weight > 0) cues.push({ label: 'given-name characters', weight: Math.min(0.25, Math.round(weight * (given.length === 1 ? 1.5 : 1)) / 160) });
  else cues.push({ label: 'rare given-name characters', weight: -0.1 });
  if (sl === 2) cues.push({ label: 'compound surname', weight: 0.1 });
  const before = text.slice(Math.max(0, from + t.start - 4), from + t.start);
  const after = text.slice(from + end, from + end + 4);
  if (BEFORE.test(before)) cues.push({ label: 'cue before', weight: 0.15 });
  if (AFTER.test(after)) cues.push({ label: 'cue after', weight: 0.15 });
  if (L.surnameWords.has(name)) cues.push({ label: 'common word', weight: -0.35 });
  if (given.length === 1 && !cues.some((q) => q.label.startsWith('cue'))) cues.push({ label: 'one-character given name without a cue', weight: -0.1 });
  return { start: from + t.start, end: from + end, recogniser: 'recogniser:person_name.zh', base: 0.3, cues };
}
