/**
 * Labelled running text for the name and address recognisers: English news-like paragraphs, Chinese news-
 * and social-media-like posts, built from templates with slots. Each split has its own templates and its
 * own vocabulary (names-data.ts); the `holdout` split is never used to tune the recognisers.
 *
 * Slots: {P} a full name (labelled person_name), {S} the surname of the last full name (labelled: coreference),
 * {T} a title, {ORG} {PLACE} {BRAND} {PHRASE} {JOB} {N} {AGE} {DAY} {MONTH} (distractors, not labelled),
 * {ADDR} a street address (labelled postal_address); Chinese: {ZP} a name, {ZORG} {ZPLACE} {ZW} (a common word
 * that begins with a surname character) {ZH} (an @handle) {ZJOB}, {ZADDR} an address.
 */
import { Rng } from './prng.js';
import { HOLDOUT, TUNE, type Vocab } from './names-data.js';

export type Split = 'tune' | 'holdout';
export type NameLang = 'en' | 'zh';

export interface Label {
  start: number;
  end: number;
  detector: 'person_name' | 'postal_address';
}

export interface NameDoc {
  id: string;
  lang: NameLang;
  split: Split;
  text: string;
  labels: Label[];
}

const EN_TUNE = [
  '{P} said on {DAY} that {ORG} would cut {N} jobs in {PLACE}.',
  '"We are not done yet," {P} told reporters outside the headquarters of {ORG}.',
  'According to {P}, a spokesperson for {ORG}, the {BRAND} recall affects {N} units.',
  '{T} {P} met {P} in {PLACE} on {MONTH} {N}.',
  '{P}, {AGE}, a {JOB} from {PLACE}, was charged on {DAY}. {S} denied wrongdoing.',
  'Shares of {ORG} rose {N} percent after {P} announced a deal with {ORG}.',
  'The board of {ORG} named {P} as chief executive, replacing {P}, who retired in {MONTH}.',
  '{P} grew up in {PLACE} before joining {ORG}. {S} said the move was hard.',
  'Police said the fire started at a house on {ADDR} shortly after midnight.',
  '{ORG} will open a new store at {ADDR} in {MONTH}.',
  '{ORG} and {ORG} agreed to merge, regulators in {PLACE} said on {DAY}.',
  'Sales of the {BRAND} slowed in {MONTH}, analysts at {ORG} said.',
  'Fans gathered near {PHRASE} as {PHRASE} debated the budget.',
  'In {PLACE}, {T} {P} praised volunteers from {ORG}.',
  '{P} and {P} won the {PLACE} marathon on {DAY}.',
  'Residents of {ADDR} were told to boil water, {ORG} said.',
];

const EN_HOLDOUT = [
  'In an interview, {P} recalled growing up in {PLACE} in the 1990s.',
  'Writing for {ORG}, {P} argued that {PHRASE} had ignored rural voters.',
  'The lawyer for {P}, {P}, declined to comment on {DAY}.',
  '{T} {P} praised {P} after the win over {PLACE}; {S} scored twice.',
  'Asked about the {BRAND}, {P} laughed: "It sold out in {PLACE}."',
  'The company, {ORG}, moved its offices to {ADDR} last year.',
  'A {JOB} named {P} was among the {N} people hurt in {PLACE}.',
  'Neighbours on {ADDR} said they heard shouting before dawn.',
  'Investors cheered as {ORG} overtook {ORG} in {MONTH}.',
  '{PHRASE} and {PHRASE} drew crowds from {PLACE} and {PLACE}.',
  '"I had no idea," said {P}, {AGE}, who works for {ORG}.',
  'Tickets for {PHRASE} went on sale at {ORG} stores on {DAY}.',
  'Born in {PLACE}, {P} studied law before joining {ORG}, where {S} led the team.',
  'Send letters to {P}, {ADDR}.',
];

const ZH_TUNE = [
  '{ZP}表示，{ZORG}将在{ZPLACE}投资{N}亿元。',
  '记者{ZP}报道，{ZPLACE}今年的{ZW}问题受到关注。',
  '{ZORG}董事长{ZP}在发布会上指出，公司{ZW}工作取得进展。',
  '{ZP}和{ZP}昨天在{ZPLACE}会面，双方谈得很{ZW}。',
  '{ZP}今年{AGE}岁，是一名{ZJOB}，家住{ZADDR}。',
  '据{ZORG}介绍，{ZPLACE}的{ZW}项目将于{N}月启动。',
  '{ZORG}的新办公地点位于{ZADDR}。',
  '{ZPLACE}市民{ZP}说，{ZW}之后生活好了很多。',
  '今天和{ZP}去{ZPLACE}吃饭，太开心了！@{ZH} 你也来吧',
  '转发 @{ZH}：{ZW}这件事大家怎么看？#{ZPLACE}#',
  '{ZP}老师，明天的课改到{ZPLACE}了吗？',
  '快递寄到{ZADDR}，收件人{ZP}，谢谢！',
  '{ZORG}和{ZORG}签署了合作协议。',
  '周末在{ZPLACE}遇到了{ZP}，{ZW}聊了很久。',
];

const ZH_HOLDOUT = [
  '{ZORG}发言人{ZP}回应称，相关{ZW}正在核实。',
  '{ZP}（{AGE}岁）是{ZPLACE}人，现任{ZORG}研究员。',
  '在{ZPLACE}工作的{ZJOB}{ZP}告诉记者，{ZW}是最大的困难。',
  '{ZORG}宣布，{ZP}将接替{ZP}担任总经理。',
  '警方通报：{ZADDR}发生一起火灾，无人受伤。',
  '{ZPLACE}的{ZW}问题引起{ZORG}重视。',
  '哈哈哈 {ZP}又迟到了 @{ZH} 快来看',
  '求助！住在{ZADDR}附近的朋友，有没有见到一只橘猫？',
  '感谢{ZP}和{ZP}的帮助，{ZW}终于解决了。#{ZPLACE}#',
  '@{ZH} 说得对，{ZW}确实很重要',
  '{ZP}医生提醒，{ZPLACE}近期气温变化大。',
  '来自{ZPLACE}的{ZP}获得了本届比赛冠军。',
];

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'April', 'June', 'August', 'September', 'October', 'December'];
const ZH_PROVINCES = ['广东省', '浙江省', '江苏省', '四川省', '湖北省', ''];
const ZH_CITIES = ['广州市', '杭州市', '南京市', '成都市', '武汉市', '上海市', '北京市', '深圳市'];
const ZH_DISTRICTS = ['天河区', '西湖区', '鼓楼区', '武侯区', '江汉区', '浦东新区', '朝阳区', '南山区'];

interface Out {
  text: string;
  labels: Label[];
}

function enAddress(r: Rng, v: Vocab): string {
  const num = String(r.int(1, 9999));
  const unit = r.chance(0.2) ? `, ${r.pick(['Apt', 'Suite', 'Unit'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
  const town = r.chance(0.75) ? `, ${r.pick(v.towns)}` : '';
  return `${num} ${r.pick(v.streets)}${unit}${town}`;
}

function zhAddress(r: Rng, v: Vocab): string {
  const prov = r.pick(ZH_PROVINCES);
  const parts = [prov, r.pick(ZH_CITIES), r.pick(ZH_DISTRICTS), r.pick(v.zhRoads), `${r.int(1, 999)}号`];
  if (r.chance(0.6)) parts.push(`${r.int(1, 30)}栋`, `${r.int(1, 6)}单元`, `${r.int(101, 2808)}室`);
  else if (r.chance(0.5)) parts.push(`${r.int(101, 2808)}室`);
  return parts.join('');
}

function render(template: string, r: Rng, v: Vocab, out: Out, doc: { lastSurname?: string }): void {
  const re = /\{([A-Z]+)\}/g;
  let at = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    out.text += template.slice(at, m.index);
    at = m.index + m[0].length;
    const put = (s: string, detector?: Label['detector']) => {
      if (detector) out.labels.push({ start: out.text.length, end: out.text.length + s.length, detector });
      out.text += s;
    };
    switch (m[1]) {
      case 'P': {
        const first = r.pick(v.first);
        const last = r.pick(v.last);
        const middle = r.chance(0.08) ? ` ${String.fromCharCode(65 + r.int(0, 25))}.` : '';
        doc.lastSurname = last;
        put(`${first}${middle} ${last}`, 'person_name');
        break;
      }
      case 'S':
        put(doc.lastSurname ?? r.pick(v.last), 'person_name');
        break;
      case 'T':
        put(r.pick(v.titles));
        break;
      case 'ORG':
        put(r.pick(v.orgs));
        break;
      case 'PLACE':
        put(r.pick(v.places));
        break;
      case 'BRAND':
        put(r.pick(v.brands));
        break;
      case 'PHRASE':
        put(r.pick(v.phrases));
        break;
      case 'JOB':
        put(r.pick(v.jobs));
        break;
      case 'N':
        put(String(r.int(2, 90)));
        break;
      case 'AGE':
        put(String(r.int(19, 88)));
        break;
      case 'DAY':
        put(r.pick(DAYS));
        break;
      case 'MONTH':
        put(r.pick(MONTHS));
        break;
      case 'ADDR':
        put(enAddress(r, v), 'postal_address');
        break;
      case 'ZP':
        put(r.pick(v.zhSurnames) + r.pick(v.zhGiven), 'person_name');
        break;
      case 'ZORG':
        put(r.pick(v.zhOrgs));
        break;
      case 'ZPLACE':
        put(r.pick(v.zhPlaces));
        break;
      case 'ZW':
        put(r.pick(v.zhWords));
        break;
      case 'ZH':
        put(r.pick(v.zhHandles));
        break;
      case 'ZJOB':
        put(r.pick(v.zhJobs));
        break;
      case 'ZADDR':
        put(zhAddress(r, v), 'postal_address');
        break;
      default:
        throw new Error(`unknown slot ${m[0]}`);
    }
  }
  out.text += template.slice(at);
}

/** `count` documents of one language and split, 2–5 sentences each, reproducible from `seed`. */
export function generateNameDocs(lang: NameLang, split: Split, count: number, seed = 20261122): NameDoc[] {
  const r = new Rng(seed + (lang === 'zh' ? 7 : 0) + (split === 'holdout' ? 1000 : 0));
  const v = split === 'tune' ? TUNE : HOLDOUT;
  const templates = lang === 'en' ? (split === 'tune' ? EN_TUNE : EN_HOLDOUT) : split === 'tune' ? ZH_TUNE : ZH_HOLDOUT;
  const docs: NameDoc[] = [];
  for (let i = 0; i < count; i++) {
    const out: Out = { text: '', labels: [] };
    const state: { lastSurname?: string } = {};
    const n = r.int(2, 5);
    for (let s = 0; s < n; s++) {
      if (s > 0) out.text += lang === 'en' ? (r.chance(0.3) ? '\n' : ' ') : r.chance(0.3) ? '\n' : '';
      render(r.pick(templates), r, v, out, state);
    }
    docs.push({ id: `${lang}-${split}-${i}`, lang, split, text: out.text + '\n', labels: out.labels });
  }
  return docs;
}
