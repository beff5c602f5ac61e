import { defineDetector } from '../src/types.js';
import { labelWords, lexiconPatterns } from './_lib/lexicon.js';
import { toSimplified } from '../src/engine/zh-script.js';

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

export default defineDetector({
  id: 'sexual_orientation',
  name: 'Sexual orientation',
  category: 'demographic',
  sensitivity: 'restricted',
  description: 'Sexual orientation as a labelled value or in an orientation column (heterosexual, gay, bisexual, 同性恋 …).',
  patterns: lexiconPatterns(
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
  keywords: ['sexual', 'sexuality', 'orientierung', '性取向', '性倾向', '性向'],
  context: { words: labelWords([...LABELS, 'orientation']) },
  requireContext: true,
  columnHints: ['sexual orientation', 'sexuality', 'sexual preference', 'orientation sexuelle', '性取向', '性倾向'],
  // A value in traditional script (漢族, 佛教徒) is the same value: one fingerprint, one distinct count.
  normalize: (raw: string) => toSimplified(raw).trim().toLowerCase().replace(/\s+/g, ' '),
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
    ],
    noMatch: [
      { text: 'bisexual', note: 'no label' },
      { text: 'Orientation: straight', note: 'a bare orientation label (a line, a page)' },
      { text: 'The gay pride parade drew thousands; sexuality education was discussed.' },
      { text: 'Sexual orientation: prefer not to say' },
      { text: '同性恋权益的讨论在网上很热烈。', note: 'no label' },
    ],
  },
});
