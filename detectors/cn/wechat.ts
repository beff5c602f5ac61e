import { defineDetector } from '../../src/types.js';

/**
 * A WeChat ID (微信号): the handle a WeChat user picks, 6–20 characters that start with a letter and go on with
 * letters, digits, `_` or `-` (`zhang_san88`), or the system form `wxid_` plus letters and digits given to
 * accounts that never picked one. Any word has that shape, so a value is one only right after a WeChat label
 * (`微信：`, `微信号`, `WeChat ID:`, `vx:`, `V信`) or in a WeChat column. Many people give their mobile number as
 * their WeChat (`微信：138…`): it starts with a digit, is never a WeChat ID here and stays the phone detector's.
 *
 * An online identifier that is an account: GDPR Art. 4(1) and Recital 30; CCPA §1798.140(v)(1)(A) (online
 * identifier, account name); PIPL Art. 4: confidential (regulations.md §2, online identifiers tied to an account).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// A handle with a digit, `_` or `-` in it (`zhang_san88`, `wxid_k2j4h5g6f7d8s9`): lengths are checked by validate.
const HANDLE = 'wxid_[A-Za-z0-9]{4,22}|[A-Za-z][A-Za-z]{0,18}[0-9_-][A-Za-z0-9_-]{0,18}';
// Letters alone (`zhangsan`) are as often a word (`WeChat: available`): only after a colon.
const LETTERS = '[A-Za-z]{6,20}';
/** The handle ends there: not inside a longer token, a mail address or a domain. */
const END = '(?:[^0-9A-Za-z_@.-]|[.](?:[^0-9A-Za-z]|$)|$)';
const SUFFIX = '(?:[ \\t]*(?:号码|号|账号|帐号|(?i:(?:id|account|number|handle|no)\\b\\.?|#)))?';
const LABEL_ZH = `(?:微信|[Vv]信|威信|薇信)${SUFFIX}`;
// `we chat` with a space is a sentence (`we chat daily`), and `WeChatPay2021` names something else: neither labels.
const LABEL_EN = `\\b(?i:we-?chat|weixin)\\b${SUFFIX}`;
// `vx` is a variable name in code (`vx: velocity_x1`): only after a Chinese word (`加vx：`) or before a
// full-width colon or 号, which code never has.
const LABEL_VX = '(?:\\p{Han}[ \\t+]{0,2}(?i:vx)\\b[ \\t]*[:：]?|\\b(?i:vx)[ \\t]*(?:号[ \\t]*[:：]?|：))';
const IS = '(?:[ \\t]*(?:是|为|為))?';

/** Words that follow a WeChat label as text, not as an ID. */
const WORDS = new Set([
  'account', 'accounts', 'available', 'contact', 'message', 'messages', 'official', 'optional', 'payment', 'payments',
  'private', 'required', 'unknown', 'verified', 'weixin', 'wechat', 'pending', 'hidden', 'number', 'please',
]);

export default defineDetector({
  id: 'cn.wechat',
  name: 'WeChat ID',
  category: 'online_id',
  sensitivity: 'confidential',
  locales: ['CN'],
  description: 'A WeChat ID (6–20 characters from a letter, or wxid_…) after a WeChat label (微信, 微信号, WeChat ID, vx, V信) or in a WeChat column; a mobile number after the label is left to the phone detector.',
  patterns: [
    { name: 'labelled', regex: `(?:${LABEL_ZH}|${LABEL_EN})${IS}[ \\t]*[:：]?[ \\t]*(${HANDLE})${END}`, score: 0.4, group: 1 },
    { name: 'labelled-vx', regex: `${LABEL_VX}[ \\t]*(${HANDLE}|${LETTERS})${END}`, score: 0.4, group: 1 },
    { name: 'labelled-letters', regex: `(?:${LABEL_ZH}|${LABEL_EN})${IS}[ \\t]*[:：][ \\t]*(${LETTERS})${END}`, score: 0.3, group: 1 },
    // A value alone in a WeChat column (the header opens the gate and is the context). Low
    // base: a `微信昵称` or `微信群` header still holds the word, and its negative word must bring the cell under 0.3.
    { name: 'cell', regex: `^[ \\t]*(${HANDLE}|${LETTERS})[ \\t]*$`, score: 0.25, group: 1, cellOnly: true },
  ],
  keywords: ['微信', 'wechat', 'we-chat', 'weixin', 'vx', 'v信', '威信', '薇信'],
  context: {
    words: ['微信', '微信号', 'wechat', 'we-chat', 'wechat id', 'weixin', 'vx', 'v信', '威信', '薇信'],
    // Headers and lines about a group, an official account or a mini program name no person's account.
    negative: ['公众号', '小程序', '视频号', '微信群', '群号', '微信支付', 'wechat pay', 'official account', 'mini program', 'group', '昵称', 'nickname'],
    before: 24,
    after: 16,
  },
  requireContext: true,
  columnHints: ['wechat', 'wechat id', 'wechat account', 'weixin', 'weixin id', 'wx id', '微信', '微信号', '微信id', '微信账号', '微信帐号'],
  columnHintExcludes: [
    'wechat nickname', 'wechat name', 'wechat group', 'wechat pay', 'wechat avatar', 'wechat openid', 'wechat unionid', 'wechat qr',
    '微信昵称', '微信名', '微信群', '微信支付', '微信头像', '微信公众号', '微信二维码', '微信openid', '微信unionid', '微信绑定',
  ],
  validate(v: string) {
    if (/^wxid_[A-Za-z0-9]{4,22}$/i.test(v)) return 'unknown';
    if (!/^[A-Za-z][A-Za-z0-9_-]{5,19}$/.test(v) || WORDS.has(v.toLowerCase())) return 'invalid';
    // Fillers typed into forms: abcdef, aaaaaa1, test123, xxxxxx.
    if (/^(?:test|demo|example|sample|xxx|abc)/i.test(v) || /^(.)\1+[0-9]*$/i.test(v)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:recital30', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      { text: '微信：wxid_k2j4h5g6f7d8s9', value: 'wxid_k2j4h5g6f7d8s9', note: 'the system form' },
      { text: '微信号 zhang_san88，备注来意', value: 'zhang_san88' },
      { text: 'WeChat ID: lily-chen2019', value: 'lily-chen2019' },
      { text: '有意者加vx：xiaoming_1990', value: 'xiaoming_1990' },
      { text: '加V信 tom88wang 详聊', value: 'tom88wang' },
      { text: 'vx：liu_yang2000', value: 'liu_yang2000', note: 'vx at the line start, before a full-width colon' },
      { text: '联系人：王先生，微信：wangjianguo', value: 'wangjianguo', note: 'letters alone after a colon' },
      { text: 'Add me on WeChat: liwei_sh', value: 'liwei_sh' },
      { text: '我的微信号是 Chen-Hao_07', value: 'Chen-Hao_07' },
    ],
    noMatch: [
      { text: '微信：13812345678', note: 'a mobile number: the phone detector reports it' },
      { text: '微信同号 13812345678', note: 'a mobile number' },
      { text: 'WeChat: available on request', note: 'a word after the label' },
      { text: 'WeChat official account verification', note: 'words without a colon' },
      { text: '微信公众号：huaxin_tech', note: 'an official account, not a person\'s' },
      { text: '微信：ab_12', note: 'five characters' },
      { text: '微信：_zhang123', note: 'does not start with a letter' },
      { text: '微信：zhang_san_feng_wu_ji_1234', note: 'longer than 20 characters' },
      { text: '微信：zhang88@163.com', note: 'a mail address' },
      { text: 'const vx = velocity_x1;', note: 'a variable in code' },
      { text: '{ vx: velocity_x1, vy: velocity_y1 }', note: 'an object literal in code' },
      { text: '安装vxworks_6.9 后重启', note: 'vx inside a word' },
      { text: 'WeChatPay2021 SDK', note: 'WeChat inside a longer name' },
      { text: '微信：test123', note: 'a filler' },
    ],
  },
});
