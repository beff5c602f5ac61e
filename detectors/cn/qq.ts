import { defineDetector } from '../../src/types.js';
import { isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * A QQ number: the account number of Tencent's QQ messenger, 5–11 digits with no leading 0, issued in order
 * since 1999 and printed on contact lines next to the phone and the mail address (`QQ：123456789`, `加我QQ
 * 12345678`, `QQ/微信：…`). Any number has that shape, so a value is one only right after a QQ label or in a
 * QQ column. A QQ group (`QQ群`) names a chat room, not a person, and never matches the label.
 *
 * An online identifier that is an account: GDPR Art. 4(1) and Recital 30; CCPA §1798.140(v)(1)(A) (online
 * identifier, account name); PIPL Art. 4: confidential (regulations.md §2, online identifiers tied to an account).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const NUMBER = '[1-9][0-9]{4,10}';
/** The number ends there: not inside a longer token, a mail address (`12345678@qq.com`) or a decimal. */
const END = '(?:[^0-9A-Za-z_@.-]|[.](?:[^0-9A-Za-z]|$)|$)';
// `QQ号码`, `QQ number`, `QQ/微信` (one number for both: digits are never a WeChat ID, so it is the QQ).
const LABEL =
  '\\b(?i:qq)(?:[ \\t]*(?:号码|号|账号|帐号|(?i:(?:number|num|no|id)\\b\\.?|#)))?(?:[ \\t]*[/／、][ \\t]*(?:微信|(?i:wechat|vx))(?:号)?)?';

export default defineDetector({
  id: 'cn.qq',
  name: 'QQ number',
  category: 'online_id',
  sensitivity: 'confidential',
  locales: ['CN'],
  description: 'A QQ account number (5–11 digits, no leading 0) after a QQ label or in a QQ column; QQ groups (QQ群) and fillers refused.',
  patterns: [
    // Chat writes the offer between label and number (`QQ也行 2849137560`, `QQ也可以：…`).
    { name: 'labelled', regex: `${LABEL}(?:[ \\t]*(?:也行|也可以|也可|也是))?(?:[ \\t]*(?:是|为|為))?[ \\t]*[:：]?[ \\t]*(${NUMBER})${END}`, score: 0.4, group: 1 },
    // A value alone in a QQ column (the header opens the gate and is the context). Low
    // base: a `QQ群号` or `QQ昵称` header still holds the word, and its negative word must bring the cell under 0.3.
    { name: 'cell', regex: `^[ \\t]*(${NUMBER})[ \\t]*$`, score: 0.25, group: 1, cellOnly: true },
  ],
  keywords: ['qq'],
  context: {
    words: ['qq', 'qq号', 'qq号码', 'qq账号', 'qq number'],
    // A header or line about a group, a version or a user count is not one account.
    negative: ['qq群', '群号', 'qq group', 'group', '昵称', 'nickname', '版本', 'version', '用户数', '月活'],
    before: 24,
    after: 16,
  },
  requireContext: true,
  columnHints: ['qq', 'qq号', 'qq号码', 'qq账号', 'qq帐号', 'qq number', 'qq no', 'qq id'],
  columnHintExcludes: ['qq群', 'qq群号', 'qq group', 'qq邮箱', 'qq email', 'qq mail', 'qq昵称', 'qq nickname', 'qq name'],
  validate(n: string) {
    if (!/^[1-9][0-9]{4,10}$/.test(n) || isRepeatedDigit(n) || isSequentialDigits(n)) return 'invalid';
    // Round numbers (10000, 1000000) after `QQ` are counts, and an 11-digit 1[3-9] number is a mainland
    // mobile: QQ numbers have not reached 11 digits, and the phone detector reports it.
    if (/^[1-9]0+$/.test(n) || /^1[3-9][0-9]{9}$/.test(n)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:recital30', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      { text: 'QQ：283746195', value: '283746195' },
      { text: '联系方式：QQ号 38271945，工作日在线', value: '38271945' },
      { text: 'qq: 2837461950 (please add me)', value: '2837461950' },
      { text: '有问题加我QQ 471829365', value: '471829365' },
      { text: '加我QQ471829365详聊', value: '471829365', note: 'no space between the label and the number' },
      { text: 'QQ/微信：58213947', value: '58213947', note: 'one number for both: digits are the QQ' },
      { text: '客服QQ号码是 10086532', value: '10086532' },
      { text: 'QQ number: 93847', value: '93847', note: 'five digits, the oldest accounts' },
      { text: '行，我微信是 wuhaiyan_nj，QQ也行 2849137560', value: '2849137560', note: 'chat: the offer between label and number' },
    ],
    noMatch: [
      { text: '欢迎加入QQ群：738291045', note: 'a QQ group number' },
      { text: 'QQ群号 738291045', note: 'a QQ group number' },
      { text: 'QQ：88888888', note: 'repeated digits' },
      { text: 'QQ：12345678', note: 'an ascending run' },
      { text: 'QQ：0123456789', note: 'a leading 0' },
      { text: 'QQ：1234', note: 'four digits' },
      { text: 'QQ：13812345678', note: 'a mainland mobile after the label: the phone detector reports it' },
      { text: '邮箱：38271945@qq.com', note: 'a QQ mail address is the email detector\'s' },
      { text: 'QQ 9.7.1 更新说明', note: 'a version' },
      { text: 'Visit 38271945 for support', note: 'no QQ label' },
      { text: 'QQ 100000 人同时在线', note: 'a round count' },
      { text: 'QQ群也行 738291045', note: 'a group, in chat style' },
    ],
  },
});
