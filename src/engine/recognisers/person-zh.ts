import { TRANSLIT_SIMPLIFIED } from './data/zh-translit.js';
import { givenNameWeights, surnameInitialWords } from './data/lexicons.js';
import { SURNAME_ENDING_WORDS } from './data/zh-lexicon.generated.js';
import { FOREIGN_NAMES } from './data/zh-foreign.generated.js';
import { KNOWN_NATIVE_NAMES, NR_ORDINARY_WORDS } from './data/zh-known-names.generated.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './data/zh-surnames.js';
import { tagWithOffsets, type Token } from './jieba.js';
import { confidenceOf, type Cue, type Recognised } from './score.js';

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

let lex:
  | { given: ReadonlyMap<string, number>; surnameWords: ReadonlySet<string>; endingWords: Set<string>; known: Set<string>; nrOrdinary: Set<string> }
  | undefined;

function lexicon() {
  lex ??= {
    given: givenNameWeights(),
    surnameWords: surnameInitialWords(),
    endingWords: new Set(SURNAME_ENDING_WORDS.split('|')),
    known: new Set(KNOWN_NATIVE_NAMES.split('|')),
    nrOrdinary: new Set(NR_ORDINARY_WORDS.split('|')),
  };
  return lex;
}

const BEFORE_WORDS = '被告人|原告人|犯罪嫌疑人|嫌疑人|被害人|受害人|证人|上诉人|被上诉人|被申请人|当事人|法定代表人|委托代理人|被执行人|罪犯|记者|通讯员|发言人|联系人|收件人|收货人|负责人|代表|委员|主席|总统|总理|首相|部长|局长|厅长|省长|市长|县长|区长|书记|主任|院长|校长|所长|董事长|总裁|总经理|经理|教授|老师|医生|律师|法官|警官|民警|导演|演员|歌手|作家|选手|运动员|教练|队长|网友|博主|作者|编辑|主持人|患者|客户|用户|会员|顾客|乘客|业主|租客|村民|居民|市民|工人|学生|同学|员工|专家|研究员|工程师|创始人|大使|先生|女士|妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|姐姐|弟弟|妹妹|朋友|同事|闺蜜|男友|女友|男朋友|女朋友|老公|老婆|室友|同桌|老板|领导|偶像|姐妹|兄弟|会见|会晤|接见|致电|遇到了|见到了|感谢|采访了|名叫|祝贺|恭喜|支持|喜欢|想念|跟|同|据|由|和|与|及|向|对|给|请|让|叫|是';
/** Words right before a name: roles, titles, reporters, form labels. */
const BEFORE = new RegExp(`(?:${BEFORE_WORDS})$`, 'u');
const AFTER_WORDS = '说|表示|称|指出|认为|介绍|告诉|透露|强调|坦言|回忆|解释|补充|提到|提出|建议|呼吁|宣布|回应|回答|问道|笑称|曾任|报道|发现|等人|等|今年|现年|和|与|一家|夫妇|先生|女士|小姐|老师|教授|医生|同学|同志|律师|记者|主任|经理|说道|写道|发文|发帖|留言|评论|告诉|接受|带领|率领|出席|参加|获得|担任|出生|去世|会见|会晤|接见|致电|回应|主持|生日|院士|博士|研究员|工程师|加油|夺冠|的新剧|的新歌|新剧|新歌|新专辑|本人|的新电影|的新片|的新作|的演唱会|的粉丝|的演技|主席|副主席|总理|副总理|总统|副总统|总书记|书记|委员长|部长|省长|市长|局长|院长|校长|大使|首相|议员|总裁|董事长|总经理';
/** Words right after a name: saying verbs, honorifics, roles. */
const AFTER = new RegExp(`^(?:${AFTER_WORDS})`, 'u');
/**
 * A gender item right after the word: the profile line of bios, HR records and court judgments
 * (`王建国，男，汉族，1965年生`, `被告人李某某，女，`, `张伟（男）`). Nothing but a person is followed so.
 */
const PROFILE_AFTER = /^[ \t]?[，,（(][ \t]?[男女][ \t]?[，,、）);；]/u;
// Set lookups of 1–5 characters instead of a regex per surname occurrence: this runs on every candidate line. A
// cue word must end (before) or begin (after) with one of a few characters, which rules most positions out at once.
const BEFORE_SET = new Set(BEFORE_WORDS.split('|'));
const AFTER_SET = new Set(AFTER_WORDS.split('|'));
const BEFORE_LAST = new Set([...BEFORE_SET].map((w) => w[w.length - 1]));
const AFTER_FIRST = new Set([...AFTER_SET].map((w) => w[0]));
const CUE_MAX = 5;

/**
 * Common words that jieba's dictionary tags as names (`nr`) and that begin with a surname character: the
 * frequent ones among its 2-character `nr` entries (明白 10,875 times, 武功, 文明, 阳光, 荣誉 …), which
 * surnameInitialWords() leaves out because of their tag. Historical and fictional people with the same
 * frequencies (宋江, 曹操, 鲁迅) are not in it.
 */
const NR_COMMON_WORDS = new Set(
  ('明白|武功|文明|和尚|王朝|阳光|陆军|道德|卫星|雷达|荣誉|古老|丘陵|言语|冷笑|武林|明星|宫殿|光荣|权威|侍卫|帝王|封锁|宣言|胡同|玉米|' +
    '师兄|顾问|王爷|智慧|王公|白雪|高峰|齐声|祖先|文武|石英|友谊|金殿|侍郎|师哥|高潮|英勇|齐全|洪水|顾客|公正|凤凰|辛勤|米粉|玉石|寻思|' +
    '胡子|王府|光辉|叶子|安静|祖宗|孔雀|王冠|花圃|宁静|康复|晋升|时髦|白领|蓝天|蓝图|金黄|陈旧|陈列|陈述|许可|祝贺|谢谢|周密|周旋|卓越|凌厉|' +
    '焦黄|童子|田野|田园|梅花|桂花|兰花|燕子|麦子|胡椒|朱红|雷声|马匹|高耸|高超|高薪|严正|宫阙|庄园|林木|林立').split('|'),
);

/**
 * A verb of appointing before the name/**
 * A verb of appointing before the name and the office after it (任李克修为节度使, 任命张三为主任, 封王某为侯):
 * only a person is appointed so. Both ends are needed: 任 and 封 alone begin many other phrases.
 */
const APPOINT_BEFORE = new Set(['任', '任命', '委任', '改任', '调任', '转任', '提名', '推举', '封', '册封', '追封']);
const APPOINT_AFTER = /^(?:为|出任|担任|接任|兼任|继任)/u;

function appointed(text: string, at: number, end: number): boolean {
  if (!APPOINT_AFTER.test(text.slice(end, end + 2))) return false;
  return APPOINT_BEFORE.has(text.slice(at - 1, at)) || (at >= 2 && APPOINT_BEFORE.has(text.slice(at - 2, at)));
}

function endsWithCue(text: string, at: number): boolean {
  if (at === 0 || !BEFORE_LAST.has(text[at - 1])) return false;
  for (let n = 1; n <= CUE_MAX && n <= at; n++) if (BEFORE_SET.has(text.slice(at - n, at))) return true;
  return false;
}

function startsWithCue(text: string, at: number): boolean {
  if (at >= text.length || !AFTER_FIRST.has(text[at])) return false;
  for (let n = 1; n <= CUE_MAX && at + n <= text.length; n++) if (AFTER_SET.has(text.slice(at, at + n))) return true;
  return false;
}

/** The address forms and roles that make surname + X a title, not a name (王总, 李经理, 张先生; 王家 but not 温家宝). */
const NOT_GIVEN = /^(?:总|某$|氏$|姓|家$|先生|女士|小姐|太太|老师|师傅|经理|主任|医生|同学|阿姨|叔叔|大爷|大妈|大娘|奶奶|爷爷|伯伯|婶婶|嫂子|哥$|姐$|局|部|处|科|所|院|队|村|镇|乡|县|市|省|区)/u;

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
  return `${s}(?:[${g20}]|\\p{Han}[${g20}]|[${g11}][${g11}])|${COMPOUND_SURNAMES.join('|')}|(?:${cueBefore}|叫)[ \u3000]?${s}|[@＠]${s}\\p{Han}|${s}\\p{Han}{1,2}(?:${AFTER_WORDS}|[，,（(][男女][，,、）)])` +
    // A whole field of a table row written as text (wholeField): the line is read even for a weak given name.
    `|(?:^|[\\n|｜\\t]|[ \u3000]{2})[ \u3000]*${s}\\p{Han}{1,2}[ \u3000]*(?:$|[|｜\\t\\r\\n]|[ \u3000]{2})`;
}

const SURNAME_START = new RegExp(`(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES.join('')}])`, 'gu');
const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。！？!?；;\n…]/u;

/** The cue a given name's character weights give (a one-character given name counts half again). */
function givenNameCue(weight: number, length: number): Cue {
  return { label: 'given-name characters', weight: Math.min(0.25, Math.round(weight * (length === 1 ? 1.5 : 1)) / 160) };
}

/** Likelihood (sum of weights) of the given name after a surname; 0 when a character is unknown. */
function givenWeight(given: string, table: ReadonlyMap<string, number>): number {
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
  /** Length of the known name (a name entry of jieba's dictionary) that starts here, 0 when none does. */
  known: number;
  /** The word fills a whole field of a table row written as text (see wholeField). */
  cell: boolean;
  /** The word follows an accepted name and an enumeration comma (、). */
  listed?: boolean;
}

/**
 * A field separator of a table written as text: a pipe, a tab, or a run of two or more blanks (columns aligned
 * with spaces, full-width ones too).
 */
const FIELD_START = /(?:^|[|｜\t]|[ \u3000]{2})[ \u3000]*$/u;
const FIELD_END = /^[ \u3000]*(?:$|[|｜\t\r\n]|[ \u3000]{2})/u;
const FIELD_SEPARATORS = /[|｜\t]|[ \u3000]{2,}/gu;

/**
 * text[start, end) is a whole field of a row of a table written as text (`… | 王建国 | 176…`, `1   京N·7H9P2   秦雪
 * 186…`): a row of at least three fields is a record, and a record's field that is a surname and a given name
 * is the record's person — as a name column would say, had the table been parsed as one.
 */
function wholeField(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  if (!FIELD_START.test(text.slice(ls, start)) || !FIELD_END.test(text.slice(end, le))) return false;
  const seps = text.slice(ls, le).trim().match(FIELD_SEPARATORS);
  return seps !== null && seps.length >= 2;
}

/**
 * Length of a known name (陈友谅, 傅作义, 邓超) at `at`: 4, 3, 2 or 0. Historical and famous names often
 * have given-name characters that weigh little (谅, 义, 用), so without this nothing would segment their sentence.
 */
function knownNameAt(text: string, at: number, known: ReadonlySet<string>): number {
  for (let n = 4; n >= 2; n--) if (at + n <= text.length && known.has(text.slice(at, at + n))) return n;
  return 0;
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

/** An @mention whose whole body is two to four Chinese characters, then its end (`//@刘希平:`, `@周立波000`). */
const HANDLE = /[@＠](\p{Script=Han}{2,4})(?=[:：\s/,，。.!！?？)）\]】0-9A-Za-z_]|$)/gu;

/**
 * A handle that is a personal name (`//@刘希平:回复`, `@周立波000`): social-media users often sign up under
 * their own name, and a repost chain then names them. Only a whole body of surname + a one- or two-character
 * given name whose characters read as a given name; `@北京天文馆詹想`, `@小米手机` and `@高兴` are handles.
 */
function handleNames(text: string, L: ReturnType<typeof lexicon>): Recognised[] {
  if (!text.includes('@') && !text.includes('＠')) return [];
  const out: Recognised[] = [];
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) {
    const body = m[1];
    const compound = COMPOUND_SURNAMES.find((c) => body.startsWith(c));
    const sl = compound ? compound.length : SINGLE_SURNAMES.includes(body[0]) ? 1 : 0;
    const given = body.slice(sl);
    if (sl === 0 || given.length < 1 || given.length > 2 || NOT_GIVEN.test(given)) continue;
    if (L.surnameWords.has(body) || TRANSLIT_ORGS.has(body)) continue;
    const weight = givenWeight(given, L.given);
    // A name the dictionaries know (@李开复:) is one whatever its characters weigh; so is a two-character given
    // name with one character that is typical of names (@万鹏程: 鹏), though the other is mostly a surname (程).
    const typical = given.length === 2 && Math.max(...[...given].map((ch) => L.given.get(ch) ?? 0)) >= 25;
    if (weight < 10 * given.length && !typical && !L.known.has(body)) continue;
    const start = m.index + 1;
    out.push({
      start,
      end: start + body.length,
      recogniser: 'recogniser:person_name.zh',
      base: 0.3,
      cues: [
        { label: 'a handle that is a personal name (@…)', weight: 0.25 },
        givenNameCue(weight, given.length),
      ],
    });
  }
  return out;
}

export function recognisePersonsZh(text: string, state?: ZhDocState): Recognised[] {
  const foreign = recogniseForeignZh(text, state);
  const handles = handleNames(text, lexicon());
  const nativeOnly = recogniseNativeZh(text);
  const native = handles.length ? [...nativeOnly, ...handles.filter((h) => !nativeOnly.some((n) => n.start < h.end && h.start < n.end))].sort((a, b) => a.start - b.start) : nativeOnly;
  if (foreign.length === 0) return native;
  // Where the two overlap the longer span wins: a surname character inside a transliterated name (安吉 in
  // 安吉尔) is no name of its own, and a Chinese name holding transliteration characters (林海燕) is not cut.
  const overlaps = (a: Recognised, b: Recognised) => a.start < b.end && b.start < a.end;
  const len = (r: Recognised) => r.end - r.start;
  const keptForeign = foreign.filter((f) => !native.some((n) => overlaps(n, f) && len(n) >= len(f)));
  return [...keptForeign, ...native.filter((n) => !keptForeign.some((f) => overlaps(n, f)))].sort((a, b) => a.start - b.start);
}

function recogniseNativeZh(text: string): Recognised[] {
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
    // A blank between the role and the name (`通讯员 张强`, full-width too) still makes it the name's role.
    let k = start;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u3000')) k--;
    // A whole field of a table row written as text counts as a label before it (the header names the column).
    const cell = wholeField(text, start, start + sl + 1) || wholeField(text, start, start + sl + 2);
    const cueBefore = endsWithCue(text, k) || cell;
    const cueAfter =
      startsWithCue(text, start + sl + 1) ||
      startsWithCue(text, start + sl + 2) ||
      PROFILE_AFTER.test(text.slice(start + sl + 1, start + sl + 6)) ||
      PROFILE_AFTER.test(text.slice(start + sl + 2, start + sl + 7)) ||
      appointed(text, start, start + sl + 1) ||
      appointed(text, start, start + sl + 2);
    // Without a cue the given name must look like one; the line trigger (zhTriggerSource) is a superset.
    const known = knownNameAt(text, start, L.known);
    const strong = weight >= 30 || w2 >= 20 || cueBefore || cueAfter || sl === 2 || known > 0;
    // A weaker candidate is judged only when its sentence is segmented anyway (for a strong one).
    const weak = w1 > 0 && w2 > 0 && Math.max(w1, w2) >= 15;
    if (strong || weak) cands.push({ start, surnameLen: sl, weight, cueBefore, cueAfter, strong, known, cell });
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
    // The next item of an enumeration after an accepted name (`严冬梅、潘志远、…、戴明亮`): a list of people goes on
    // with people, which is as good as a role word before it.
    const prev = out[out.length - 1];
    const listed = prev !== undefined && prev.end === c.start - 1 && text[prev.end] === '、' && confidenceOf(prev) >= 0.5;
    const r = judge(text, listed ? { ...c, cueBefore: true, listed } : c, sent.from, sent.tokens, L);
    if (r) {
      out.push(r);
      lastEnd = r.end;
    }
  }
  return out;
}

const NATIVE_PLACE_AFTER = /^(?:[路街巷州港岛島湾灣海峰]|道(?![：:，,“"])|大道|地区|地區|分校|学院|學院|群岛|群島|帝国|帝國|王朝|语|語|族)/u;
/** Prepositions of motion and origin right before a word: 到 (not 见到, 找到 …), 往, 赴, 前往, 飞往, 来自, 位于. */
const MOTION_BEFORE = /(?:(?:^|[^见遇找收送看听得做达想碰接回拿传寄交猜等提办感])到|[往赴]|来自|位于)$/u;
/** A count of people before the word (五名司铎, 三位教授): a noun for people, not one person's name. */
const COUNTED = /[0-9０-９一二三四五六七八九十百千万两几多数數]+[名位个個]$/u;
/** One-character verbs and particles the HMM glues to the name before them. */
const GLUED_AFTER = /^[去来在是的了和与跟把被给对向到要会也都就还又说]$/u;
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Tokens that never are a given name: prepositions, conjunctions, particles, adverbs, pronouns, numbers. */
const FUNCTION_TAGS = /^(?:p|c|u.*|d|r|m|q|f|y|e|o|w)$/;

function judge(text: string, c: Candidate, from: number, tokens: Token[], L: ReturnType<typeof lexicon>): Recognised | null {
  const at = c.start - from;
  const i = tokens.findIndex((t) => t.start <= at && at < t.end);
  if (i < 0) return null;
  let t = tokens[i];
  // The HMM glued a one-character cue to a three-character name after it (请夏继泉/x): the name is the rest.
  if (t.tag === 'x' && t.start === at - 1 && c.cueBefore && BEFORE_SET.has(t.word[0]) && t.word.length === c.surnameLen + 3) {
    t = { ...t, word: t.word.slice(1), start: at };
  }
  // The surname character sits inside a longer word (总经理王, 管理员): not a name start — unless the HMM
  // glued it to the word before and tagged the given name on its own (市民黄/x 玉兰/nr → 黄玉兰).
  if (t.start !== at) {
    const g = tokens[i + 1];
    const glued = t.tag === 'x' && t.end === at + c.surnameLen && g && g.word.length <= 2 && /^\p{Script=Han}+$/u.test(g.word) && (g.tag === 'nr' || g.tag === 'nrfg');
    if (!glued) return null;
    const w = givenWeight(g.word, L.given);
    const cues: Cue[] = [{ label: 'segmenter: given name after a glued surname', weight: 0.1 }];
    if (w > 0) cues.push(givenNameCue(w, g.word.length));
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
  } else if (t.word.length === sl + 3 && t.tag === 'x' && GLUED_AFTER.test(t.word.slice(sl + 2))) {
    // …or a one-character verb or particle (`李小红去`, `张伟在`): the name is what comes before it.
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
  if (TRANSLIT_ORGS.has(name) || TRANSLIT_ORGS.has(text.slice(from + t.start, from + t.end)) || TRANSLIT_PLACES.has(name)) return null;
  const given = name.slice(sl);
  if (given.length < 1 || given.length > 2 || NOT_GIVEN.test(given) || /[人市省县区州]$/u.test(given)) return null;
  const weight = givenWeight(given, L.given);
  // An unknown word from the HMM is only a name when its characters look like one or a cue says so.
  const known = c.known === end - t.start;
  if (t.tag === 'x' && end === t.end && weight < 15 * given.length * (given.length === 1 ? 1.3 : 1) && !c.cueBefore && !c.cueAfter && !known) return null;
  if (weight > 0) cues.push(givenNameCue(weight, given.length));
  else cues.push({ label: 'rare given-name characters', weight: -0.1 });
  if (known && (t.tag === 'nr' || t.tag === 'x')) cues.push({ label: "a name in the segmenter's dictionary", weight: 0.15 });
  if (sl === 2) cues.push({ label: 'compound surname', weight: 0.1 });
  const before = text.slice(Math.max(0, from + t.start - 4), from + t.start);
  const after = text.slice(from + end, from + end + 4);
  // A road, a sea, an empire or a language named after the word (桂林路, 安达曼海, 苏美尔语): a place or a thing.
  if (NATIVE_PLACE_AFTER.test(after) || COUNTED.test(before)) return null;
  // A word of three transliteration characters after a verb of motion's preposition (到欧登塞, 前往, 来自) is
  // a destination or an origin abroad, not a Chinese name (见到, 找到, 收到 … a person are left alone).
  const isT = translitTable();
  if (name.length >= 3 && [...name].every((ch) => isT[ch.charCodeAt(0)] === 1) && MOTION_BEFORE.test(before)) return null;
  // A given name of transliteration characters with two more right after it (洛姬|诺娃, 魏斯|法尔, 安娜|费雷拉): the
  // start of a longer foreign name, not a Chinese one.
  const isTAt = (k: number) => k < text.length && isT[text.charCodeAt(k)] === 1;
  if (name.length <= 3 && [...given].every((ch) => isT[ch.charCodeAt(0)] === 1) && isTAt(from + end) && isTAt(from + end + 1)) return null;
  if (BEFORE.test(before.replace(/[ \u3000]+$/u, ''))) cues.push({ label: 'cue before', weight: 0.15 });
  else if (c.cell && wholeField(text, from + t.start, from + end)) cues.push({ label: 'cue: a whole field of a table row', weight: 0.15 });
  else if (c.listed) cues.push({ label: 'cue: listed after a name (、)', weight: 0.15 });
  if (AFTER.test(after)) cues.push({ label: 'cue after', weight: 0.15 });
  else if (PROFILE_AFTER.test(after)) cues.push({ label: 'cue after: a profile line (，男， / （女）)', weight: 0.25 });
  // A word the language uses every day, tagged as a name by the dictionary: refused, whatever cue is around it.
  if (NR_COMMON_WORDS.has(name)) return null;
  // The second dictionary's ordinary words are a longer, looser list (高强 is a word and a common name): a cue
  // still makes one a name.
  if (L.nrOrdinary.has(name) && !cues.some((q) => q.label.startsWith('cue')) && !c.cueBefore && !c.cueAfter) return null;
  if (L.surnameWords.has(name)) cues.push({ label: 'common word', weight: -0.35 });
  if (given.length === 1 && !cues.some((q) => q.label.startsWith('cue'))) cues.push({ label: 'one-character given name without a cue', weight: -0.1 });
  return { start: from + t.start, end: from + end, recogniser: 'recogniser:person_name.zh', base: 0.3, cues };
}

/*
 * Foreign names written in Chinese (奥巴马, 科瑞·舒尔曼, 塔尔罗) have no Chinese surname, so the surname scan
 * above never sees them. They are written with a small set of transliteration characters (the Xinhua
 * name-transliteration table), which are also ordinary characters (特别, 克服, 安全): a run of them is taken
 * for a name with the interpunct between given name and surname, next to a cue word that only a person
 * takes (说, 先生, 主席 …), or when jieba's dictionary lists it as a name. Names in Latin script inside
 * Chinese text (`Pugh女士`, `Tarlo说`) take the same cues. A name found so is found again bare later on.
 */
/** Traditional forms of the transliteration characters, each followed by its simplified form. */
const TRADITIONAL_PAIRS =
  '愛爱奧奥鮑鲍貝贝畢毕賓宾濱滨達达鄧邓東东頓顿爾尔費费豐丰馮冯蓋盖岡冈貢贡漢汉華华懷怀賈贾傑杰凱凯庫库誇夸萊莱賴赖蘭兰勞劳裡里麗丽連连盧卢魯鲁陸陆倫伦羅罗呂吕馬马瑪玛邁迈麥麦門门納纳內内寧宁紐纽諾诺歐欧龐庞齊齐喬乔欽钦薩萨賽赛紹绍蘇苏湯汤圖图萬万韋韦維维溫温烏乌錫锡謝谢亞亚揚扬葉叶約约澤泽紮扎茲兹遜逊婭娅絲丝繆缪瓊琼';
const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) TO_SIMPLIFIED.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);
const TRANSLIT_CHARS = TRANSLIT_SIMPLIFIED + [...TO_SIMPLIFIED.keys()].join('');
const T = `[${TRANSLIT_CHARS}]`;
const DOT = '[·‧•・]';
/**
 * Cue words after a name that a person takes and a place or a thing does not (saying, titles, a life). Countries
 * and bodies propose and appeal too (伊朗提出, 北约呼吁): the place and organisation guards below refuse them.
 */
const TRANSLIT_AFTER =
  '会见|會見|会晤|會晤|接见|接見|致电|致電|说道|說道|写道|寫道|表示|解释|解釋|补充|補充|透露|强调|強調|坦言|承认|承認|回忆|回憶|认为|認為|告诉|告訴|指出|先生|女士|小姐|夫人|说|說|描述|驳回|駁回|相信|出生|去世|逝世|辞职|辭職|当选|當選|似乎|向来|向來|本人|自己|提出|呼吁|声称|宣称';
/**
 * Adverbs between a subject and its verb (奥德修斯也带着, 沃克随后辞职): the cue after the name may follow one.
 * (Lines reach the recogniser in simplified script, so these lists need no traditional forms.)
 */
const ADVERB = '(?:也|还|便|就|则|又|曾|曾经|已|已经|都|亦|仍|却|才|遂|再|一直|终于|随即|当即|后来|随后|最终|更|很|非常|最|不|没|没有|从不|从未|并不|并未|一定|也许|可能)?';
/**
 * What only a person does, right after a name or through an adverb: hopes, feelings, marriage, a life's
 * events, a youth (奥斯卡从少年时代就喜欢…, 奥德修斯也带着他的伙伴, 赫伯特生于…). Countries and bodies that
 * speak in the news (认为, 表示) do none of these.
 */
const PERSON_PREDICATE =
  `${ADVERB}(?:希望|带[着著]|喜欢|爱上|娶了|嫁给|结婚|离婚|生于|死于|卒于|病逝|病故|自杀|遇刺|被捕|被杀|被害|被处死|被刺杀|退役|退休|毕业于|就读于|师从|想要|打算|觉得|感到|认为|相信|回忆|坦言|表示|透露|承认|辞职|去世|逝世)` +
  '|从小|自幼|自小|年轻时|少年时|早年|晚年|幼年|从少年|从童年|从青年';
/**
 * What only a person has, after 的 and perhaps a quantifier: kin, a diary, a will, a funeral (赫伯特的一些日记,
 * 弗鲁埃拉的一个堂弟), a thing in their hands (到了丹尼尔手里), or the literary 之子, 之妻 (son, wife of). Roles that
 * a body has as well (发言人, 律师, 顾问, 支持者: 切尔西的支持者) are no cue.
 */
const PERSON_POSSESSION =
  '的(?:一些|部分|一个|一位|一名|几位|几个|许多|很多|所有|全部|最后|第一)?(?:儿子|女儿|长子|次子|幼子|独子|养子|长女|次女|幼女|独女|养女|妻子|丈夫|遗孀|父亲|母亲|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹|侄子|侄女|外甥|孙子|孙女|外孙|祖父|祖母|叔叔|伯父|舅舅|堂弟|堂兄|堂妹|堂姐|表哥|表弟|表姊|表姐|表妹|未婚妻|未婚夫|情人|情妇|日记|自传|回忆录|传记|遗嘱|肖像|画像|葬礼|遗体|生日|童年|生平|一生)' +
  '|手里|手中|之(?:子|女|妻|夫|父|母|孙)';
/** Every cue after a name. */
const TRANSLIT_AFTER_ALL = `${TRANSLIT_AFTER}|${PERSON_PREDICATE}|${PERSON_POSSESSION}`;
/** Roles and relations written right before a name. */
const TRANSLIT_BEFORE =
  '主席|总统|總統|总理|總理|副总理|副總理|秘书长|秘書長|议长|議長|首席执行官|董事长|董事長|创办人|創辦人|特使|首相|主任|部长|部長|议员|議員|创始人|創始人|扮演者|候选人|候選人|发言人|發言人|女儿|女兒|儿子|兒子|妻子|丈夫|母亲|母親|父亲|父親|名为|名為|名叫|球员|球員|教练|教練|导演|導演|演员|演員|记者|記者|总裁|總裁|律师|律師|医生|醫生|教授|博士|作家|歌手|队长|隊長|大使|国王|國王|女王|王子|公主|用户|用戶|网友|網友|妈妈|媽媽|投票给|投票給|会见|會見|会晤|會晤|接见|接見|致电|致電|' +
  // Leaders, ranks, titles of nobility and the church, callings and kin (民主党领袖卡斯特伦, 将军巴顿, 诗人拜伦).
  '领袖|首领|领导人|将军|元帅|上将|中将|少将|上校|中校|少校|上尉|中尉|皇帝|女皇|皇后|王后|教皇|教宗|主教|大主教|牧师|神父|修士|修女|骑士|爵士|勋爵|公爵|伯爵|侯爵|男爵|子爵|亲王|酋长|总督|州长|市长|参议员|众议员|法官|检察官|警长|船长|舰长|主帅|主教练|外长|国务卿|哲学家|科学家|物理学家|数学家|化学家|经济学家|历史学家|诗人|画家|作曲家|音乐家|小说家|剧作家|艺术家|钢琴家|歌唱家|指挥家|设计师|建筑师|工程师|摄影师|主演|饰演|侄子|祖父|祖母|哥哥|姐姐|弟弟|妹妹|叔叔|好友|同事|助手|秘书|继承人|遗孀';
const BEFORE_ROLES = new Set(TRANSLIT_BEFORE.split('|'));
/** How many characters at `start` end a role word that began before it (主席 at 席): 0 when none does. */
function roleOverlap(text: string, start: number): number {
  for (let k = 1; k <= 2; k++) {
    for (let len = k + 1; len <= 3; len++) if (start + k - len >= 0 && BEFORE_ROLES.has(text.slice(start + k - len, start + k))) return k;
  }
  return 0;
}

/** Role words ending in a transliteration character: before a name, not inside it (助理科瑞·舒尔曼). */
const LEFT_WORD_END = /^(?:助理|经理|經理|总理|總理|代理|护理|護理|处理|處理|管理|治理|办理|辦理|审理|審理|受理)$/u;
const TRANSLIT_DOTTED = new RegExp(`${T}{1,6}(?:${DOT}${T}{1,8}){1,3}`, 'gu');
// After a role the run may be a whole name written without the interpunct (妻子梅拉尼亚特朗普): up to eight.
const TRANSLIT_CUED = new RegExp(`(?<=(?:${TRANSLIT_BEFORE}))${T}{2,8}|(?<!${T})${T}{2,6}(?=(?:${TRANSLIT_AFTER_ALL}))`, 'gu');
const HAS_DOT = /[·‧•・]/u;
const ROLE_BEFORE_END = new RegExp(`(?:${TRANSLIT_BEFORE})$`, 'u');
/** Words of TRANSLIT_BEFORE that take a place or a body as well (会见伊朗代表团, 名为巴西利亚的城市). */
const NOT_ONLY_PERSONS_BEFORE = /(?:会见|會見|会晤|會晤|接见|接見|致电|致電|投票给|投票給|名为|名為|名叫|主演|饰演)$/u;
const CUE_AFTER_AT = new RegExp(`^(?:${TRANSLIT_AFTER_ALL})`, 'u');
const POSSESSION_AT = new RegExp(`^(?:${PERSON_POSSESSION})`, 'u');
/** A place preposition right before a word (在, 到, 来自 …; not the 于 of 由于, 关于, 对于). */
const PLACE_BEFORE_VERB = /(?:在|(?<![由关对至等属])于|到|往|赴|来自|位于|前往|飞往|访问)$/u;
const REGNAL = new RegExp(`${T}{2,6}([一二三四五六七八九十]{1,3}世)`, 'gu');
const ANY_CUE = new RegExp(`${TRANSLIT_BEFORE}|${TRANSLIT_AFTER_ALL}`, 'u');
const LATIN_NAME = '\\p{Lu}[\\p{Ll}\\p{Lu}]+(?: \\p{Lu}\\p{Ll}*){0,3}';
const LATIN_CUED = new RegExp(`(?<=(?:${TRANSLIT_BEFORE}))${LATIN_NAME}|(?<![\\p{Script=Latin}\\p{N} ])${LATIN_NAME}(?=(?:${TRANSLIT_AFTER_ALL}))`, 'gu');
/**
 * Countries, cities and bodies written in transliteration characters that speak in the news (伊朗表示,
 * 巴西说) as people do: the cue words alone would take them for names.
 */
const TRANSLIT_PLACES = new Set(
  (
    '伊朗|巴西|沙特|古巴|秘鲁|秘魯|智利|希腊|希臘|荷兰|荷蘭|芬兰|芬蘭|波兰|波蘭|瑞典|瑞士|丹麦|丹麥|挪威|冰岛|冰島|爱尔兰|愛爾蘭|苏格兰|蘇格蘭|英格兰|英格蘭|乌克兰|烏克蘭|埃及|索马里|索馬里|苏丹|蘇丹|加纳|加納|突尼斯|以色列|约旦|約旦|卡塔尔|卡塔爾|科威特|巴林|阿曼|土耳其|塞浦路斯|马耳他|馬耳他|葡萄牙|法兰西|法蘭西|奥地利|奧地利|匈牙利|捷克|斯洛伐克|立陶宛|阿富汗|孟加拉|尼泊尔|尼泊爾|缅甸|緬甸|越南|新加坡|印尼|菲律宾|菲律賓|墨西哥|海地|巴拿马|巴拿馬|阿根廷|乌拉圭|烏拉圭|巴拉圭|加拿大|伦敦|倫敦|巴黎|柏林|莫斯科|罗马|羅馬|维也纳|維也納|德黑兰|德黑蘭|华盛顿|華盛頓|白宫|白宮|北约|北約|欧盟|歐盟|' +
    // More countries, regions, states, cities and universities written only in transliteration characters,
    // which take the person cues after them in the news (巴基斯坦希望, 东南亚希望, 纽约的一些…). Those that are
    // people's names too (休斯顿, 肯特, 约克, 米兰, 里昂, 奥兰多, 切尔西, 克利夫兰) are left out.
    '巴基斯坦|哈萨克斯坦|塔吉克斯坦|吉尔吉斯斯坦|巴勒斯坦|伊拉克|利比亚|马里|卢旺达|肯尼亚|塞内加尔|马拉维|纳米比亚|博茨瓦纳|莫桑比克|马达加斯加|斯里兰卡|马尔代夫|文莱|蒙古|厄瓜多尔|多米尼加|萨尔瓦多|尼加拉瓜|安道尔|爱沙尼亚|格鲁吉亚|摩尔多瓦|罗马尼亚|保加利亚|塞尔维亚|斯洛文尼亚|阿尔巴尼亚|波斯尼亚|南苏丹|吉布提|坦桑尼亚|贝宁|利比里亚|塞拉利昂|冈比亚|巴布亚|汤加|萨摩亚|图瓦卢|基里巴斯|巴巴多斯|苏里南|伯利兹|科索沃|萨克森|托斯卡纳|加泰罗尼亚|安达卢西亚|卡斯蒂利亚|阿拉贡|纳瓦拉|加利西亚|布列塔尼|普罗旺斯|阿尔萨斯|佛兰德|瓦隆|康沃尔|苏塞克斯|埃塞克斯|加利福尼亚|德克萨斯|佛罗里达|内华达|科罗拉多|内布拉斯加|密西西比|阿拉巴马|肯塔基|弗吉尼亚|马里兰|特拉华|佛蒙特|伊利诺伊|明尼苏达|艾奥瓦|密苏里|阿拉斯加|阿尔伯塔|曼尼托巴|纽芬兰|东南亚|东亚|南亚|西亚|东欧|西欧|南欧|西伯利亚|加勒比|纽约|西雅图|迈阿密|达拉斯|丹佛|多伦多|蒙特利尔|珀斯|布里斯班|奥克兰|马德里|里斯本|威尼斯|法兰克福|科隆|杜塞尔多夫|斯图加特|汉诺威|莱比锡|布鲁塞尔|阿姆斯特丹|伯尔尼|布拉格|布达佩斯|华沙|克拉科夫|明斯克|里加|维尔纽斯|赫尔辛基|奥斯陆|伯明翰|内罗毕|德里|卡拉奇|达卡|雅加达|马尼拉|乌兰巴托|巴格达|贝鲁特|安曼|迪拜|多哈|特拉维夫|伊斯坦布尔|安卡拉|布加勒斯特|贝尔格莱德|萨格勒布|利马|加拉加斯|基多|拉斯维加斯|波特兰|萨克拉门托|安克雷奇|卡尔加里|埃德蒙顿|阿德莱德|马赛|波尔多|图卢兹|南特|里尔|塞维利亚|瓦伦西亚|波尔图|博洛尼亚|巴勒莫|维罗纳|因斯布鲁克|格拉茨|林茨|巴塞尔|洛桑|卢塞恩|根特|埃因霍温|波恩|多特蒙德|埃森|卡塞尔|图尔库|塔林|哈萨克|哈佛|耶鲁|普林斯顿|斯坦福|索邦|' +
    // Places that jieba's dictionary tags as personal names (nr), some of them with a Chinese surname first
    // (黎巴嫩, 温哥华): refused by the native recogniser too.
    '黎巴嫩|夏威夷|马其顿|安大略|慕尼黑|温哥华|都柏林|杜尚别|敖德萨|利雅得|白沙瓦|伏尔加|马尔默|苏台德|洛迦诺|叶尔羌|安哥拉|高加索'
  ).split('|'),
);
/**
 * Companies and brands written in transliteration characters, which jieba's dictionary lists as names
 * (阿里巴巴, 沃尔玛, 麦肯锡) and which speak in the news as people do (亚马逊表示).
 */
const TRANSLIT_ORGS = new Set(
  '阿里巴巴|亚马逊|亞馬遜|迪士尼|星巴克|麦当劳|麥當勞|肯德基|沃尔玛|沃爾瑪|波音|空客|耐克|阿迪达斯|阿迪達斯|索尼|丰田|豐田|本田|三星|谷歌|脸书|臉書|推特|特斯拉|英特尔|英特爾|高通|甲骨文|诺基亚|諾基亞|摩托罗拉|摩托羅拉|雀巢|可口可乐|可口可樂|百事|宜家|优衣库|路易威登|香奈儿|香奈兒|爱马仕|愛馬仕|普拉达|普拉達|古驰|古馳|迪奥|迪奧|劳力士|勞力士|法拉利|兰博基尼|蘭博基尼|保时捷|保時捷|奥迪|奧迪|雪佛兰|惠普|联合利华|宝洁|寶潔|辉瑞|輝瑞|强生|拜耳|西门子|西門子|飞利浦|飛利浦|博世|华纳|華納|派拉蒙|皮克斯|漫威|奈飞|優步|优步|领英|路透社|彭博|高盛|摩根|花旗|汇丰|滙豐|巴克莱|巴克萊|德勤|普华永道|安永|毕马威|畢馬威|麦肯锡|麥肯錫|埃克森|壳牌|殼牌|雪佛龙|福克斯|维基百科|乐高|樂高|任天堂|雅虎|塔利班|哈马斯|欧佩克|阿森纳|尤文图斯|阿贾克斯|本菲卡'.split('|'),
);
/** Country-name endings (俄罗斯, 叙利亚, 肯尼亚, 塞尔维亚): a country, or the tail of one before a cue. */
const PLACE_ENDING = /(?:罗斯|羅斯|利亚|利亞|尼亚|尼亞|西亚|西亞|比亚|比亞|维亚|維亞)$/u;

/**
 * After a dictionary name: a place or an organisation word makes it one (科罗拉多州, 阿里巴巴集团), and so does
 * a ruler or a people of the place (阿凯亚首领们, 塞尔维亚国王).
 */
const PLACE_AFTER =
  /^(?:[州市省堡港岛島山河湖国國城区區县縣镇鎮村峰湾灣海族语語队隊军軍路街]|分校|帝国|帝國|王朝|群岛|群島|大学|大學|集团|集團|公司|银行|銀行|组织|組織|协会|協會|基金|中心|酒店|医院|醫院|学院|學院|电视|電視|网|網|王国|公国|部落|平原|高原|盆地|半岛|沙漠|境内|南部|北部|东部|西部|中部|沿海|一带|地方|首领|国王|女王|皇帝|总督|酋长|人民)/u;
/** What a place has, after 的: its ruler and crown, its capital, people, land and parts. */
const PLACE_OF = /^的(?:国王|女王|皇帝|王冠|王位|首领|总督|首都|首府|人口|面积|气候|领土|居民|人民|军队|政府|边境|边界|城市|城镇|港口|河流|山脉|东部|西部|南部|北部|中部)/u;
const PLACE_BEFORE = /(?:[在于於到往赴经經]|来自|來自|首都|位于|位於|访问|訪問|前往|飞往|飛往)$/u;

let foreignDict: Set<string> | undefined;
let translitLookup: Uint8Array | undefined;
/** Transliteration characters by UTF-16 unit (all in the BMP): a table beats a regex class on every line. */
function translitTable(): Uint8Array {
  if (!translitLookup) {
    translitLookup = new Uint8Array(0x10000);
    for (const c of TRANSLIT_CHARS) translitLookup[c.charCodeAt(0)] = 1;
  }
  return translitLookup;
}
function foreignNames(): Set<string> {
  foreignDict ??= new Set(FOREIGN_NAMES.split('|'));
  return foreignDict;
}

function toSimplified(s: string): string {
  let out = '';
  for (const c of s) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

/**
 * RE2 source for the line trigger: the interpunct and the cue words. A bare run of transliteration characters
 * is too common to decode every line that has one (six times the lines of the bench's Chinese text), so a
 * dictionary name alone is found only on a line that something else brought in.
 */
export function zhForeignTriggerSource(): string {
  return `\\p{Han}${DOT}\\p{Han}|${T}{2}[一二三四五六七八九十]{1,3}世|(?:${TRANSLIT_BEFORE})(?:${T}{2}|\\p{Lu})|(?:${T}{2}|\\p{Ll})(?:${TRANSLIT_AFTER_ALL})`;
}

/**
 * The native names the dictionaries know (李开复, 龚自珍, 邓超): strong candidates whatever their given-name
 * characters weigh, so a line holding one must be read (recognisers/index.ts asks an RE2.Set of them).
 */
export function zhKnownNames(): readonly string[] {
  return [...lexicon().known];
}

/** Doc-level memory of foreign names found earlier: a later bare 特朗普 is the 唐纳德·特朗普 seen before. */
export interface ZhDocState {
  seen: Set<string>;
}

function pushForeign(out: Recognised[], start: number, end: number, cues: Cue[]): void {
  if (out.some((r) => r.start < end && start < r.end)) return;
  out.push({ start, end, recogniser: 'recogniser:person_name.zh', base: 0.3, cues });
}

/**
 * jieba tags the span [start, end) in its sentence as one place or organisation word (`ns`, `nt`), or as the
 * start of one (亚利桑 in 亚利桑那/ns).
 */
function taggedAsPlace(text: string, start: number, end: number): boolean {
  const [s, e] = sentenceBounds(text, start);
  return tagWithOffsets(text.slice(s, e)).some((t) => t.start === start - s && t.end >= end - s && (t.tag === 'ns' || t.tag === 'nt'));
}

/**
 * How jieba reads the span [start, end) in its sentence: one place or organisation word (`whole`), the tail of
 * a dictionary word that begins before it (`tail`: 内瑞拉 in 委内瑞拉/ns, 丹利 in 摩根士丹利/nz, 斯特 in
 * 曼彻斯特/nrt), or neither (null). An unknown word (`x`) is no reading: the HMM glues names to what precedes.
 */
function placeReading(text: string, start: number, end: number): 'whole' | 'tail' | null {
  const [s, e] = sentenceBounds(text, start);
  const [from, to] = [start - s, end - s];
  for (const t of tagWithOffsets(text.slice(s, e))) {
    if (t.start < from && t.end > from && t.tag !== 'x') return 'tail';
    if (t.start === from && t.end === to && (t.tag === 'ns' || t.tag === 'nt')) return 'whole';
  }
  return null;
}

/** Verbs and prepositions ending in 于 (基于, 位于, 生于 …): glued after a transliterated name, never part of it. */
const YU_WORDS = new Set(['基于', '对于', '关于', '由于', '至于', '等于', '属于', '位于', '在于', '终于', '用于', '出于', '过于', '善于', '便于', '易于', '勇于', '敢于', '乐于', '忠于', '归于', '鉴于', '限于', '源于', '生于', '死于', '始于', '处于', '来自于', '毕业于', '就读于', '出生于', '葬于', '卒于']);

/** How many characters at the end of a transliterated run are a 于 word (基于), not the name's: 0 or 2. */
function trailingPreposition(run: string): number {
  return run.length > 3 && run.endsWith('于') && YU_WORDS.has(run.slice(-2)) ? 2 : 0;
}

/** Foreign names in Chinese text (transliterated or in Latin script); `state` links later mentions. */
export function recogniseForeignZh(text: string, state?: ZhDocState): Recognised[] {
  const out: Recognised[] = [];
  const names = new Set<string>();
  // Each pass runs only when its anchor is on the line: most triggered lines have neither.
  TRANSLIT_DOTTED.lastIndex = 0;
  for (let m = HAS_DOT.test(text) ? TRANSLIT_DOTTED.exec(text) : null; m; m = TRANSLIT_DOTTED.exec(text)) {
    let start = m.index;
    if (start > 0 && LEFT_WORD_END.test(text.slice(start - 1, start + 1))) start += 1;
    // A role word whose last character is a transliteration one (主席喬·斯頓雷): the name starts after it.
    else start += roleOverlap(text, start);
    // 于 is a transliteration character, and the preposition of 基于, 对于, 位于 … right after a name: not its end.
    const end = m.index + m[0].length - trailingPreposition(m[0]);
    const name = text.slice(start, end);
    if (/^[·‧•・]/u.test(name) || /[·‧•・]$/u.test(name)) continue;
    // A whole title between 《》 is a work (《埃努玛·埃利什》), not its author.
    if (text[start - 1] === '《' && text[end] === '》') continue;
    pushForeign(out, start, end, [{ label: 'transliterated name with an interpunct', weight: 0.45 }]);
    const parts = name.split(/[·‧•・]/u);
    names.add(parts[parts.length - 1]);
  }
  for (const [re, label] of [
    [TRANSLIT_CUED, 'transliterated name next to a cue'],
    [LATIN_CUED, 'name in Latin script next to a cue'],
  ] as const) {
    if (!ANY_CUE.test(text)) break;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let name = m[0];
      let start = m.index;
      // 于 after a Han character is the preposition of 由于, 关于, 对于, 终于 …, not a name's first syllable.
      if (name[0] === '于' && start > 0 && HAN.test(text[start - 1]) && name.length > 2) {
        start += 1;
        name = name.slice(1);
      }
      // A role word whose last character is a transliteration one (总理米舒斯京): the name starts after it.
      const overlap = roleOverlap(text, start);
      if (overlap > 0 && name.length - overlap >= 2) {
        start += overlap;
        name = name.slice(overlap);
      }
      const roleBefore = ROLE_BEFORE_END.test(text.slice(Math.max(0, start - 5), start));
      // After a role the run is taken to its end: a cue after that begins inside it ends the name there
      // (国王弗雷德里克希望 → 弗雷德里克).
      if (roleBefore && re === TRANSLIT_CUED) {
        for (let k = 2; k < name.length; k++) {
          if (CUE_AFTER_AT.test(text.slice(start + k, start + k + 8))) {
            name = name.slice(0, k);
            break;
          }
        }
      }
      if (TRANSLIT_PLACES.has(name) || TRANSLIT_ORGS.has(name) || PLACE_ENDING.test(name)) continue;
      // A verb after it with a place preposition before it (他在伊拉克结婚): the run is where it happened.
      const after = text.slice(start + name.length, start + name.length + 8);
      if (!roleBefore && !POSSESSION_AT.test(after) && PLACE_BEFORE_VERB.test(text.slice(Math.max(0, start - 3), start))) continue;
      // A place or an organisation in jieba's dictionary (巴基斯坦/ns, 亚利桑那/ns) is one unless a title before
      // it (总统普京: jieba lists 普京 and 奥巴马 as ns) or an address (奥斯本先生) says it is a person. The tail
      // of a longer dictionary word (委内瑞拉 → 内瑞拉) is never a name.
      if (re === TRANSLIT_CUED) {
        const place = placeReading(text, start, start + name.length);
        const personal = /^(?:先生|女士|小姐|夫人)/u.test(after) || (roleBefore && !NOT_ONLY_PERSONS_BEFORE.test(text.slice(Math.max(0, start - 3), start)));
        if (place === 'tail' || (place === 'whole' && !personal)) continue;
      }
      pushForeign(out, start, start + name.length, [{ label, weight: 0.3 }]);
      names.add(name);
    }
  }
  // A whole run of transliteration characters that jieba's dictionary lists as a name. Its `nrt` entries
  // hold places too (塞尔维亚, 科罗拉多): a place word after the run or a place preposition before refuses it.
  const dict = foreignNames();
  const isT = translitTable();
  for (let i = 0; i < text.length; ) {
    if (!isT[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isT[text.charCodeAt(j)]) j++;
    const name = text.slice(i, j);
    const start = i;
    i = j;
    if (name.length < 3 || name.length > 6 || !dict.has(toSimplified(name)) || TRANSLIT_PLACES.has(name) || TRANSLIT_ORGS.has(name) || PLACE_ENDING.test(name)) continue;
    // …and one character later too: the run may stop short of a place name's last syllable (亚利桑|那州).
    if (PLACE_AFTER.test(text.slice(j, j + 2)) || /^\p{Script=Han}?[州省市县縣郡道区]/u.test(text.slice(j, j + 2)) || PLACE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // …or a place's ruler, crown, capital or people after 的 (阿斯图里亚斯的国王, 威斯特法伦的王冠), or jieba reads
    // the run as a place of its own or the start of a longer one (亚利桑|那 → 亚利桑那/ns).
    if (PLACE_OF.test(text.slice(j, j + 4)) || taggedAsPlace(text, start, j)) continue;
    pushForeign(out, start, j, [{ label: "transliterated name in the segmenter's dictionary", weight: 0.25 }]);
    names.add(name);
  }
  // A regnal number (阿方索一世, 威廉三世, 玛丽二世): a monarch's name, which the runs above may have missed.
  REGNAL.lastIndex = 0;
  for (let m = text.includes('世') ? REGNAL.exec(text) : null; m; m = REGNAL.exec(text)) {
    const start = m.index + roleOverlap(text, m.index);
    const end = m.index + m[0].length;
    const run = text.slice(start, end - m[1].length);
    if (run.length < 2 || TRANSLIT_PLACES.has(run)) continue;
    const at = out.findIndex((r) => r.start < end && start < r.end);
    if (at >= 0) {
      // The name was found without its number: the number belongs to it.
      if (out[at].end === end - m[1].length) out[at].end = end;
      continue;
    }
    pushForeign(out, start, end, [{ label: 'transliterated name with a regnal number', weight: 0.35 }]);
    names.add(run);
  }
  for (const n of state?.seen ?? []) names.add(n);
  // Other mentions of a name found above, bare (a surname alone, no cue) anywhere in the document.
  for (const n of names) {
    if (n.length < 2) continue;
    const latin = /\p{Script=Latin}/u.test(n);
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) {
      const prev = text[at - 1] ?? '';
      const next = text[at + n.length] ?? '';
      // Inside a longer transliterated or Latin word it is another name or word.
      const glued = latin ? /\p{L}/u.test(prev) || /\p{L}/u.test(next) : isT[prev.charCodeAt(0)] === 1 || isT[next.charCodeAt(0)] === 1 || HAS_DOT.test(prev + next);
      if (!glued) pushForeign(out, at, at + n.length, [{ label: 'foreign name named earlier in the document', weight: 0.3 }]);
    }
  }
  if (state) for (const n of names) if (state.seen.size < 2000) state.seen.add(n);
  return out.sort((a, b) => a.start - b.start);
}
