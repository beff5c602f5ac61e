import { defineDetector } from '../src/types.js';

/**
 * Postal address in LABELLED text and address COLUMNS (the patterns, gated by `keywords` and needing a
 * context word or column hint), and in unlabelled RUNNING TEXT (the recogniser, src/engine/recognisers/
 * address.ts, which looks for the same shapes around a street type or a numbered 号/弄 and trims the sentence
 * words jieba finds before a Chinese address). A bare town, district or country is never an address: a street
 * with a house number is required.
 *
 * - Chinese: optional province / city / district / county / town parts (省 市 区 县 旗 镇 乡 街道), a road,
 *   street, lane or village (路 街 道 大道 巷 弄 胡同 里 村), a number (号 or 弄), then optional building,
 *   unit, floor and room parts (号楼 栋 幢 座 单元 楼 层 室): 北京市东城区示例街1号, 上海市徐汇区测试路22号3室.
 *   After a label or in a column also an estate or park address with no street: two administrative parts,
 *   an estate, and a numbered block, unit or room (成都市武侯区桐梓林小区3栋2单元501室).
 * - English: an optional flat / apartment / unit, a house number, up to four capitalised words and a street
 *   type (`12 Main St`, `1600 Example Avenue`, `Flat 3, 22 Baker Street`), then optionally an apartment,
 *   a town (`, Springfield`), a US state and ZIP (`, IL 62701`) or a UK postcode (`London NW1 6XE`); and
 *   `PO Box 123`.
 *
 * An IP, MAC, e-mail or wallet "address" never has a street type, and its label is negative context.
 * Sensitivity `confidential` (regulations.md §2: postal address).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const ADMIN = '\\p{Han}{1,10}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟|州)';
const TOWN = '\\p{Han}{1,8}?(?:街道|镇|乡)';
const STREET = '\\p{Han}{1,12}?(?:大道|大街|胡同|路|街|道|巷|弄|里|村)';
const NUM = '(?:[0-9０-９]{1,5}(?:-[0-9]{1,4})?|[一二三四五六七八九十百零〇]{1,4})';
// Taiwan numbers the flats of a floor with 之 (`12樓之3`).
const UNIT = `(?:${NUM}|[A-Za-z])(?:号楼|号院|栋|幢|座|单元|楼|层|室|号|户|组)(?:之[0-9０-９]{1,3})?`;
/**
 * One to four units; the last may be a block, entrance or tower with its room as a bare number (`3栋2单元501`,
 * `2号楼3单元402`, `一座2305`), as order exports and forms write it. Only there: a year or a phone number after a street
 * number is never taken for a room.
 */
const UNITS = `(?:${UNIT}){0,3}(?:${NUM}(?:栋|幢|座|单元|号楼)[0-9０-９]{3,5}(?:室|号|户)?|${UNIT})`;
/**
 * A named building or estate after the house number (华星时代广场, 阳光花园小区), taken only with a block or room
 * after it: `张江路100号附近的公园` is a sentence going on, not a building.
 */
const BUILDING = '\\p{Han}{1,10}?(?:大厦|广场|中心|花园|小区|公寓|大楼|写字楼|商务楼|家园|新村|苑|园|城|饭店|酒店|宾馆|商厦)';
/** Also run by the free-text recogniser (src/engine/recognisers/address.ts) on unlabelled text. */
// E-commerce exports separate the parts with blanks (`浙江省 杭州市 西湖区 文三路 478号`); Chengdu and Taiwan number a
// street's sections (`人民南路四段11号`); estates number their phases (`德基广场二期12楼`).
const GAP = '[ \\t]?';
const SECTION = `(?:${NUM}段${GAP})?`;
// A compound's number is written 号院 (经三路68号院2号楼); the building or units may follow the number after a blank.
const ZH_STREET_NUMBER = `(?:${ADMIN}${GAP}){0,4}(?:${TOWN}${GAP})?${STREET}${GAP}${SECTION}${NUM}(?:号院|号|弄)`;
export const ZH_ADDRESS = `${ZH_STREET_NUMBER}(?:${GAP}${BUILDING}(?:${NUM}期)?${UNITS}|${GAP}${UNITS})?`;
/** CJK ideographs (U+4E00–U+9FFF) except the given characters, as an RE2 class (RE2 has no class subtraction). */
function hanExcept(chars: string): string {
  const cut = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (n: number) => `\\x{${n.toString(16)}}`;
  const parts: string[] = [];
  let from = 0x4e00;
  for (const c of cut) {
    if (c > from) parts.push(c - 1 > from ? `${hex(from)}-${hex(c - 1)}` : hex(from));
    from = c + 1;
  }
  parts.push(`${hex(from)}-${hex(0x9fff)}`);
  return `[${parts.join('')}]`;
}
/**
 * A named building that ends the field (`联系地址：…民权路28号英利国际金融中心`): after a label or in a column only, where the
 * field's end says the name is not a sentence going on. A name holds no word of place or relation (`张江路100号附近的公园`).
 * At the field's end a bare room may follow the building (`中关村大厦1108`), or a lettered flat its floor (`莲富大厦15楼A`).
 */
const BUILDING_NAME = `${hanExcept('的附近旁边对面往在是和与及到去')}{1,10}?(?:大厦|广场|中心|花园|小区|公寓|大楼|写字楼|商务楼|家园|新村|苑|园|城|饭店|酒店|宾馆|商厦)`;
const ZH_BUILDING_END = `${ZH_STREET_NUMBER}${GAP}${BUILDING_NAME}(?:[0-9０-９]{3,5}|(?:${UNIT}){1,3}[A-Z])?`;
/**
 * A flat in a residential estate with no street: estate, phase, block, entrance and room (`阳光花园3期11栋2单元1302`), as
 * people write their home in chat and delivery notes. The entrance and room say it is a home as plainly as a label;
 * the estate's name holds no word of the sentence around it (`我住在万科城市花园…` starts at 万).
 */
const ESTATE_NAME = `${hanExcept('的附近旁边对面往在是和与及到去我你他她您们住家了放送寄回请就')}{1,10}?(?:花园|小区|家园|新村|公寓|苑|园|城|府|庭|湾|居)`;
const ZH_ESTATE_FLAT = `${ESTATE_NAME}(?:${NUM}期)?(?:${UNIT}){0,2}${NUM}单元[0-9０-９]{3,5}(?:室|号|户)?`;
/**
 * A residential estate, campus or park with no street in the address (`成都市武侯区桐梓林小区3栋2单元501室`,
 * `深圳市南山区科技园南区12号`, `北京市海淀区中关村软件园二期10号楼`): two or more administrative parts, an optional
 * estate with its phase, and at least one numbered block, unit, floor or room, ending the value. Labelled text
 * and address columns only (the recogniser keeps to streets): `北京市朝阳区3号线` ends in a word, not an address.
 */
const ESTATE = `${BUILDING}(?:${NUM}期)?`;
const ZH_ESTATE_ADDRESS = `(?:${ADMIN}){2,4}(?:${TOWN})?(?:${ESTATE})?(?:${UNIT}){1,4}`;
/**
 * A street with no house number, after a label (`住址：湖南省长沙市岳麓区麓山南路`, `家住…南山区粤海街道科技园社区`): a
 * home address to the street or the residential community, which a form's address field often is. Two
 * administrative divisions at least, so `地址：北京` or a bare street name is not one.
 */
const ZH_STREET_ONLY = `(?:${ADMIN}${GAP}){2,4}(?:${TOWN}${GAP})?(?:${STREET}|\\p{Han}{1,10}?(?:社区|小区|村))`;
// A label glued to the address (`地址北京市…`, `地址是北京市…`) is consumed before the value so it is not part of it.
const ZH_LABEL = '(?:收货地址|家庭住址|居住地址|通讯地址|联系地址|户籍地址|详细地址|地址|住址|户籍所在地|户籍地|现居住地|现居|现住)(?:[:：]|[ \\t]*(?:是|为|為|在))?[ \\t]*';

export const STREET_TYPES = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct',
  'Place', 'Pl', 'Square', 'Sq', 'Terrace', 'Terr', 'Way', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Close', 'Crescent',
  'Cres', 'Gardens', 'Grove', 'Mews', 'Row', 'Walk', 'Hill', 'Circle', 'Cir', 'Trail', 'Trl', 'Alley', 'Plaza',
  'Broadway', 'Green', 'Park', 'Parade', 'Rise', 'View',
];
// Longest first so `Street` is taken before `St`.
const STREET_TYPE_RE = [...STREET_TYPES].sort((a, b) => b.length - a.length).join('|');
// Letters of the Latin script inside the words (Müllerstraße, Rue de l'Église): an English address shape has no
// other, and \p{L} under these repetitions made the regex take ≈ 110 ms to compile in every process and worker
// (≈ 6 ms with \p{Latin}).
const CAP = "\\p{Lu}[\\p{Latin}'’\\-]{0,24}";
const TOWN_WORD = "\\p{Lu}\\p{Ll}[\\p{Latin}'’\\-]{0,24}";
/** Also run by the free-text recogniser (src/engine/recognisers/address.ts) on unlabelled text. */
export const EN_ADDRESS =
  `(?:(?:Flat|Apt\\.?|Apartment|Unit|Suite|Ste\\.?)[ \\t]{1,2}[0-9A-Za-z]{1,5},?[ \\t]{1,2})?` +
  `[0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,5})?,?[ \\t]{1,2}(?:${CAP}[ \\t]{1,2}){0,4}(?:${STREET_TYPE_RE})\\b` +
  // A directional after the street type (`Pennsylvania Ave NW`), as US addresses write it. The abbreviation's
  // dot (`St.`) is taken only with what follows it (`Main St. Suite 400`), not at a sentence's end.
  `(?:\\.?[ \\t]{1,2}(?:NE|NW|SE|SW|N|S|E|W)\\b\\.?)?` +
  `(?:\\.?,?[ \\t]{1,2}(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|#)[ \\t]{0,2}[0-9A-Za-z]{1,5}\\b)?` +
  `(?:\\.?,[ \\t]{0,2}${TOWN_WORD}(?:[ \\t]${TOWN_WORD}){0,2})?` +
  `(?:,?[ \\t]{1,2}[A-Z]{2}[ \\t]{1,2}[0-9]{5}(?:-[0-9]{4})?\\b|,?[ \\t]{1,2}[A-Z]{1,2}[0-9][A-Z0-9]?[ \\t]?[0-9][A-Z]{2}\\b)?`;

function normalizeAddress(raw: string): string {
  return raw.normalize('NFKC').replace(/[ \t]+/g, ' ').replace(/\s*,\s*/g, ', ').trim().toLowerCase();
}

const SCORE = 0.3;

export default defineDetector({
  id: 'postal_address',
  name: 'Postal address',
  category: 'contact',
  sensitivity: 'confidential',
  description: 'A street address (Chinese 省市区…路/街…号…室; English number + street type, town, ZIP, UK or Canadian postcode) after an address label, in an address column, or in running text.',
  patterns: [
    { name: 'zh', regex: `(?:${ZH_LABEL})?(${ZH_ADDRESS})`, score: SCORE, group: 1 },
    {
      name: 'zh-estate-flat',
      regex: `(${ZH_ESTATE_FLAT})(?:[^0-9０-９A-Za-z]|$)`,
      // The estate name's class of all Han characters but a few made the prefilter Set's DFA outgrow its cache on
      // Chinese prose (8 MiB: 2.6 s in that Set); the entrance and room are what every match holds.
      prefilter: '单元[0-9０-９]{3}',
      score: 0.5,
      group: 1,
      selfContained: true,
    },
    { name: 'zh-building-end', regex: `(?:${ZH_LABEL})?(${ZH_BUILDING_END})[ \\t]*(?:[，,。；;|｜\\r\\n]|$)`, score: SCORE, group: 1 },
    // The label is part of the match, so it carries its own evidence (no context word needed, no keyword gate).
    {
      name: 'zh-street-labelled',
      regex: `(?:${ZH_LABEL}|(?:家住|住在|居住在|户籍地|寄到|寄往|送到)[:：]?[ \\t]*)(${ZH_STREET_ONLY})(?:[，,。；;）) \\t]|$)`,
      score: 0.6,
      group: 1,
      selfContained: true,
    },
    { name: 'zh-estate', regex: `(?:${ZH_LABEL})?(${ZH_ESTATE_ADDRESS})(?:[^\\p{Han}0-9０-９A-Za-z]|$)`, score: SCORE, group: 1 },
    { name: 'en', regex: `\\b${EN_ADDRESS}`, score: SCORE, guard: 'number' },
    { name: 'po-box', regex: '\\b(?:P\\.?[ \\t]?O\\.?[ \\t]?Box|Post[ \\t]Office[ \\t]Box)[ \\t]{1,2}[0-9]{1,6}\\b', score: SCORE },
  ],
  keywords: [
    'address', 'addr', 'street', 'ship to', 'shipping', 'billing', 'mailing', 'residence', 'lives at', 'deliver to',
    '地址', '住址', '收货地址', '家庭住址', '居住地', '住在', '寄往', '户籍', '现居', '现住',
  ],
  context: {
    words: [
      'address', 'addr', 'street', 'home address', 'postal address', 'mailing address', 'shipping address',
      'billing address', 'delivery address', 'ship to', 'deliver to', 'residence', 'lives at', 'resides at',
      '地址', '住址', '收货地址', '家庭住址', '居住地址', '通讯地址', '联系地址', '户籍地址', '详细地址', '居住地', '住在', '寄往',
      // Résumés and judgments: 现居 (lives now in), 现住 (被告人…现住…), 户籍所在地 / 户籍地 (registered residence).
      '现居', '现住', '户籍所在地', '户籍地',
    ],
    negative: [
      'ip address', 'ip addr', 'mac address', 'email address', 'e-mail address', 'mail address', 'wallet address',
      'memory address', 'web address', 'url', 'ip地址', 'mac地址', '邮箱地址', '电子邮件地址', '网址', '钱包地址',
    ],
    before: 24,
    after: 8,
  },
  requireContext: true,
  // Unlabelled running text: src/engine/recognisers (the patterns above need a label or a column).
  recogniser: 'postal_address',
  columnHints: [
    'address', 'addr', 'street', 'street address', 'home address', 'postal address', 'mailing address',
    'shipping address', 'billing address', 'delivery address', 'residential address', 'address line', 'address line 1',
    'address1', 'address 1', 'address line 2', 'address2',
    '地址', '住址', '收货地址', '家庭住址', '居住地址', '通讯地址', '联系地址', '户籍地址', '详细地址',
    // Pinyin initials in Chinese schemas: 家庭住址, 现住址, 户籍地址, 通讯地址, 联系地址, 居住地址, 收货地址.
    'jtzz', 'xzz', 'hjdz', 'txdz', 'lxdz', 'jzdz', 'shdz',
  ],
  columnHintExcludes: [
    'address id', 'addr id', 'address type', 'address count', 'address verified', 'address status',
    'ip address', 'ip addr', 'ip', 'mac address', 'mac addr', 'email address', 'e mail address', 'mail address',
    'email addr', 'e mail addr', 'mail addr', 'wallet address', 'wallet addr', 'memory address', 'web address', 'url address',
    'street number', 'street name',
    'ip地址', 'mac地址', '邮箱地址', '电子邮件地址', '钱包地址', '地址编号', '地址id',
  ],
  normalize: normalizeAddress,
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      { text: '地址是杭州市西湖区文三路478号华星时代广场A座1203室', value: '杭州市西湖区文三路478号华星时代广场A座1203室', note: 'a copula after the label is not part of the address' },
      { text: '地址：浙江省杭州市西湖区文三路478号华星时代广场A座1201室', value: '浙江省杭州市西湖区文三路478号华星时代广场A座1201室', note: 'a named building, its block and room after the number' },
      { text: 'The office is at 1600 Pennsylvania Ave NW, Washington, DC 20500.', value: '1600 Pennsylvania Ave NW, Washington, DC 20500', note: 'a directional after the street type' },
      { text: 'Mail: 123 Main St. Suite 400, Boston, MA 02110', value: '123 Main St. Suite 400, Boston, MA 02110', note: 'an abbreviation dot before the suite' },
      { text: '收货地址：上海市徐汇区测试路22号3室', value: '上海市徐汇区测试路22号3室' },
      { text: '住址：湖南省长沙市岳麓区麓山南路', value: '湖南省长沙市岳麓区麓山南路', note: 'a street with no number after a label' },
      { text: '他家住广东省深圳市南山区粤海街道科技园社区，离公司很近。', value: '广东省深圳市南山区粤海街道科技园社区', note: 'a residential community after 家住' },
      { text: '寄到：四川省成都市武侯区人民南路四段11号', value: '四川省成都市武侯区人民南路四段11号', note: 'a section (段) of the street' },
      { text: '收货地址:浙江省 杭州市 西湖区 文三路 478号', value: '浙江省 杭州市 西湖区 文三路 478号', note: 'parts separated by blanks' },
      { text: '地址：江苏省南京市玄武区中山路18号德基广场二期12楼', value: '江苏省南京市玄武区中山路18号德基广场二期12楼', note: 'a phase (期) of the building' },
      { text: '地址：北京市东城区示例街1号', value: '北京市东城区示例街1号' },
      { text: '家庭住址: 广东省深圳市南山区样例大道3号5栋2单元1201室', value: '广东省深圳市南山区样例大道3号5栋2单元1201室' },
      { text: '住址：上海市静安区演示路100弄5号601室，邮编200040', value: '上海市静安区演示路100弄5号601室' },
      { text: 'Address: 12 Main St', value: '12 Main St' },
      { text: 'Shipping address: 1600 Example Avenue, Springfield', value: '1600 Example Avenue, Springfield' },
      { text: 'Address: Flat 3, 22 Baker Street, London NW1 6XE', value: 'Flat 3, 22 Baker Street, London NW1 6XE' },
      { text: 'Billing address: 350 Fifth Ave, Apt 4B, New York, NY 10118', value: '350 Fifth Ave, Apt 4B, New York, NY 10118' },
      { text: 'Mailing address: PO Box 1234', value: 'PO Box 1234' },
      { text: 'Address:\n56 Pine Rd, Shelbyville\n', value: '56 Pine Rd, Shelbyville', note: 'label on the line above' },
      { text: 'Meet me at 12 Main St tomorrow.', value: '12 Main St', note: 'free text: house number, street, street type' },
      { text: 'Police said the fire started at 48 Oak Avenue, Portland, OR 97205 shortly after midnight.', value: '48 Oak Avenue, Portland, OR 97205' },
      { text: 'The shop moved to 221 Queen Street, Toronto, ON M5V 2T6 last year.', value: '221 Queen Street, Toronto, ON M5V 2T6', note: 'Canadian postal code' },
      { text: '我们在北京市东城区示例街1号见面。', value: '北京市东城区示例街1号', note: 'free text: the words before the address are not part of it' },
      { text: '快递寄到广东省深圳市南山区样例路8号3栋2单元501室，谢谢！', value: '广东省深圳市南山区样例路8号3栋2单元501室' },
      { text: '住址：成都市武侯区桐梓林小区3栋2单元501室', value: '成都市武侯区桐梓林小区3栋2单元501室', note: 'an estate, no street' },
      { text: '地址：深圳市南山区科技园南区12号', value: '深圳市南山区科技园南区12号' },
      { text: '通讯地址：北京市海淀区中关村软件园二期10号楼，邮编100193', value: '北京市海淀区中关村软件园二期10号楼' },
      { text: '户籍地址：河南省郑州市金水区花园路街道经三路68号院2号楼3单元402', value: '河南省郑州市金水区花园路街道经三路68号院2号楼3单元402', note: 'a compound (号院) and a bare room number after the entrance' },
      { text: '收货地址：四川省成都市武侯区芳草东街12号 阳光小区3栋2单元501', value: '四川省成都市武侯区芳草东街12号 阳光小区3栋2单元501', note: 'the estate after a blank, the room bare' },
      { text: '联系地址：重庆市渝中区解放碑街道民权路28号英利国际金融中心\n账户种类：Ⅰ类账户', value: '重庆市渝中区解放碑街道民权路28号英利国际金融中心', note: 'a named building ending the field' },
      { text: '寄到：江苏省南京市鼓楼区汉中路2号金陵饭店亚太商务楼18层', value: '江苏省南京市鼓楼区汉中路2号金陵饭店亚太商务楼18层', note: 'a hotel and its tower' },
      { text: '收件地址：福建省厦门市思明区莲前西路2号莲富大厦15楼A', value: '福建省厦门市思明区莲前西路2号莲富大厦15楼A', note: 'a lettered flat ending the field' },
      { text: '收货地址：北京市海淀区中关村大街27号 中关村大厦1108 | 机械键盘', value: '北京市海淀区中关村大街27号 中关村大厦1108', note: 'a bare room after the building, ending the field' },
      { text: '地址：北京市海淀区中关村大街27号中关村大厦2024年启用', value: '北京市海淀区中关村大街27号', note: 'a year after the building is no room' },
      { text: '地址：张江路100号附近的公园', value: '张江路100号', note: 'a description after the number is not a building' },
      { text: '电话：186-0123-7495  |  现居：北京市海淀区学院路街道学院路35号世宁大厦', value: '北京市海淀区学院路街道学院路35号世宁大厦', note: 'a résumé' },
      { text: '初中文化，无业，户籍地广东省梅州市丰顺县汤坑镇新城路18号，现住深圳市南山区西丽街道留仙大道3370号。', value: '广东省梅州市丰顺县汤坑镇新城路18号', note: 'a judgment: the label is not part of the address' },
      { text: '地址：北京市东城区示例街1号2024年搬入', value: '北京市东城区示例街1号', note: 'a year after the number is no room' },
      { text: '住址：上海市徐汇区漕溪北路398号 13812345678', value: '上海市徐汇区漕溪北路398号', note: 'a phone number after a blank is no room' },
      { text: '聯絡地址：臺中市西屯區臺灣大道三段99號12樓之3，行動電話：0988-103-527', value: '臺中市西屯區臺灣大道三段99號12樓之3', note: 'Taiwan: flat 3 of the 12th floor' },
      { text: '放门口就行，阳光花园3期11栋2单元1302，谢谢', value: '阳光花园3期11栋2单元1302', note: 'an estate flat in chat, no street' },
      { text: '我住在万科城市花园8栋1单元602室，晚上在家', value: '万科城市花园8栋1单元602室', note: 'the sentence before the estate is not part of it' },
    ],
    noMatch: [
      { text: '地址：北京', note: 'a city alone' },
      { text: '住址：朝阳区建国路', note: 'one division and a street: too little' },
      { text: 'Lives in Springfield, Illinois, near the river.', note: 'a bare town or state is not an address' },
      { text: '他来自北京市海淀区。', note: 'a city and district without a street is not an address' },
      { text: '地址：北京市朝阳区3号线望京站附近', note: 'a metro line, not a block' },
      { text: '地址：北京市海淀区中关村软件园', note: 'an estate without a block, unit or room' },
      { text: '本小区共有3栋2单元，每单元12户', note: 'a count of blocks, no flat' },
      { text: '请到5栋2单元1201取件', note: 'a block and room with no estate named' },
      { text: 'Route 66 and Highway 1 are both scenic.', note: 'no house number before a street' },
      { text: 'Address: 192.168.1.1' },
      { text: 'IP address: 10.0.0.12' },
      { text: 'Email address: alice@example.com' },
      { text: 'MAC address: 00:1A:2B:3C:4D:5E' },
      { text: 'Address: 0x7ffeefbff5c8' },
      { text: '地址：请填写' },
      { text: 'Address: 12 apples' },
      { text: 'Wallet address: 12 Main St', note: 'negative context' },
    ],
  },
});
