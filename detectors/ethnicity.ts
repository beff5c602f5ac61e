import { defineDetector } from '../src/types.js';
import { labelWords, lexiconPatterns, normalizeLexiconValue } from './_lib/lexicon.js';
import { enCaseNotePattern, ETHNIC_GROUPS_ZH, zhProfilePatterns } from './_lib/profile.js';

/**
 * Racial or ethnic origin: the 56 ethnic groups officially recognised in China (汉族 … 基诺族; in a 民族 field or
 * column also the short form without 族, as ID cards print it: `民族 汉`) and common census categories in
 * English (US OMB: Hispanic or Latino, Asian, Black or African American, White …; UK: White British, Pakistani …).
 * As the value of a labelled field or of an ethnicity column (`requireContext`), or as an item of a person's
 * profile line (`王建国，男，汉族，1965年生`, `a 45-year-old Hispanic male`; detectors/_lib/profile.ts): "White" or 汉族
 * in a sentence is not reported.
 *
 * Art. 9 special category; CCPA SPI (ae)(1)(D). PIPL does not list ethnic origin in Art. 28 (regulations.md §2:
 * personal information, sensitive by context), so only Art. 4 is cited. Masked whole (`special`).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const GROUPS = ETHNIC_GROUPS_ZH;
// Census words used as a person's race in an English case note (`a 45-year-old Hispanic male`).
const CASE_NOTE = [
  'hispanic', 'latino', 'latina', 'asian', 'asian american', 'black', 'african american', 'white', 'caucasian', 'native american',
  'pacific islander', 'middle eastern', 'arab', 'indian', 'pakistani', 'bangladeshi', 'chinese', 'aboriginal', 'maori',
];

const LABELS = ['ethnicity', 'ethnic group', 'ethnic origin', 'ethnic', 'race', 'racial origin', 'nationality (ethnic)', '民族', '族别', '种族', '族裔'];

export default defineDetector({
  id: 'ethnicity',
  name: 'Racial or ethnic origin',
  category: 'demographic',
  sensitivity: 'restricted',
  description: "Ethnic group or race as a labelled value, in an ethnicity column or on a person's profile line (男，汉族，…; a 45-year-old Hispanic male): the 56 groups of China, census categories.",
  patterns: [
    ...lexiconPatterns(
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
    ...zhProfilePatterns(GROUPS.map((g) => `${g}族`), 0.6),
    enCaseNotePattern(CASE_NOTE, 0.6),
  ],
  keywords: ['ethnic', 'race', 'racial', '民族', '族别', '种族', '族裔'],
  context: { words: labelWords([...LABELS, 'race/ethnicity', 'race ethnicity', 'ethnicity code', 'racial']) },
  requireContext: true,
  // mz / mzdm: pinyin initials of 民族 / 民族代码 in Chinese schemas.
  columnHints: ['ethnicity', 'ethnic group', 'ethnic origin', 'race', 'race ethnicity', 'ethnicity code', '民族', '族别', '种族', '族裔', '民族代码', 'mz', 'mzdm'],
  columnHintExcludes: ['race id', 'race name', 'race time', 'race date', 'race result', 'race number', 'race category', '民族乐器', '民族风'],
  normalize: (raw: string) => normalizeLexiconValue(raw, true),
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
      { text: '王建国，男，汉族，1965年3月生，山东济南人，中共党员。', value: '汉族', note: 'a profile line: the gender item vouches for it' },
      { text: '被告人李某某，男，1985年6月12日出生，回族，初中文化，无业。', value: '回族', note: 'court judgment layout' },
      { text: '张三（男，维吾尔族）', value: '维吾尔族' },
      { text: '民　族：回族　　宗　教：伊斯兰教', value: '回族', note: 'a spaced-out form label' },
      { text: 'The patient is a 45-year-old Hispanic male with a history of hypertension.', value: 'Hispanic' },
      { text: 'A 62 y/o Caucasian female presented with chest pain.', value: 'Caucasian' },
    ],
    noMatch: [
      { text: 'White', note: 'no label' },
      { text: '我国汉族人口最多，回族分布广泛。', note: '汉族 in a sentence with no label' },
      { text: '我国是统一的多民族国家，汉族人口最多。', note: '民族 in the sentence, but 汉族 is not its value' },
      { text: 'The white paper on race conditions in Go.' },
      { text: 'Race: 2024-05-01 marathon', note: 'a race field with no ethnicity value' },
      { text: 'Ethnicity: see attached form' },
      { text: '我国汉族人口最多，男女比例均衡。', note: '汉族 is not an item next to a gender item' },
      { text: '男，汉族人口占多数的地区', note: '汉族 is part of a longer item' },
      { text: 'A 45-year-old white van was parked outside.', note: 'no sex word after it' },
      { text: 'The 30-year-old Asian market index fell.' },
    ],
  },
});
