import { defineDetector } from '../src/types.js';
import { labelWords, lexiconPatterns } from './_lib/lexicon.js';

/**
 * Criminal convictions and offences: an offence, a conviction status or a sentence as the value of a labelled
 * field (`Criminal record: convicted of burglary`, `Conviction: DUI`, `犯罪记录：有`, `罪名：盗窃罪`) or of a
 * criminal-record column. Not reported without a label or column (`requireContext`).
 *
 * GDPR Art. 10 (not Art. 9): processing only under official authority or where Union / Member-State law
 * authorises it. CCPA: personal information, not SPI (regulations.md §2), cited with (v)(1)(A). PIPL: sensitive
 * under GB/T 35273 (undisclosed criminal records), which applies the Art. 28 definition. Masked whole.
 *
 * Category `demographic`: the catalogue has no criminal-justice category, and `person` is reserved for names
 * (the combination rules read it as the name anchor).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
const LABELS = [
  'criminal record', 'criminal records', 'criminal history', 'criminal conviction', 'criminal convictions', 'conviction', 'convictions',
  'prior convictions', 'offence', 'offences', 'offense', 'offenses', 'arrest record', 'criminal background', 'background check result',
  'sex offender', 'sex offender status', 'vorstrafen', 'casier judiciaire', 'antecedentes penales',
  '犯罪记录', '违法犯罪记录', '犯罪', '罪名', '前科', '刑事处罚', '刑事判决', '判决结果', '判处', '服刑情况', '有无犯罪记录',
];

export default defineDetector({
  id: 'criminal_record',
  name: 'Criminal record',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Convictions, offences and sentences as labelled values or in a criminal-record column (convicted, DUI, 盗窃罪, 有期徒刑 …).',
  patterns: lexiconPatterns(
    {
      latin: [
        'convicted', 'conviction', 'felony', 'felony conviction', 'misdemeanor', 'misdemeanour', 'spent conviction',
        'unspent conviction', 'caution', 'no criminal record', 'clean record', 'prior record', 'pending charges', 'on probation',
        'on parole', 'registered sex offender', 'sex offender', 'theft', 'burglary', 'robbery', 'assault', 'aggravated assault',
        'battery', 'fraud', 'embezzlement', 'dui', 'dwi', 'drink driving', 'drunk driving', 'drug possession', 'possession',
        'drug trafficking', 'manslaughter', 'murder', 'homicide', 'arson', 'vandalism', 'shoplifting', 'sexual assault', 'rape',
        'domestic violence', 'stalking', 'money laundering', 'bribery', 'perjury', 'yes', 'no',
      ],
      cjk: [
        '有', '无', '有犯罪记录', '无犯罪记录', '无违法犯罪记录', '有前科', '无前科', '盗窃罪', '诈骗罪', '抢劫罪', '抢夺罪', '故意伤害罪',
        '故意杀人罪', '危险驾驶罪', '交通肇事罪', '贩卖毒品罪', '走私罪', '受贿罪', '行贿罪', '贪污罪', '强奸罪', '寻衅滋事罪', '聚众斗殴罪',
        '非法集资罪', '洗钱罪', '有期徒刑', '无期徒刑', '死刑缓期执行', '拘役', '管制', '缓刑', '刑满释放', '假释', '劳教', '醉驾',
      ],
      labels: LABELS,
    },
    0.4,
  ),
  keywords: [
    'criminal', 'conviction', 'convicted', 'offence', 'offense', 'offender', 'arrest', 'vorstrafe', 'casier', 'antecedentes',
    '犯罪', '罪名', '前科', '刑事', '判决', '判处', '服刑',
  ],
  context: { words: labelWords(LABELS) },
  requireContext: true,
  columnHints: [
    'criminal record', 'criminal history', 'criminal conviction', 'conviction', 'convictions', 'prior convictions', 'offence', 'offense',
    'arrest record', 'criminal background', 'sex offender', 'sex offender status', '犯罪记录', '违法犯罪记录', '罪名', '前科', '刑事处罚', '有无犯罪记录',
  ],
  columnHintExcludes: ['offence code', 'offense code', 'offence type', 'offense type', 'offence id', 'offense id'],
  normalize: (raw: string) => raw.trim().toLowerCase().replace(/\s+/g, ' '),
  special: true,
  legal: ['gdpr:art10', 'ccpa:1798.140-v-1-a', 'pipl:art28'],
  examples: {
    match: [
      { text: 'Criminal record: convicted of burglary', value: 'convicted' },
      { text: 'Conviction: DUI', value: 'DUI' },
      { text: '{"prior_convictions": "drug possession"}', value: 'drug possession' },
      { text: '有无犯罪记录：有', value: '有' },
      { text: '罪名：盗窃罪', value: '盗窃罪' },
      { text: '刑事处罚：有期徒刑，缓刑二年', value: '有期徒刑' },
    ],
    noMatch: [
      { text: 'burglary', note: 'no label' },
      { text: 'Police reported a burglary on Main Street; no arrests yet.' },
      { text: 'Offence: 2022-08-14' },
      { text: '预防犯罪是全社会的责任。', note: 'no label value' },
      { text: 'Criminal record: see HR file', note: 'a reference, not a record' },
    ],
  },
});
