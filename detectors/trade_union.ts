import { defineDetector, type DetectorPattern } from '../src/types.js';
import { labelWords, lexiconPatterns, normalizeLexiconValue } from './_lib/lexicon.js';

/**
 * Trade-union membership: a union named as the value of a membership field (`Union: UNISON`, `工会：…`), or the
 * yes/no / member flag of a union-membership column or field (`union_member: yes`, `是否工会会员：是`). A yes/no
 * value says nothing alone, so a flag counts only under a union label or header (`requireContext`); the
 * keyword gate keeps text without `union` / `工会` free.
 *
 * Art. 9 special category; CCPA SPI (ae)(1)(D); PIPL: personal information, not listed in Art. 28
 * (regulations.md §2). Masked whole.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
// A bare `union` is a header and context word, not a text label (`The European Union: no deal`).
const LABELS = [
  'trade union', 'trade union membership', 'union membership', 'union member', 'labor union', 'labour union', 'union name',
  'union affiliation', 'is union member', 'gewerkschaft', 'syndicat', 'sindicato', '工会', '工会会员', '是否工会会员', '工会名称', '所属工会',
];

/**
 * Statements of membership: `is a member of the Teamsters union`, `joined the National Education Union` (a
 * labour word before Union: the Soviet or European Union is none), and 加入(了)…工会 — whose membership it is.
 */
const UNIONS = ['teamsters', 'unison', 'unite', 'gmb', 'rcn', 'nasuwt', 'usdaw', 'afl-cio', 'seiu', 'uaw', 'afscme', 'ibew', 'ig metall', 'ver\\.di'];
const STATEMENTS: DetectorPattern[] = [
  {
    name: 'statement-en',
    regex: `\\b(?:[Mm]ember[ \\t]+of|[Jj]oined|[Bb]elongs[ \\t]+to|[Rr]epresented[ \\t]+by)[ \\t]+(?:the[ \\t]+)?((?i:${UNIONS.join('|').replace(/ /g, '[ \\t]+')})(?:[ \\t]+(?i:union))?|(?:[A-Z][A-Za-z&'.-]*[ \\t]+){0,3}(?:Workers'?|Employees'?|Teachers'?|Nurses'?|Education|Transport|Steelworkers|Mineworkers|Labor|Labour|Trade|Trades)[ \\t]+(?:Union|Federation|Council|Congress))\\b`,
    score: 0.6,
    group: 1,
    selfContained: true,
  },
  // 是否 (whether) asks a form's question (`是否工会会员：是`, `是否加入工会`): neither its 是 nor a 加入 after it states anything.
  {
    name: 'statement-zh',
    regex: '(?:^|[^否])(?:加入了?|是)((?:[^否\\P{Han}]\\p{Han}{0,11}?)?工会(?:的)?(?:会员|成员)?)',
    // A Han class less one character before an open run of Han is costly in the prefilter Set; 工会 is in every match.
    prefilter: '工会',
    score: 0.6,
    group: 1,
    selfContained: true,
  },
];

export default defineDetector({
  id: 'trade_union',
  name: 'Trade-union membership',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Trade-union membership: a union name or a yes/no member flag under a union label or column, or stated of a person (a member of the Teamsters union, 加入了工会; UNISON, 工会会员).',
  patterns: [
    ...lexiconPatterns(
      {
        latin: [
          'yes', 'no', 'y', 'n', 'true', 'false', 'member', 'non-member', 'union member', 'not a member', 'unison', 'unite', 'unite the union',
          'gmb', 'rcn', 'nasuwt', 'neu', 'usdaw', 'teamsters', 'afl-cio', 'seiu', 'uaw', 'afscme', 'aft', 'nea', 'ibew', 'cwa', 'ver.di',
          'verdi', 'ig metall', 'cgt', 'cfdt', 'ccoo', 'ugt',
        ],
        cjk: ['是', '否', '会员', '工会会员', '非会员', '中华全国总工会', '总工会'],
        labels: LABELS,
      },
      0.4,
    ),
    ...STATEMENTS,
  ],
  keywords: ['union', 'gewerkschaft', 'syndicat', 'sindicato', '工会'],
  context: { words: labelWords([...LABELS, 'union']) },
  requireContext: true,
  columnHints: ['trade union', 'union membership', 'union member', 'union', 'union name', 'union affiliation', 'labor union', 'labour union', '工会', '工会会员', '是否工会会员', '所属工会'],
  columnHintExcludes: ['european union', 'union type', 'union id', 'union all', 'credit union', 'union pay', 'unionpay', 'union territory'],
  normalize: (raw: string) => normalizeLexiconValue(raw),
  special: true,
  legal: ['gdpr:art9-1', 'ccpa:1798.140-ae-1-d', 'pipl:art4'],
  examples: {
    match: [
      { text: 'Trade union: UNISON', value: 'UNISON' },
      { text: 'union_member: yes', value: 'yes' },
      { text: '{"trade_union": "Teamsters"}', value: 'Teamsters' },
      { text: '是否工会会员：是', value: '是' },
      { text: '工会：中华全国总工会', value: '中华全国总工会' },
      { text: 'Trade union membership\nmember\n', value: 'member' },
      { text: 'Our client, Ms. Lee, is openly gay and is a member of the Teamsters union.', value: 'Teamsters union', note: 'a statement about a person' },
      { text: 'In 2015 she joined the National Education Union.', value: 'National Education Union' },
      { text: '张伟加入了中华全国总工会。', value: '中华全国总工会' },
      { text: '他是工会会员。', value: '工会会员' },
    ],
    noMatch: [
      { text: 'yes', note: 'a flag without a union label' },
      { text: 'SELECT id FROM a UNION ALL SELECT id FROM b;' },
      { text: 'The European Union: no deal yet.', note: 'not a trade union' },
      { text: 'Union: 2023-01-01' },
      { text: '工会组织了春游活动。', note: 'no label' },
      { text: '是否加入工会（请勾选）', note: 'a form question, not a statement' },
      { text: '是否加入工会：□是 □否', note: 'the question of a form, its boxes unticked' },
      { text: 'The European Union joined the talks.', note: 'a union of states, not a trade union' },
      { text: 'A member of the Soviet Union delegation spoke.', note: 'a state' },
    ],
  },
});
