import { defineDetector } from '../src/types.js';
import { labelWords, lexiconPatterns } from './_lib/lexicon.js';

/**
 * Racial or ethnic origin: the 56 ethnic groups officially recognised in China (汉族 … 基诺族; in a 民族 field or
 * column also the short form without 族, as ID cards print it: `民族 汉`) and common census categories in
 * English (US OMB: Hispanic or Latino, Asian, Black or African American, White …; UK: White British, Pakistani …).
 * Only as the value of a labelled field or of an ethnicity column (`requireContext`): "White" or 汉族 in a
 * sentence is not reported.
 *
 * Art. 9 special category; CCPA SPI (ae)(1)(D). PIPL does not list ethnic origin in Art. 28 (regulations.md §2:
 * personal information, sensitive by context), so only Art. 4 is cited. Masked whole (`special`).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// The 56 officially recognised ethnic groups, short form (without 族).
const GROUPS = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];

const LABELS = ['ethnicity', 'ethnic group', 'ethnic origin', 'ethnic', 'race', 'racial origin', 'nationality (ethnic)', '民族', '族别', '种族', '族裔'];

export default defineDetector({
  id: 'ethnicity',
  name: 'Racial or ethnic origin',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Ethnic group or race as a labelled value or in an ethnicity column: the 56 groups of China (汉族, 回族 …), census categories.',
  patterns: lexiconPatterns(
    {
      latin: [
        'hispanic or latino', 'not hispanic or latino', 'hispanic', 'latino', 'latina', 'latinx', 'asian', 'asian american',
        'black or african american', 'african american', 'black', 'white', 'caucasian',
        'american indian or alaska native', 'american indian', 'alaska native', 'native american',
        'native hawaiian or other pacific islander', 'native hawaiian', 'pacific islander', 'two or more races', 'multiracial',
        'mixed race', 'mixed', 'middle eastern or north african', 'middle eastern', 'arab', 'white british', 'white irish',
        'white other', 'black british', 'black african', 'black caribbean', 'indian', 'pakistani', 'bangladeshi', 'chinese',
        'han chinese', 'uyghur', 'uighur', 'tibetan', 'hui', 'mongol', 'zhuang', 'aboriginal', 'torres strait islander', 'maori',
        'roma', 'romani',
      ],
      cjk: [...GROUPS.map((g) => `${g}族`), ...GROUPS, '穿青人', '未识别民族', '外国血统中国籍人士'],
      labels: LABELS,
    },
    0.4,
  ),
  keywords: ['ethnic', 'race', 'racial', '民族', '族别', '种族', '族裔'],
  context: { words: labelWords([...LABELS, 'race/ethnicity', 'race ethnicity', 'ethnicity code', 'racial']) },
  requireContext: true,
  columnHints: ['ethnicity', 'ethnic group', 'ethnic origin', 'race', 'race ethnicity', 'ethnicity code', '民族', '族别', '种族', '族裔', '民族代码'],
  columnHintExcludes: ['race id', 'race name', 'race time', 'race date', 'race result', 'race number', 'race category', '民族乐器', '民族风'],
  normalize: (raw: string) => raw.trim().toLowerCase().replace(/[\s’']+/g, ' '),
  special: true,
  legal: ['gdpr:art9-1', 'ccpa:1798.140-ae-1-d', 'pipl:art4'],
  examples: {
    match: [
      { text: '民族：汉族', value: '汉族' },
      { text: '性别 男 民族 汉', value: '汉', note: 'ID-card layout, short form' },
      { text: '姓名：张三，民族：维吾尔族，籍贯：新疆', value: '维吾尔族' },
      { text: 'Ethnicity: Hispanic or Latino', value: 'Hispanic or Latino' },
      { text: 'Race: Black or African American', value: 'Black or African American' },
      { text: '{"race": "White", "age": 41}', value: 'White' },
      { text: '民族\n鄂伦春族\n', value: '鄂伦春族', note: 'label on the line above' },
    ],
    noMatch: [
      { text: 'White', note: 'no label' },
      { text: '我国汉族人口最多，回族分布广泛。', note: '汉族 in a sentence with no label' },
      { text: '我国是统一的多民族国家，汉族人口最多。', note: '民族 in the sentence, but 汉族 is not its value' },
      { text: 'The white paper on race conditions in Go.' },
      { text: 'Race: 2024-05-01 marathon', note: 'a race field with no ethnicity value' },
      { text: 'Ethnicity: see attached form' },
    ],
  },
});
