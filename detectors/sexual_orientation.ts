import { defineDetector, type DetectorPattern } from '../src/types.js';
import { labelWords, lexiconPatterns, normalizeLexiconValue } from './_lib/lexicon.js';

/**
 * Sexual orientation: heterosexual, gay, lesbian, bisexual …, 异性恋, 同性恋 … as the value of a labelled field
 * (`Sexual orientation: bisexual`, `性取向：同性恋`) or of an orientation column. Bare words in prose are not
 * reported (`requireContext`); a bare `orientation` label is not enough (page, screen and image orientation).
 *
 * Art. 9 special category (sex life or sexual orientation); CCPA SPI (ae)(2)(C); PIPL: sensitive under the
 * national standard GB/T 35273 (regulations.md §2), which applies the Art. 28 definition. Masked whole.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
const LABELS = ['sexual orientation', 'sexuality', 'sexual preference', 'orientation sexuelle', 'sexuelle orientierung', 'orientación sexual', '性取向', '性倾向', '性向'];

/**
 * Statements of a person's orientation: `is openly gay`, `came out as bisexual`, `identifies as queer`, and
 * 是 + 同性恋者 …, the value ending the clause (`gay marriage`, `gay-friendly` stay unreported).
 */
const STATEMENTS: DetectorPattern[] = [
  {
    name: 'statement-en',
    regex: '(?i)\\b(?:is|was|am|are|identifies[ \\t]+as|identified[ \\t]+as|came[ \\t]+out[ \\t]+as|coming[ \\t]+out[ \\t]+as)[ \\t]+(?:openly[ \\t]+|an?[ \\t]+)?(gay|lesbian|bisexual|pansexual|asexual|queer|homosexual)(?:[ \\t]*(?:[.,;:!?)]|$)|[ \\t]+(?:and|but|in|at|on|after|before|since|when|while|last|this|to|man|woman|men|women)\\b)',
    score: 0.6,
    group: 1,
    selfContained: true,
  },
  { name: 'statement-zh', regex: '(?:是|为|承认自己是)(?:一名|一个|一位)?(男同性恋者?|女同性恋者?|同性恋者?|双性恋者?|泛性恋者?|无性恋者?)', score: 0.6, group: 1, selfContained: true },
];

export default defineDetector({
  id: 'sexual_orientation',
  name: 'Sexual orientation',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Sexual orientation as a labelled value, in an orientation column or stated of a person (is openly gay, 是同性恋者; heterosexual, bisexual …).',
  patterns: [
    ...lexiconPatterns(
      {
        latin: [
          'heterosexual', 'straight', 'homosexual', 'gay', 'lesbian', 'bisexual', 'bi', 'pansexual', 'asexual', 'demisexual', 'queer',
          'questioning', 'lgbt', 'lgbtq', 'lgbtq+', 'gay or lesbian', 'gay man', 'lesbian or gay', 'heterosexual or straight',
        ],
        cjk: ['异性恋', '同性恋', '双性恋', '无性恋', '泛性恋', '男同性恋', '女同性恋'],
        labels: LABELS,
      },
      0.4,
    ),
    ...STATEMENTS,
  ],
  keywords: ['sexual', 'sexuality', 'orientierung', '性取向', '性倾向', '性向'],
  context: { words: labelWords([...LABELS, 'orientation']) },
  requireContext: true,
  columnHints: ['sexual orientation', 'sexuality', 'sexual preference', 'orientation sexuelle', '性取向', '性倾向'],
  normalize: (raw: string) => normalizeLexiconValue(raw),
  special: true,
  legal: ['gdpr:art9-1', 'ccpa:1798.140-ae-2-c', 'pipl:art28'],
  examples: {
    match: [
      { text: 'Sexual orientation: bisexual', value: 'bisexual' },
      { text: '{"sexual_orientation": "Gay"}', value: 'Gay' },
      { text: 'Sexuality: heterosexual or straight', value: 'heterosexual or straight' },
      { text: '性取向：同性恋', value: '同性恋' },
      { text: '性取向 异性恋', value: '异性恋' },
      { text: 'Sexual orientation\nLesbian\n', value: 'Lesbian' },
      { text: 'Our client, Ms. Lee, is openly gay and is a member of the Teamsters union.', value: 'gay', note: 'a statement about a person' },
      { text: 'He came out as bisexual in 2019.', value: 'bisexual' },
      { text: '张伟是同性恋者，加入了工会。', value: '同性恋者' },
    ],
    noMatch: [
      { text: 'bisexual', note: 'no label' },
      { text: 'Orientation: straight', note: 'a bare orientation label (a line, a page)' },
      { text: 'The gay pride parade drew thousands; sexuality education was discussed.' },
      { text: 'Sexual orientation: prefer not to say' },
      { text: '同性恋权益的讨论在网上很热烈。', note: 'no label' },
      { text: 'Is gay marriage legal in Taiwan?', note: 'an adjective before a noun' },
      { text: 'The bar is gay-friendly and open late.' },
    ],
  },
});
