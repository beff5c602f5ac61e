import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { usccVerdict } from '../_lib/gb32100.js';
import { compact } from '../_lib/normalize.js';

/**
 * PRC unified social credit code (统一社会信用代码, GB 32100-2015), the 18-character registration number of
 * every company, public body, association and sole proprietor: authority · type · region · GB 11714
 * organisation code (with its own check) · MOD 31 check character.
 *
 * Sensitivity is `internal`: the code identifies an organisation and is published on the business licence
 * and in the National Enterprise Credit Information Publicity System, so for most holders it is not personal
 * data at all. Sole proprietors (个体工商户, type 92) are the exception: their code points at one natural
 * person's business, which makes it personal data only indirectly (regulations.md §2.1, internal). Columns
 * that pair it with the proprietor's name are escalated by the record-level rules, not by this detector.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const SYM = '[0-9A-HJ-NP-RTUW-Y]';

export default defineDetector({
  id: 'cn.uscc',
  name: 'PRC unified social credit code (USCC)',
  category: 'government_id',
  sensitivity: 'internal',
  locales: ['CN'],
  description:
    'PRC unified social credit code (统一社会信用代码, GB 32100): authority/type pair, region, embedded organisation code check and MOD 31 check.',
  patterns: [
    { name: 'compact', ...digitToken(`[1-9ANY][1-9][0-9]{6}${SYM}{10}`), score: 0.45 },
    // Written in its parts, e.g. "9 1 110000 600037341L" or with the organisation code as "60003734-1".
    {
      name: 'grouped',
      ...digitToken(`[1-9ANY][ -]?[1-9][ -]?[0-9]{6}[ -]?${SYM}{8}[ -]?${SYM}[ -]?${SYM}`, true),
      score: 0.45,
    },
  ],
  context: {
    words: [
      '统一社会信用代码', '社会信用代码', '信用代码', '纳税人识别号', '税号', '营业执照', '注册号',
      'uscc', 'unified social credit code', 'social credit code', 'credit code', 'business licence', 'business license',
    ],
    // Platform order and waybill numbers are 18-20 characters too.
    negative: ['订单', '订单号', '单号', '运单号', '快递单号', '流水号', 'order', 'tracking'],
  },
  columnHints: [
    '统一社会信用代码', '社会信用代码', '信用代码', '纳税人识别号', '税号', 'uscc', 'credit code', 'social credit code',
    'unified social credit code', 'tyshxydm',
  ],
  normalize: (raw: string) => compact(raw),
  validate: (n: string) => usccVerdict(n),
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      // Shared vectors (python-stdnum tests): an enterprise, a public institution, sole proprietors.
      '91110000600037341L',
      '121200004013590816',
      '92340603MA2UK1NC4L',
      '9 1 110000 600037341L',
      // Synthetic codes: organisation-code check and final MOD 31 check computed.
      { text: '统一社会信用代码：91310115MA1K4L6B4C', value: '91310115MA1K4L6B4C' },
      { text: '个体工商户营业执照，信用代码 92440300MA5F0T2Q4G，经营者李四。', value: '92440300MA5F0T2Q4G' },
      { text: 'The supplier\'s USCC is 93320583MA1MXY7N4E according to the contract.', value: '93320583MA1MXY7N4E' },
      { text: 'Unified social credit code: 12100000400012342E', value: '12100000400012342E' },
    ],
    noMatch: [
      // Shared mutated vectors: one character changed, check fails.
      '91110000600137341L',
      '122200004013590816',
      { text: '统一社会信用代码 91310115MA1K4L6B4D', note: 'final check character off' },
      { text: '统一社会信用代码 94310115MA1K4L6B4C', note: 'authority 9 has no type 4' },
      { text: '信用代码 9111000060003IOZSV', note: 'I, O, Z, S, V are outside the alphabet' },
      { text: 'USCC 91110000600037341L9', note: 'longer token' },
      { text: 'x91110000600037341Ly', note: 'inside a longer token' },
      { text: '好的，订单396166113631610301我这边安排发货', note: 'an 18-digit order number that passes the checks (negative context)' },
    ],
  },
});
