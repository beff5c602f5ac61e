import { defineDetector, type DetectorPattern } from '../src/types.js';
import { labelWords, lexiconPatterns, normalizeLexiconValue } from './_lib/lexicon.js';

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

/**
 * Statements of an offence or a sentence, which say whose record it is as plainly as a label (judgments, news,
 * background checks): `因犯盗窃罪被判处有期徒刑二年`, `被告人王某犯诈骗罪，判处…`, `was sentenced to five years in prison`.
 * The offence is a word ending in 罪 after 因犯 / 犯有 / 涉嫌 / 被告人…犯; the sentence a kind of penalty after 判处.
 */
const PENALTY_ZH = '(?:有期徒刑[^，,。；;\\n]{0,8}|无期徒刑|死刑(?:缓期[^，,。；;\\n]{0,6})?|拘役[^，,。；;\\n]{0,6}|管制[^，,。；;\\n]{0,6})';
const COUNT_EN = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';
const STATEMENTS: DetectorPattern[] = [
  // The offence word holds neither 罪 nor 犯 before its end, so 犯罪嫌疑人 never starts one. Judgments also write
  // 因涉嫌犯盗窃罪 and conclude 其行为已构成盗窃罪 / 被告人某某的行为构成…罪; a textbook's 数额较大的，构成盗窃罪 names no one.
  {
    name: 'offence-zh',
    regex: '(?:因犯|犯有|因?涉嫌犯?|被告人\\p{Han}{0,4}?犯|其行为已?构成|已构成|被告人\\p{Han}{0,4}?的行为已?构成)([^罪犯，,。；;、：:！？!? \\t\\n]{1,10}罪)',
    score: 0.6,
    group: 1,
    selfContained: true,
  },
  { name: 'sentence-zh', regex: `判处(${PENALTY_ZH})`, score: 0.6, group: 1, selfContained: true },
  {
    name: 'sentence-en',
    regex: `(?i)\\b(?:was|were|been|is|being|be)[ \\t]+sentenced[ \\t]+to[ \\t]+(${COUNT_EN}[ \\t\\-]+(?:years?|months?|weeks?|days?)(?:[ \\t]+(?:in[ \\t]+(?:prison|jail)|of[ \\t]+imprisonment|imprisonment|probation|behind[ \\t]+bars))?|life(?:[ \\t]+in[ \\t]+prison)?|death|probation|community[ \\t]+service)`,
    score: 0.6,
    group: 1,
    selfContained: true,
  },
  // Time served and a status only a convicted person has (`served four years in prison`, `served 4 years in Stateville
  // Correctional Center`, `is currently on parole`, `is a registered sex offender`, `as a convicted felon`).
  // Probation is left out: new employees are on probation too.
  {
    name: 'served-en',
    regex: `(?i)\\bserved[ \\t]+(${COUNT_EN}[ \\t\\-]+(?:years?|months?)[ \\t]+(?:in|at)[ \\t]+(?:(?:a|the)[ \\t]+)?(?:(?:state|federal|county)[ \\t]+)?(?:prison|jail|penitentiary|(?:[A-Z][A-Za-z'\\-]{1,20}[ \\t]+){1,3}(?:Correctional[ \\t]+(?:Center|Centre|Facility|Institution)|State[ \\t]+Prison|Prison|Penitentiary|Jail)))`,
    score: 0.6,
    group: 1,
    selfContained: true,
  },
  {
    name: 'status-en',
    regex: '(?i)\\b(?:is|was|are|were|been|remains|as)[ \\t]+(?:(?:currently|still|now|also)[ \\t]+)?(on[ \\t]+parole|an?[ \\t]+(?:registered[ \\t]+sex[ \\t]+offender|convicted[ \\t]+(?:felon|sex[ \\t]+offender)))\\b',
    score: 0.6,
    group: 1,
    selfContained: true,
  },
];

export default defineDetector({
  id: 'criminal_record',
  name: 'Criminal record',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Convictions, offences and sentences as labelled values, in a criminal-record column or stated in text (convicted of burglary, 因犯盗窃罪被判处有期徒刑 …).',
  patterns: [
    ...lexiconPatterns(
      {
        latin: [
          'convicted', 'conviction', 'felony', 'felony conviction', 'misdemeanor', 'misdemeanour', 'spent conviction',
          'unspent conviction', 'caution', 'no criminal record', 'clean record', 'prior record', 'pending charges', 'on probation',
          'on parole', 'registered sex offender', 'sex offender', 'theft', 'burglary', 'robbery', 'assault', 'aggravated assault',
          'battery', 'fraud', 'embezzlement', 'dui', 'dwi', 'drink driving', 'drunk driving', 'drug possession', 'possession',
          'drug trafficking', 'manslaughter', 'murder', 'homicide', 'arson', 'vandalism', 'shoplifting', 'sexual assault', 'rape',
          'domestic violence', 'stalking', 'money laundering', 'bribery', 'perjury', 'yes', 'no',
          // Graded or qualified offences, as charges and judgments name them.
          'aggravated battery', 'aggravated burglary', 'aggravated robbery', 'armed robbery', 'attempted murder', 'attempted robbery',
          'grand theft', 'grand larceny', 'petty theft', 'larceny', 'first-degree murder', 'second-degree murder', 'identity theft',
          'wire fraud', 'mail fraud', 'tax evasion', 'assault and battery', 'vehicular manslaughter', 'involuntary manslaughter',
          'child abuse', 'indecent exposure', 'kidnapping', 'carjacking', 'extortion', 'forgery', 'trespass', 'harassment',
        ],
        cjk: [
          '有', '无', '有犯罪记录', '无犯罪记录', '无违法犯罪记录', '有前科', '无前科', '盗窃罪', '诈骗罪', '抢劫罪', '抢夺罪', '故意伤害罪',
          '故意杀人罪', '危险驾驶罪', '交通肇事罪', '贩卖毒品罪', '走私罪', '受贿罪', '行贿罪', '贪污罪', '强奸罪', '寻衅滋事罪', '聚众斗殴罪',
          '非法集资罪', '洗钱罪', '有期徒刑', '无期徒刑', '死刑缓期执行', '拘役', '管制', '缓刑', '刑满释放', '假释', '劳教', '醉驾',
        ],
        labels: LABELS,
        phrases: ['convicted of', 'pleaded guilty to', 'pled guilty to', 'found guilty of', 'arrested for', 'jailed for', 'imprisoned for', 'served time for'],
      },
      0.4,
    ),
    ...STATEMENTS,
  ],
  keywords: [
    'criminal', 'conviction', 'convicted', 'offence', 'offense', 'offender', 'arrest', 'vorstrafe', 'casier', 'antecedentes', 'guilty',
    'jailed', 'imprisoned', 'served time',
    '犯罪', '罪名', '前科', '刑事', '判决', '判处', '服刑',
  ],
  context: { words: labelWords([...LABELS, 'convicted', 'guilty', 'arrested', 'jailed', 'imprisoned']) },
  requireContext: true,
  columnHints: [
    'criminal record', 'criminal history', 'criminal conviction', 'conviction', 'convictions', 'prior convictions', 'offence', 'offense',
    'arrest record', 'criminal background', 'sex offender', 'sex offender status', '犯罪记录', '违法犯罪记录', '罪名', '前科', '刑事处罚', '有无犯罪记录',
  ],
  columnHintExcludes: ['offence code', 'offense code', 'offence type', 'offense type', 'offence id', 'offense id'],
  normalize: (raw: string) => normalizeLexiconValue(raw),
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
      { text: '被告人赵某，男，1979年出生，2015年6月因犯盗窃罪被判处有期徒刑二年，2017年3月刑满释放。', value: '盗窃罪', note: 'an offence stated in a judgment' },
      { text: '被告人赵某，男，1979年出生，2015年6月因犯盗窃罪被判处有期徒刑二年，2017年3月刑满释放。', value: '有期徒刑二年', note: 'the sentence' },
      { text: '被告人王某犯诈骗罪，判处有期徒刑三年，并处罚金人民币五万元。', value: '诈骗罪' },
      { text: '犯罪嫌疑人李某涉嫌盗窃罪被刑事拘留。', value: '盗窃罪', note: '犯罪嫌疑人 does not start the offence' },
      { text: '因涉嫌犯盗窃罪于2023年5月8日被刑事拘留。', value: '盗窃罪', note: '涉嫌犯 …罪' },
      { text: '本院认为，被告人钟某某多次入户盗窃，数额较大，其行为已构成盗窃罪。', value: '盗窃罪', note: 'the conclusion of a judgment' },
      { text: '公诉机关指控被告人王某的行为构成诈骗罪，证据确实充分。', value: '诈骗罪' },
      { text: 'In 2012 he was convicted of burglary and was sentenced to three years in prison.', value: 'burglary' },
      { text: 'In 2012 he was convicted of burglary and was sentenced to three years in prison.', value: 'three years in prison' },
      { text: 'The defendant was previously convicted of aggravated battery (2011).', value: 'aggravated battery', note: 'a graded offence' },
      { text: 'He served 4 years in Stateville Correctional Center and is currently on parole.', value: '4 years in Stateville Correctional Center' },
      { text: 'He served 4 years in Stateville Correctional Center and is currently on parole.', value: 'on parole' },
      { text: 'Tenant screening: applicant is a registered sex offender.', value: 'a registered sex offender' },
      { text: 'She served two years in a federal prison for wire fraud.', value: 'two years in a federal prison' },
    ],
    noMatch: [
      { text: 'burglary', note: 'no label' },
      { text: 'Police reported a burglary on Main Street; no arrests yet.' },
      { text: 'Offence: 2022-08-14' },
      { text: '预防犯罪是全社会的责任。', note: 'no label value' },
      { text: 'Criminal record: see HR file', note: 'a reference, not a record' },
      { text: '我们要依法打击违法犯罪，预防犯罪。', note: '犯罪 is not an offence of someone' },
      { text: '以非法占有为目的，窃取他人财物，数额较大的，构成盗窃罪。', note: 'the statute: no one is said to have committed it' },
      { text: '其行为已构成犯罪，依法应予惩处。', note: '犯罪 names no offence' },
      { text: 'The phone was charged with battery power overnight.', note: 'battery is not the crime here' },
      { text: 'The committee was sentenced to irrelevance, critics said.', note: 'no penalty' },
      { text: 'She served 4 years in the Army and two years in Congress.', note: 'service, not time in prison' },
      { text: 'The new analyst is on probation until March.', note: 'employment probation' },
      { text: 'Parole hearings are held monthly; the board is focused on parole reform.', note: 'no one is on parole' },
    ],
  },
});
