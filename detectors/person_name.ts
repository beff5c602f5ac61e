import { defineDetector } from '../src/types.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../src/engine/recognisers/data/zh-surnames.js';
import { PINYIN_SURNAMES, PINYIN_SYLLABLE } from '../src/engine/recognisers/data/en-names.js';
import { firstNames, lastNames } from '../src/engine/recognisers/data/lexicons.js';
import { TRANSLIT_SIMPLIFIED } from '../src/engine/recognisers/data/zh-translit.js';
import { toSimplified } from '../src/engine/zh-script.js';

/**
 * Person name, in two ways (issue 3 item 4):
 *
 * 1. LABELLED text and name COLUMNS, by the patterns below. A capitalised pair or a three-character Han word
 *    is only a name because of what is around it, so the patterns are gated (`keywords`: only blocks holding
 *    a name label run them) and need a context word or column hint (`requireContext`).
 * 2. Unlabelled RUNNING TEXT (news, e-mails, notes, posts), by the recogniser (`recogniser: 'person_name'`,
 *    src/engine/recognisers): English from lexicons generated from compromise (first names, surnames, places,
 *    organisations, common words) and cues (titles, reporting verbs, `according to`, appositions, an earlier
 *    full name for a lone surname); Chinese from @node-rs/jieba's part-of-speech tags, a surname list and a
 *    given-name character model, with cues (记者, 表示, 先生 …) and negatives (高兴, 王国, 周末; organisations;
 *    @handles). Its confidence and `evidence.steps` come from the same cue list.
 *
 * - Chinese (patterns): one of the common surnames and 1–2 Han characters, with no Han character on either
 *   side: in a cell the whole value is the name, in labelled text it ends at punctuation or space
 *   (`姓名：张三丰是…` is a sentence, not a value; the free-text recogniser may still know the name in it).
 * - Latin script (patterns): 2–4 capitalised words (`Alice Smith`, `Mary-Jane O'Neil`, `José García`, `Anna van
 *   der Berg`), or a title and 1–3 of them (`Dr Smith`). The value ends before a space and another
 *   capitalised word unless that word is the next label (`Name: Alice Smith Phone: …`). All-caps words
 *   (`ACME`) match only as a whole labelled field with a known first name (`Name: RAHUL VENKATESH IYER`) or in
 *   the airline form with its title (`SMITH/JOHN MR`).
 * - validate() refuses words that are not names (`Customer Service`, `Example Street`, `New York`, `Ltd`,
 *   客户, 经理, 谢谢) — for the patterns and the recogniser alike.
 *
 * Sensitivity `internal`: regulations.md §2 says "internal alone; confidential when linked". A name alone is
 * personal data (GDPR Art. 4(1), CCPA identifier, PIPL Art. 4) but no sensitive category; the linked case
 * (a name in the same record as an ID, a card, health data, a date of birth and address) is raised by the
 * combination rules (src/assess/combination-rules.ts), which count per record, not by this detector.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const SURNAMES = SINGLE_SURNAMES;
const SURNAME_RE = `(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES.join('')}])`;

// Words that are not names although they are written like one: labels, greetings, organisations, places,
// street types, roles. A value holding one of them is refused whole.
const NOT_NAME_WORDS = new Set(
  [
    'name', 'names', 'full', 'first', 'last', 'given', 'family', 'surname', 'customer', 'customers', 'client', 'contact',
    'service', 'services', 'support', 'team', 'department', 'dept', 'office', 'desk', 'center', 'centre', 'help',
    'sales', 'billing', 'account', 'accounts', 'admin', 'administrator', 'user', 'users', 'guest', 'member', 'staff',
    'manager', 'director', 'officer', 'president', 'chairman', 'head', 'owner', 'partner', 'unknown', 'none', 'null',
    'company', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'sarl', 'bv', 'corp',
    'corporation', 'co', 'group', 'holding', 'holdings', 'bank', 'trust', 'foundation', 'association', 'society',
    'university', 'college', 'school', 'institute', 'academy', 'hospital', 'clinic', 'ministry', 'agency',
    'industries', 'international', 'global', 'solutions', 'systems', 'technologies', 'technology', 'consulting',
    'partners', 'enterprises', 'store', 'shop', 'market', 'hotel', 'restaurant', 'airport', 'station',
    // business words of vendor and merchant names (`Northwind Traders`, `Orbit Telecom`, `Silverline Software`)
    'traders', 'trading', 'logistics', 'telecom', 'telecoms', 'software', 'analytics', 'capital', 'insurance',
    'dental', 'freight', 'retail', 'farms', 'properties', 'management', 'media', 'studios', 'labs', 'pharma',
    'pharmaceuticals', 'energy', 'motors', 'airlines', 'networks', 'ventures', 'supplies', 'supply', 'products',
    'foods', 'healthcare', 'realty', 'construction', 'engineering', 'manufacturing', 'electronics', 'co-op',
    'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'boulevard', 'blvd', 'square', 'place',
    'court', 'way', 'park', 'city', 'county', 'state', 'province', 'district', 'country', 'republic', 'kingdom',
    'north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'main',
    'dear', 'hello', 'hi', 'thanks', 'thank', 'regards', 'best', 'kind', 'sincerely', 'yours', 'madam', 'madame',
    'sirs', 'gentlemen', 'all', 'team', 'everyone',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'phone', 'mobile', 'email', 'mail', 'address', 'tel', 'fax', 'date', 'birth', 'id', 'number', 'no', 'order',
    'invoice', 'product', 'file', 'report', 'project', 'version', 'total', 'amount', 'price', 'status', 'note', 'notes',
    'the', 'and', 'of', 'for', 'to', 'from', 'with', 'not', 'yes', 'ok', 'n/a', 'tbd', 'please', 'see', 'attached',
    'in', 'on', 'at', 'by', 'as', 'if', 'but', 'or', 'when', 'after', 'before', 'during', 'since', 'while',
  ].map((w) => w.toLowerCase()),
);

// Whole values that are capitalised word pairs but places or phrases, not people.
const NOT_NAME_PHRASES = new Set(
  [
    'example street', 'new york', 'new jersey', 'new mexico', 'new zealand', 'new delhi', 'los angeles', 'las vegas',
    'san francisco', 'san diego', 'san jose', 'santa clara', 'hong kong', 'united states', 'united kingdom',
    'great britain', 'south africa', 'north carolina', 'south carolina', 'west virginia', 'rhode island',
    'saudi arabia', 'sri lanka', 'costa rica', 'puerto rico', 'buenos aires', 'rio de janeiro', 'sao paulo',
    'são paulo', 'tel aviv', 'kuala lumpur', 'abu dhabi', 'dear sir', 'lorem ipsum', 'happy birthday',
    'good morning', 'good afternoon', 'good evening', 'to whom',
  ],
);

// Chinese values that fit the shape (a surname character and one or two more) but are words or forms of
// address: roles, generic people, common words beginning with a surname character.
const NOT_NAME_ZH = new Set([
  '客户', '用户', '会员', '经理', '总经理', '经办人', '本人', '先生', '女士', '小姐', '老师', '同学', '师傅', '医生',
  '护士', '领导', '主管', '员工', '职员', '家属', '联系人', '收件人', '负责人', '管理员', '未知', '暂无', '不详',
  '高级', '普通', '金额', '金卡', '银卡', '全部', '全额', '全体', '时间', '时段', '方式', '方法', '方面', '明细',
  '明天', '文件', '文本', '安全', '安装', '成功', '成员', '成人', '管理', '国家', '国内', '国外', '国际', '华东',
  '华南', '华北', '华中', '东方', '上官', '司机', '车主', '房东', '房主', '户主', '法人', '同事', '朋友', '丈夫',
  '妻子', '父亲', '母亲', '儿子', '女儿', '孩子', '学生', '姓名', '名字', '江苏', '江西', '湖南', '湖北', '山东',
  '山西', '广东', '广西', '海南', '河南', '河北', '云南', '贵州', '四川', '福建', '浙江', '安徽', '甘肃', '青海',
  '宁夏', '新疆', '西藏', '北京', '上海', '天津', '重庆', '香港', '澳门', '台湾', '深圳', '杭州', '南京', '武汉',
  '成都', '西安', '苏州', '常州', '温州', '金华', '嘉兴', '湖州', '洛阳', '开封', '长沙', '长春', '沈阳', '大连',
  '无', '空', '略',
  // Column headers of orders and registers that begin with a surname character: in a header row beside
  // 收货人 or 姓名 they sit where a name would (`收货人 | 商品 | 实付金额`).
  '商品', '项目', '车牌', '邮编', '单位', '年龄', '民族', '籍贯', '职务', '职位', '学历', '党员', '群众',
]);

// Given-name parts that make surname + X a form of address, not a name (张先生, 王总, 李经理).
const ZH_ADDRESS_FORMS = ['先生', '女士', '小姐', '太太', '老师', '师傅', '总', '经理', '主任', '医生', '同学', '某', '某某', '氏'];

// Last characters of field labels and things (车牌号, 手机号码, 金额, 日期, 邮箱): never the end of a given name here.
const ZH_FIELD_ENDINGS = /[号码址箱证卡额期态型类量价费率数]$/u;

// Printed forms pad two-character labels to the width of four-character ones (`姓  名：`, `姓\u3000名：`, as
// 性  别 and 年  龄 beside them): the same label, which context words, matched literally, would not find.
const ZH_SPACED_NAME_LABELS = ['姓 名', '姓  名', '姓   名', '姓    名', '姓\u3000名', '姓\u3000\u3000名'];

// Form labels that name a person in a role rather than by the word 姓名: a guardian (学籍, 病历), a legal
// representative (合同, 判决), defence counsel, a hotel guest, a minute-taker. Each is only ever followed by a
// person's name, so as a label it is as strong as 联系人.
const ZH_PERSON_ROLE_LABELS = ['监护人', '法定代表人', '辩护人', '住客', '记录人', '出租人', '承租人', '出租方', '承租方', '签字', '签名'];

// Roles that judgments and contracts write glued to the name, the profile going on after a comma
// (`辩护人许文华，广东…律师事务所律师`, `法定代表人孙建明，董事长`): the role is the label, the comma ends the value.
const ZH_GLUED_ROLES = ['辩护人', '法定代表人', '委托代理人', '诉讼代理人'];

const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Lady', 'Lord'];
const TITLE_RE = `(?:${TITLES.join('|')})\\.?`;

/** A capitalised word: `Smith`, `O'Neil`, `McDonald`, `Mary-Jane`, `García`, `Zoë`. */
const WORD = "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
/** Lower-case particles between capitalised words: `van der`, `de la`, `bin`. */
const PARTICLE = '(?:van|von|der|den|de|del|della|di|da|du|dos|das|la|le|ten|ter|bin|binti|al|el)';
const SEP = `[ \\t]{1,2}(?:${PARTICLE}[ \\t]{1,2}){0,2}`;
// A label written on the same line as the value, consumed before the value so that `Customer Alice Smith`
// starts at Alice.
const LABEL =
  '(?i:full[ \\t]?name|first[ \\t]?name|last[ \\t]?name|customer[ \\t]?name|contact[ \\t]?name|name|customer|client|contact|recipient|cardholder|account[ \\t]?holder|attn\\.?|attention)';
// Labels of one part of a name, whose value may be a single word.
const NAME_PART_LABEL = '(?i:surname|last[ \\t]?name|family[ \\t]?name|first[ \\t]?name|given[ \\t]?names?|forename)';
// What may follow a Latin name: end, punctuation other than a colon, or spaces and then a lower-case word,
// a non-letter, or the next label (`Phone:`). A following capitalised word makes the value longer, never cut.
// What may precede a Latin name: the start, a non-letter (then spaces), or an all-lower-case word and spaces —
// never a capitalised word, so a run of five capitalised words has no four-word tail to report. The next label's
// letters are Latin ones: \p{L} under {0,24} cost ≈ 20 ms of compile per pattern in every process and worker.
const LATIN_START = '(?:^|[^\\p{L}\\p{N}_ \\t][ \\t]*|(?:^|[^\\p{L}\\p{N}_])\\p{Ll}+[ \\t]+)';
const LATIN_END = '(?:$|[^\\p{L}\\p{N}_:：@. \\t]|\\.(?:$|[^\\p{L}\\p{N}])|[ \\t]+(?:$|[^\\p{Lu} \\t]|\\p{Lu}[\\p{Latin} \\t]{0,24}[:：]))';

/**
 * Names in a table cell that the Title Case patterns miss — all capitals, all lower case, or `Last, First` —
 * the forms registers and exports use (`SMITH, JOHN`, `john smith`, `García, José`). Title Case values stay
 * with the patterns above, so a name column's product names (`Wireless Mouse`) gain nothing from this one.
 */
const UPPER_WORD = "[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\\-]{0,24}\\.?";
const LOWER_WORD = "[a-zß-öø-ÿ][a-zß-öø-ÿ'’\\-]{0,24}\\.?";
const ANY_WORD = "\\p{Latin}[\\p{Latin}'’\\-]{0,24}\\.?";
const CELL_SEP = '(?:,[ \\t]{0,2}|[ \\t]{1,2})';
const CELL_NAME =
  `${UPPER_WORD}(?:${CELL_SEP}${UPPER_WORD}){1,3}|${LOWER_WORD}(?:${CELL_SEP}${LOWER_WORD}){1,3}|` +
  `${ANY_WORD},[ \\t]{0,2}${ANY_WORD}(?:[ \\t]{1,2}${ANY_WORD}){0,2}`;

/**
 * The airline form of a name, `SURNAME/GIVEN NAMES TITLE` (`SMITH/JOHN MR`, `PRESCOTT/ELEANOR JOAN MRS`), as
 * bookings, tickets, boarding passes and passenger lists print it. The slash and the title after the given names
 * make the shape a name without a label; the title is outside the value (and is its context word).
 */
const CAPS = "[A-Z][A-Z'’\\-]{0,24}";
const AIRLINE_TITLE = '(?:MRS|MR|MS|MISS|MSTR|DR|PROF)';
const AIRLINE_NAME = `(?:^|[^\\p{L}\\p{N}/])(${CAPS}/${CAPS}(?:[ ]${CAPS}){0,2})[ \\t]+${AIRLINE_TITLE}(?:$|[^\\p{L}\\p{N}])`;
/** The airline form as validateName sees it (no title): `SMITH/JOHN`, `PRESCOTT/ELEANOR JOAN`. */
const AIRLINE_VALUE = /^[A-Z][A-Z'’-]*\/[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){0,2}$/;

/**
 * A labelled value in capitals (`Name (as per PAN)    : RAHUL VENKATESH IYER`), as forms copied from an ID
 * document write it: 2–4 capitalised words after a colon, ending the line or the field (two spaces, `|`, `,`),
 * so an all-caps sentence is never cut to a name. caseless() still wants a known first name or a pinyin name.
 */
const LABELLED_CAPS = `[:：=][ \\t]*(${UPPER_WORD}(?:[ \\t]${UPPER_WORD}){1,3})(?:[ \\t]*(?:$|\\r?\\n)|[ \\t]{2,}|[ \\t]*[|,;])`;

/** A title before the name (`Dr.`, `Mrs`): built once, since every recognised span is normalised. */
const LEADING_TITLE = new RegExp(`^(?:${TITLES.join('|')})\\.?\\s+`);

function normalizeName(raw: string): string {
  let s = raw.normalize('NFC').replace(/[ \t]+/g, ' ').trim();
  s = s.replace(LEADING_TITLE, '');
  return s.replace(/’/g, "'");
}

/**
 * A name written all in capitals or all in lower case (`SMITH, JOHN`, `john smith`, as registers and exports
 * write them) has lost what says "name" in Title Case: one of its words must be a known first name, or it
 * must be a romanised Chinese name (surname + syllables: `WANG XIAOMING`). `ACME CORP` and `order total` fail.
 */
function caseless(words: string[]): 'invalid' | 'unknown' {
  const bare = words.map((w) => w.replace(/[.,]/g, '')).filter(Boolean);
  if (bare.some((w) => NOT_NAME_WORDS.has(w))) return 'invalid';
  // A single word may be a surname too (`OCONNOR` in a last-name column).
  if (bare.some((w) => firstNames().has(w) || (bare.length === 1 && lastNames().has(w)))) return 'unknown';
  const pinyin = bare.length >= 2 && bare.length <= 3 && bare.some((w) => PINYIN_SURNAMES.includes(w)) && bare.every((w) => PINYIN_SYLLABLE.test(w));
  return pinyin ? 'unknown' : 'invalid';
}

/**
 * A foreign name written in transliteration characters and ending in 卡 (-ca, -ka: 奥斯卡, 莫妮卡, 丽贝卡, 卡夫卡),
 * not a card (会员卡, 银行卡): three characters or more, every one from the transliteration table.
 */
function transliteratedKa(n: string): boolean {
  return n.length >= 3 && n.endsWith('卡') && [...n].every((c) => TRANSLIT_SIMPLIFIED.includes(c));
}

const SINGLE_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u;

function validateName(value: string): 'valid' | 'invalid' | 'unknown' {
  // The airline form (`SMITH/JOHN`): its shape and the title after it say name; only a word that is no name refuses it.
  if (AIRLINE_VALUE.test(value)) return value.toLowerCase().split(/[ /]/).some((w) => NOT_NAME_WORDS.has(w)) ? 'invalid' : 'unknown';
  // 陳大文 is judged as 陈大文: the lexicons are simplified, the pattern matches both scripts (zh-script.ts).
  const n = toSimplified(value);
  if (/\p{Script=Han}/u.test(n)) {
    if (NOT_NAME_ZH.has(n)) return 'invalid';
    // A transliterated name joins given name and surname with an interpunct (杰西卡·拉布罗卡): no Chinese
    // surname, and its last character says nothing about a field label.
    if (/^\p{Script=Han}+(?:[·‧•・]\p{Script=Han}+)+$/u.test(n)) return 'unknown';
    const compound = COMPOUND_SURNAMES.find((c) => n.startsWith(c));
    const given = n.slice(compound ? compound.length : 1);
    if (given === '' || ZH_ADDRESS_FORMS.includes(given) || (ZH_FIELD_ENDINGS.test(given) && !transliteratedKa(n))) return 'invalid';
    // A doubled surname character is a word (谢谢, 常常, 刚刚), not surname + given name.
    if (!compound && given === n[0]) return 'invalid';
    return 'unknown';
  }
  // An epithet (`Lucas Cranach the Elder`, `Louis the German`) is judged by the name before it.
  const epithet = / the \p{Lu}\p{Ll}+$/u.exec(n);
  if (epithet && epithet.index > 0) {
    const v = validateName(n.slice(0, epithet.index));
    return v === 'valid' ? 'unknown' : v;
  }
  const verdict = validateLatinName(n);
  // One word that the name lexicons list and nothing refuses (`Maria`, `OCONNOR`, `zhang`): a first-name or
  // surname column's value. Only the single-word cell pattern offers one word alone; the rest need two or more.
  const lower = n.toLowerCase();
  if (verdict === 'unknown' && SINGLE_WORD.test(n) && (firstNames().has(lower) || lastNames().has(lower))) return 'valid';
  return verdict;
}

function validateLatinName(n: string): 'invalid' | 'unknown' {
  const lower = n.toLowerCase();
  if (NOT_NAME_PHRASES.has(lower)) return 'invalid';
  const words = lower.split(' ');
  if (words.length > 6) return 'invalid';
  if (!/\p{Ll}/u.test(n) || !/\p{Lu}/u.test(n)) return caseless(words);
  const capitalised = n.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length > 4) return 'invalid';
  for (const w of words) {
    if (NOT_NAME_WORDS.has(w.replace(/\.$/, ''))) return 'invalid';
    // All capitals (`ACME`, `IBM`): an organisation or an acronym, not a name.
    if (w.length > 1 && /^\p{Lu}+$/u.test(w)) return 'invalid';
  }
  return 'unknown';
}

// One base score: a name is a name because of the label or the column around it.
const SCORE = 0.25;

export default defineDetector({
  id: 'person_name',
  name: 'Person name',
  category: 'person',
  sensitivity: 'internal',
  description: 'A person name: after a name label or in a name column (Chinese surname + 1–2 characters, 2–4 capitalised Latin words), and in running English and Chinese text by the name recogniser.',
  patterns: [
    {
      name: 'zh',
      regex: `(?:^|[^\\p{Han}])(${SURNAME_RE}\\p{Han}{1,2})(?:$|[^\\p{Han}])`,
      score: SCORE,
      group: 1,
    },
    {
      name: 'zh-glued-role',
      regex: `(?:${ZH_GLUED_ROLES.join('|')})(${SURNAME_RE}\\p{Han}{1,2})[，,（(]`,
      score: SCORE,
      group: 1,
    },
    {
      name: 'latin-title',
      regex: `${LATIN_START}(?:${LABEL}[ \\t]*[:：=\\-]?[ \\t]*)?(${TITLE_RE}[ \\t]{1,2}${WORD}(?:${SEP}${WORD}){0,2})${LATIN_END}`,
      score: SCORE,
      group: 1,
    },
    {
      name: 'latin',
      regex: `${LATIN_START}(?:${LABEL}[ \\t]*[:：=\\-]?[ \\t]*)?(${WORD}(?:${SEP}${WORD}){1,3})${LATIN_END}`,
      score: SCORE,
      group: 1,
    },
    {
      // One word after a label that asks for one part of a name (`Surname: Tremblay`, `First name: Aino`): the
      // label says what the word is, which the 2–4-word patterns above cannot use.
      name: 'latin-part-labelled',
      regex: `${LATIN_START}${NAME_PART_LABEL}[ \\t]*[:：=][ \\t]*(${WORD})${LATIN_END}`,
      score: SCORE,
      group: 1,
    },
    {
      name: 'airline',
      regex: AIRLINE_NAME,
      // The title after the name is in every match; the whole pattern in the prefilter Set cost token-heavy text.
      prefilter: `[ \\t]${AIRLINE_TITLE}(?:$|[^\\p{L}\\p{N}])`,
      score: SCORE,
      group: 1,
      // `SMITH/JOHN MR` needs no name label; the title after it is the context word.
      selfContained: true,
    },
    {
      name: 'latin-caps-labelled',
      regex: LABELLED_CAPS,
      score: SCORE,
      group: 1,
    },
    {
      // One word alone in a cell under a name header (a first_name or last_name column: `Maria`, `OCONNOR`):
      // kept only when the name lexicons know it (validateName: `valid`), so `Keyboard` under `name` is not.
      name: 'latin-cell-word',
      regex: `^[ \\t]*(\\p{Latin}[\\p{Latin}'’\\-]{1,24})[ \\t]*$`,
      score: SCORE,
      group: 1,
      cellOnly: true,
      requireValid: true,
    },
    {
      // A whole cell under a name header: `SMITH, JOHN`, `john smith`, `Smith, John A.` (see CELL_NAME).
      name: 'latin-cell',
      regex: `^[ \\t]*(${CELL_NAME})[ \\t]*$`,
      score: SCORE,
      group: 1,
      cellOnly: true,
    },
  ],
  keywords: [
    'name', 'customer', 'contact', 'client', 'recipient', 'cardholder', 'account holder', 'attn', 'attention', 'passenger',
    '姓名', '名字', '联系人', '收件人', '收货人', '客户', '持卡人', '户名', '患者', '申请人', '乘客', '住户', '业主',
    ...ZH_SPACED_NAME_LABELS, ...ZH_PERSON_ROLE_LABELS,
  ],
  context: {
    words: [
      'name', 'full name', 'first name', 'last name', 'given name', 'family name', 'surname', 'forename',
      'customer', 'customer name', 'client', 'contact', 'contact name', 'contact person', 'recipient', 'cardholder',
      'card holder', 'account holder', 'attn', 'attention', 'mr', 'mrs', 'ms', 'dr', 'miss', 'mstr', 'passenger',
      '姓名', '名字', '真实姓名', '联系人', '收件人', '收货人', '客户', '客户姓名', '持卡人', '户名', '患者', '申请人',
      '乘客', '住户', '业主', ...ZH_SPACED_NAME_LABELS, ...ZH_PERSON_ROLE_LABELS,
    ],
    // Other kinds of name: a file, a user account, a company, a product. On the same line they lower the
    // value below the column floor, so `company_name` and `file name:` never count.
    negative: [
      'user name', 'username', 'login', 'file name', 'filename', 'file', 'company', 'company name', 'organisation',
      'organization', 'org', 'business', 'product', 'product name', 'host', 'hostname', 'host name', 'domain',
      'server', 'database', 'table', 'column', 'field', 'app', 'application', 'device', 'brand', 'store', 'shop',
      'project', 'repository', 'repo', 'branch', 'package', 'module', 'service name', 'display name', 'screen name',
      'nickname', 'bank name', 'city', 'country', 'street',
      '用户名', '账号', '文件名', '公司', '企业', '单位', '产品', '商品', '品牌', '店铺', '项目', '主机', '域名', '昵称',
      '银行', '城市', '国家',
    ],
    // A label sits right before the value it names.
    before: 24,
    after: 8,
  },
  requireContext: true,
  // Unlabelled running text: src/engine/recognisers (the patterns above need a label or a column).
  recogniser: 'person_name',
  columnHints: [
    'name', 'full name', 'fullname', 'first name', 'last name', 'given name', 'family name', 'surname', 'forename',
    'customer name', 'contact name', 'contact person', 'person name', 'real name', 'legal name', 'recipient',
    'recipient name', 'cardholder', 'cardholder name', 'account holder', 'patient name', 'employee name',
    '姓名', '名字', '真实姓名', '客户姓名', '联系人', '收件人', '收货人', '持卡人', '患者姓名', '员工姓名',
    // A guardian column (学籍表, 病历) holds the guardian's name; its phone and ID columns are excluded below.
    '监护人',
    // Chinese systems abbreviate column names by pinyin initials (xm 姓名, beside sfzh 身份证号, sjh 手机号).
    'xm', 'xingming',
  ],
  columnHintExcludes: [
    'user name', 'username', 'login name', 'file name', 'filename', 'company name', 'product name', 'host name',
    'hostname', 'domain name', 'table name', 'column name', 'field name', 'app name', 'device name', 'brand name',
    'store name', 'shop name', 'item name', 'display name', 'screen name', 'nick name', 'nickname', 'account name',
    'bank name', 'city name', 'country name', 'street name', 'org name', 'organization name', 'organisation name',
    'project name', 'service name', 'event name', 'category name', 'key name', 'sheet name', 'tag name',
    'name id', 'contact person id', 'recipient id', 'recipient email', 'recipient phone', 'recipient address',
    'vendor name', 'merchant name', 'supplier name', 'dealer name', 'carrier name', 'hospital name', 'school name',
    'team name', 'group name', 'role name', 'plan name', 'template name', 'job name', 'task name', 'queue name',
    'index name', 'bucket name', 'channel name', 'product name', '供应商名称', '商户名称', '门店名称', '品牌名称',
    '用户名', '文件名', '公司名称', '产品名称', '商品名称', '名称', '昵称', '主机名', '域名', '联系人电话', '联系人手机',
    '收件人电话', '收件人地址', '收货人电话', '收货人地址', '监护人电话', '监护人手机', '监护人地址', '监护人身份证',
    '监护人关系',
  ],
  normalize: normalizeName,
  validate: validateName,
  // Names are identifiers under CCPA (v)(1)(A) and the anchor of the §1798.81.5(d)(1)(A) breach elements.
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a', 'pipl:art4'],
  examples: {
    match: [
      { text: '美国国务卿杰西卡·拉布罗卡说，会谈是建设性的。', value: '杰西卡·拉布罗卡', note: 'a transliterated name ending in 卡' },
      { text: '姓名：张三', value: '张三' },
      { text: 'Name: Alice Smith', value: 'Alice Smith' },
      { text: '联系人：欧阳娜娜，电话：13800138000', value: '欧阳娜娜' },
      { text: '收件人: 王小明', value: '王小明' },
      { text: 'Full name: Mary-Jane O\'Neil', value: 'Mary-Jane O\'Neil' },
      { text: 'Customer: José García', value: 'José García' },
      { text: 'Contact: Dr Alice Smith', value: 'Dr Alice Smith' },
      { text: 'Name: Alice Smith Phone: (202) 555-0101', value: 'Alice Smith', note: 'the next label ends the value' },
      { text: 'name=Anna van der Berg;', value: 'Anna van der Berg' },
      { text: '{"name": "Alice Example", "dob": "1990-05-12"}', value: 'Alice Example' },
      { text: 'Name:\nAlice Smith\n', value: 'Alice Smith', note: 'label on the line above' },
      { text: '客户姓名：司马光 ', value: '司马光' },
      { text: '姓  名：邹建平    性  别：男    年  龄：52岁', value: '邹建平', note: 'a label padded to four characters\' width' },
      { text: '姓　名：李秀英　性　别：女', value: '李秀英', note: 'padded with an ideographic space' },
      { text: '法定代表人：孙建明\n', value: '孙建明', note: 'a role label that only ever names a person' },
      { text: '住客：黄立群  证件：护照', value: '黄立群' },
      { text: '辩护人许文华，广东诚正律师事务所律师。', value: '许文华', note: 'a judgment\'s role glued to the name' },
      { text: '出租方（甲方）：何国栋    身份证号：51010719720415117X', value: '何国栋' },
      { text: '1. PRESCOTT/ELEANOR JOAN MRS   14MAR1962   GBR', value: 'PRESCOTT/ELEANOR JOAN', note: 'the airline form: surname/given names, title' },
      { text: 'Passenger: SMITH/JOHN MR  Seat 12A', value: 'SMITH/JOHN' },
      { text: 'Surname: Tremblay            Given names: Marie-Claude Louise', value: 'Tremblay', note: 'one word after a name-part label' },
      { text: 'BOARDING PASS  KAUR/HARPREET MISS  LHR-DEL  SEAT 41K', value: 'KAUR/HARPREET' },
      { text: '   Name (as per PAN)    : RAHUL VENKATESH IYER\n   Gender               : Male', value: 'RAHUL VENKATESH IYER', note: 'a labelled value in capitals' },
      { text: 'Ms. Fatima Okafor, 45, a teacher, said the school had reopened.', value: 'Fatima Okafor', note: 'organisation-free prose: honorific and apposition' },
      { text: 'Yesterday Alice Smith met the mayor in New York.', value: 'Alice Smith', note: 'free text: the sentence-initial word is not part of the name' },
      { text: 'The report was written by Rajesh Kumar and reviewed in March.', value: 'Rajesh Kumar', note: 'free text, first-name lexicon' },
      { text: 'Contact Mr. John Q. Smith about the lease.', value: 'John Q. Smith', note: 'free text: a title inside a capitalised run starts the name' },
      { text: '"We will appeal," Gonzalez told reporters after Maria Gonzalez left.', value: 'Maria Gonzalez' },
      { text: 'According to Li Wei, the plant will close.', value: 'Li Wei', note: 'romanised Chinese name' },
      { text: '外交部发言人毛宁表示，双方将继续沟通。', value: '毛宁', note: 'free text: role before, saying verb after' },
      { text: '记者刘晓燕报道，项目已经完工。', value: '刘晓燕' },
      { text: '昨天欧阳娜娜在北京大学做了报告。', value: '欧阳娜娜', note: 'compound surname' },
      { text: '现时首席执行官为Stuart Harrison。', value: 'Stuart Harrison', note: 'free text: a Latin name glued to Chinese text' },
      { text: '奥斯卡从少年时代就喜欢摩托车。', value: '奥斯卡', note: 'free text: a transliterated name ending in 卡 with a person-only verb after it' },
      { text: '姓名：张三丰是一位著名的武术家', value: '张三丰', note: 'the label pattern does not guess where the value ends; the recogniser knows the name from jieba\'s dictionary' },
    ],
    noMatch: [
      { text: '姓名：王府井是北京的一条街', note: 'the value does not end at the label pattern\'s name: no guess, and the words are a street' },
      { text: 'Name: 2024-01-01' },
      { text: 'Goldman Sachs and Bank of America shares rose on Tuesday in New York.', note: 'organisations, a place, a day' },
      { text: 'The White House said the Supreme Court will rule in June.', note: 'capitalised institutions' },
      { text: 'Apple unveiled the iPhone and the Galaxy Watch was discounted on Black Friday.', note: 'brands and events' },
      { text: 'BREAKING NEWS: MARKETS FALL', note: 'an all-caps heading' },
      { text: 'Follow @JohnSmith for updates.', note: 'a handle, not running text' },
      { text: '今天大家都很高兴，周末去王国公园散步。', note: 'common words that begin with a surname character' },
      { text: '北京大学和阿里巴巴集团签署了合作协议。', note: 'organisations' },
      { text: '林业局要求加强安全管理。', note: '林业, 安全, 管理 begin or close with surname characters' },
      { text: '@小猪佩奇 说好的，周末见', note: 'an @handle is not a name' },
      { text: 'File name: report.pdf' },
      { text: 'Company name: Example Consulting', note: 'a company, negative context' },
      { text: 'Customer: Acme Widgets Inc.', note: 'a company suffix' },
      { text: 'Contact Customer Service for help.' },
      { text: 'Name: ACME CORP' },
      { text: 'Name: Alice Bob Carol Dave Eve', note: 'more than 4 words' },
      { text: 'Dear Sir, your contact details changed.' },
      { text: '客户：经理' },
      { text: '回访备注：客户要求更换收货地址，车牌号 粤B·D12345', note: 'a field label starting with a surname character' },
      { text: '联系人：张先生' },
      { text: '被告人的辩护人应当依法履行职责，法定代表人同意，', note: 'a role followed by a verb, not a name' },
      { text: 'Issued: 21FEB25 by agent RB/LON     Fare basis: YLOWGB', note: 'a slashed code with no title after it' },
      { text: 'Name: PLEASE SEE ATTACHED', note: 'capitals after a label, no first name among them' },
      { text: 'Surname: None', note: 'a placeholder after a name-part label' },
      { text: '订单编号 | 收货人 | 联系手机 | 商品 | 实付金额', note: 'a header row: 商品 is the column after the name column' },
      { text: '会员卡：8800123', note: 'a card, not a name ending in 卡' },
      { text: 'Customer address: Example Street' },
      { text: 'Username: alice01' },
      { text: '我用iPhone拍的，下载App后打开Windows系统，用Excel导出。', note: 'products glued to Chinese text' },
    ],
  },
});
