import { defineDetector, type DetectorPattern } from '../src/types.js';
import { labelWords, lexiconPatterns, normalizeLexiconValue } from './_lib/lexicon.js';

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

/**
 * Statements of a person's faith, which say whose belief it is as plainly as a label: a qualifier only a believer
 * takes (`a practicing Muslim`, `a devout Catholic`), a conversion (`converted to Islam`), or 是 + a believer
 * (`他是穆斯林`, `成为基督徒`). `The Catholic church` and `a Christian school` stay unreported.
 */
const FAITHFUL = ['christian', 'catholic', 'roman catholic', 'protestant', 'muslim', 'jew', 'jewish', 'hindu', 'buddhist', 'sikh', 'mormon', 'evangelical', 'baptist', 'methodist', 'anglican', 'quaker', 'jain', 'taoist'];
const STATEMENTS: DetectorPattern[] = [
  {
    name: 'statement-en',
    // `he's a devout …` / `I'm a practising …` with the article (`Sam's devout Catholic mother` is left to the label).
    regex: `(?i)(?:\\b(?:is|was|am|are|became|becomes|remains|remained|as)[ \\t]+(?:an?[ \\t]+)?|['’](?:s|m)[ \\t]+an?[ \\t]+)(?:devout|practicing|practising|observant|devoted|committed|lapsed|non-practicing|non-practising|born-again)[ \\t]+(${FAITHFUL.join('|').replace(/ /g, '[ \\t]+')})\\b`,
    score: 0.6,
    group: 1,
    selfContained: true,
  },
  { name: 'conversion-en', regex: '(?i)\\bconverted[ \\t]+to[ \\t]+(islam|christianity|catholicism|judaism|buddhism|hinduism|sikhism|orthodoxy)\\b', score: 0.6, group: 1, selfContained: true },
  { name: 'statement-zh', regex: '(?:是|为|成为|皈依了?)(?:一名|一位|一个|虔诚的)?(穆斯林|基督徒|天主教徒|佛教徒|道教徒|犹太教徒|印度教徒|锡克教徒|无神论者)', score: 0.6, group: 1, selfContained: true },
];

export default defineDetector({
  id: 'religion',
  name: 'Religious or philosophical belief',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Religion, denomination or non-belief as a labelled value, in a religion column or stated of a person (a practicing Muslim, 是佛教徒; Buddhist, Catholic, None, 无).',
  patterns: [
    ...lexiconPatterns(
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
    ...STATEMENTS,
  ],
  keywords: ['religion', 'religious', 'faith', 'denomination', 'belief', 'konfession', '宗教', '信仰'],
  context: { words: labelWords([...LABELS, 'religious']) },
  requireContext: true,
  // zjxy: pinyin initials of 宗教信仰 in Chinese schemas.
  columnHints: ['religion', 'religious affiliation', 'religious belief', 'faith', 'denomination', 'konfession', '宗教', '宗教信仰', '信仰', 'zjxy'],
  columnHintExcludes: ['denomination currency', 'currency denomination', 'note denomination', 'coin denomination', 'belief state'],
  normalize: (raw: string) => normalizeLexiconValue(raw, true),
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
      { text: 'Employee John Carter is a practicing Muslim and requested Fridays off for prayer.', value: 'Muslim', note: 'a statement about a person' },
      { text: 'He follows a halal diet as a practicing Muslim.', value: 'Muslim', note: 'as a practicing …' },
      { text: 'She converted to Judaism before the wedding.', value: 'Judaism' },
      { text: "Sam mentioned he's a devout Catholic and won't take meetings on Sundays.", value: 'Catholic', note: 'contracted is, with the article' },
      { text: 'I’m a practising Sikh, so I keep my turban on.', value: 'Sikh' },
      { text: '据了解，张某是虔诚的佛教徒。', value: '佛教徒' },
      { text: '民　族：回族　　宗　教：伊斯兰教', value: '伊斯兰教', note: 'a spaced-out form label' },
    ],
    noMatch: [
      { text: 'Catholic', note: 'no label' },
      { text: 'The Catholic church on the corner was built in 1890.' },
      { text: 'Freedom of religion and the Muslim world: a lecture.' },
      { text: 'Religion: 2021-03-04' },
      { text: '他对佛教建筑很感兴趣。', note: '佛教 in a sentence with no label' },
      { text: '宗 教 佛 教 建 筑 介 绍', note: 'text spaced out character by character, no colon' },
      { text: 'denomination: 100 EUR', note: 'a banknote denomination' },
      { text: 'This is a Christian school founded in 1902.', note: 'no believer qualifier' },
      { text: 'The practicing lawyers met at the Catholic hospital.', note: 'practicing is not before a faith' },
      { text: 'The hospital was founded as a Catholic mission in 1850.', note: 'as a … without devout, practicing: an institution' },
      { text: "The order's devout Catholic patrons funded the chapel.", note: 'a possessive, not a contracted is' },
    ],
  },
});
