import { defineDetector } from '../src/types.js';
import { labelWords, lexiconPatterns } from './_lib/lexicon.js';
import { toSimplified } from '../src/engine/zh-script.js';

/**
 * Religious or philosophical belief: a faith, denomination or "none" as the value of a labelled field
 * (`Religion: Buddhist`, `宗教信仰：无`) or of a religion column. "Catholic" in prose is not reported
 * (`requireContext`).
 *
 * Art. 9 special category; CCPA SPI (ae)(1)(D); PIPL Art. 28 names religious belief. Masked whole (`special`).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
const LABELS = ['religion', 'religious affiliation', 'religious belief', 'faith', 'denomination', 'belief', 'konfession', 'religion/belief', '宗教', '宗教信仰', '信仰'];

export default defineDetector({
  id: 'religion',
  name: 'Religious or philosophical belief',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Religion, denomination or non-belief as a labelled value or in a religion column (Buddhist, Muslim, Catholic, None, 佛教, 无).',
  patterns: lexiconPatterns(
    {
      latin: [
        'christian', 'christianity', 'catholic', 'roman catholic', 'protestant', 'orthodox', 'eastern orthodox', 'greek orthodox',
        'anglican', 'church of england', 'baptist', 'methodist', 'lutheran', 'presbyterian', 'evangelical', 'pentecostal', 'mormon',
        "jehovah's witness", 'quaker', 'muslim', 'islam', 'islamic', 'sunni', 'shia', "shi'a", 'jewish', 'judaism', 'hindu',
        'hinduism', 'buddhist', 'buddhism', 'sikh', 'sikhism', 'taoist', 'taoism', 'daoist', 'jain', 'bahai', "baha'i", 'shinto',
        'zoroastrian', 'pagan', 'wiccan', 'atheist', 'atheism', 'agnostic', 'humanist', 'none', 'no religion', 'not religious',
        'katholisch', 'evangelisch', 'konfessionslos',
      ],
      cjk: [
        '佛教', '佛教徒', '藏传佛教', '道教', '道教徒', '伊斯兰教', '穆斯林', '基督教', '基督徒', '天主教', '天主教徒', '新教', '东正教',
        '犹太教', '印度教', '锡克教', '无宗教信仰', '无宗教', '无神论', '无神论者', '无',
      ],
      labels: LABELS,
    },
    0.4,
  ),
  keywords: ['religion', 'religious', 'faith', 'denomination', 'belief', 'konfession', '宗教', '信仰'],
  context: { words: labelWords([...LABELS, 'religious']) },
  requireContext: true,
  columnHints: ['religion', 'religious affiliation', 'religious belief', 'faith', 'denomination', 'konfession', '宗教', '宗教信仰', '信仰'],
  columnHintExcludes: ['denomination currency', 'currency denomination', 'note denomination', 'coin denomination', 'belief state'],
  // A value in traditional script (漢族, 佛教徒) is the same value: one fingerprint, one distinct count.
  normalize: (raw: string) => toSimplified(raw).trim().toLowerCase().replace(/[\s’']+/g, ' '),
  special: true,
  legal: ['gdpr:art9-1', 'ccpa:1798.140-ae-1-d', 'pipl:art28'],
  examples: {
    match: [
      { text: 'Religion: Buddhist', value: 'Buddhist' },
      { text: 'religious affiliation = Roman Catholic', value: 'Roman Catholic' },
      { text: '{"religion": "Muslim"}', value: 'Muslim' },
      { text: '宗教信仰：无', value: '无' },
      { text: '宗教：基督教', value: '基督教' },
      { text: 'Religion\nJewish\n', value: 'Jewish', note: 'label on the line above' },
    ],
    noMatch: [
      { text: 'Catholic', note: 'no label' },
      { text: 'The Catholic church on the corner was built in 1890.' },
      { text: 'Freedom of religion and the Muslim world: a lecture.' },
      { text: 'Religion: 2021-03-04' },
      { text: '他对佛教建筑很感兴趣。', note: '佛教 in a sentence with no label' },
      { text: 'denomination: 100 EUR', note: 'a banknote denomination' },
    ],
  },
});
