import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { residentIdBirthDate, residentIdVerdict } from '../_lib/gb11643.js';
import { compact } from '../_lib/normalize.js';

/**
 * PRC citizen identity number (公民身份号码, GB 11643-1999): 6-digit region · YYYYMMDD · 3-digit sequence ·
 * MOD 11-2 check character (0-9 or X). The same layout covers the residence permits of Hong Kong, Macao
 * and Taiwan residents (810000/820000/830000) and the 2023 foreign permanent resident card ('9' prefix).
 * The legacy 15-digit first-generation number has no check digit: it is 'unknown' and needs a context word.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// The birth date is part of the pattern: it keeps the RE2.Set from flagging every 18-digit run.
const DATE8 = '(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])';
const DATE6 = '[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])';

export default defineDetector({
  id: 'cn.resident_id',
  name: 'PRC resident identity card number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['CN'],
  description:
    'PRC citizen identity number (居民身份证, GB 11643): region, birth date and MOD 11-2 check; also residence permits and the 15-digit legacy form.',
  patterns: [
    { name: 'compact', ...digitToken(`[1-9][0-9]{5}${DATE8}[0-9]{3}[0-9Xx]`), score: 0.5 },
    // Written in its three parts: 110105 19491231 002X.
    { name: 'grouped', ...digitToken(`[1-9][0-9]{5}[ -]${DATE8}[ -][0-9]{3}[0-9Xx]`, true), score: 0.5 },
    // Or in groups of four, as input masks, OCR and bank forms print it: 4403 0519 9104 1735 14.
    { name: 'grouped-4', ...digitToken('[1-9][0-9]{3} [0-9]{4} [0-9]{4} [0-9]{4} [0-9][0-9Xx]', true), score: 0.5 },
    // First-generation card (withdrawn 2013): no check digit, so a bare 15-digit run needs a context word.
    { name: 'legacy15', ...digitToken(`[1-9][0-9]{5}${DATE6}[0-9]{3}`), score: 0.2 },
    // Typed in full-width mode (１１０１０５…Ｘ), as Chinese input methods and some exports write digits. Full-width
    // digits are no word characters to RE2, so the boundaries are consumed around the value (group 1).
    { name: 'full-width', regex: '(?:^|[^０-９0-9Ａ-Ｚａ-ｚA-Za-z])([１-９][０-９]{16}[０-９ＸｘXx])(?:$|[^０-９0-9Ａ-Ｚａ-ｚA-Za-z])', score: 0.5, group: 1 },
  ],
  context: {
    words: [
      '身份证', '身份证号', '身份证号码', '公民身份号码', '居民身份证', '证件号', '证件号码', '居住证', '永久居留身份证',
      'id card', 'identity card', 'resident id', 'id number', 'id no', 'chinese id', 'national id', 'citizen id',
    ],
  },
  columnHints: [
    '身份证号', '身份证', '身份证号码', '证件号码', '证件号', '公民身份号码', 'id card', 'id card no', 'id card number',
    'id number', 'identity card', 'resident id', 'sfzh', 'sfz', 'idcard', 'id no',
  ],
  normalize: (raw: string) => compact(raw.normalize('NFKC')),
  validate: (n: string) => residentIdVerdict(n),
  birthDate: (n: string) => residentIdBirthDate(n),
  // GB 11643-1999's own worked example (Beijing Chaoyang, 1949-12-31), reprinted in countless tutorials.
  deny: ['11010519491231002X'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      { text: '身份证号：５１０１０７１９９２１２３０４４２Ｘ', value: '５１０１０７１９９２１２３０４４２Ｘ', note: 'full-width digits' },
      // Shared vector (python-stdnum tests).
      '360426199101010071',
      // Synthetic values; check characters computed with MOD 11-2.
      '440304200002291236',
      '110108199102031469',
      '110108 19910203 1469',
      { text: '身份证：4403 0519 9104 1735 14', value: '4403 0519 9104 1735 14', note: 'groups of four' },
      { text: '身份证号：33010619880706124X，请核对。', value: '33010619880706124X' },
      { text: '客户张三（公民身份号码 51010719951122338x）已完成实名认证。', value: '51010719951122338x' },
      { text: 'Please attach a copy of the ID card 42010219790305069X to the form.', value: '42010219790305069X' },
      { text: 'Employee resident ID: 210203196810101011, issued in Dalian.', value: '210203196810101011' },
      { text: '港澳居民居住证号码 810000198001010014', value: '810000198001010014' },
      { text: '外国人永久居留身份证 91134419850615001X', value: '91134419850615001X' },
      { text: '旧身份证号 110105491231002（15位）', value: '110105491231002' },
    ],
    noMatch: [
      { text: '身份证号：５１０１０７１９９２１２３０４４２９', note: 'full-width, check digit wrong' },
      // Published example number (deny list).
      '11010519491231002X',
      { text: '身份证号：11010519491231002X', note: 'the standard\'s worked example' },
      // Shared mutated vectors: one digit changed, check character fails.
      '361426199101010071',
      '412723199010060012',
      { text: '身份证号 440304200002291237', note: 'check character off by one' },
      { text: '身份证 440304199902301231', note: 'impossible date 1999-02-30' },
      { text: '身份证号 000105199102031468', note: 'region 00 is no province' },
      { text: '订单号 1440304200002291236 已发货', note: 'longer digit run' },
      { text: 'ref 440304200002291236-01', note: 'continuation makes a longer token' },
      { text: 'x440304200002291236y', note: 'inside a longer token' },
      { text: '流水号 110105491231002', note: '15-digit legacy shape without an ID context word' },
      { text: '身份证：4403 0519 9104 1735 15', note: 'groups of four, check character wrong' },
      { text: '卡号 6222 0237 4920 1856 37', note: 'a grouped card-like number that is no ID' },
    ],
  },
});
