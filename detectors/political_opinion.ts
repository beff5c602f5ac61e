import { defineDetector, type DetectorPattern } from '../src/types.js';
import { labelWords, lexiconPatterns, normalizeLexiconValue } from './_lib/lexicon.js';
import { zhProfilePatterns } from './_lib/profile.js';

/**
 * Political opinion: party affiliation or political status as the value of a labelled field or column —
 * `Party affiliation: Democrat`, `政治面貌：中共党员` (the political-status field of every Chinese form:
 * 中共党员, 共青团员, 群众, the eight democratic parties …). Bare party names in prose are not reported
 * (`requireContext`); a bare `party` label is not enough (the parties to a contract).
 *
 * Art. 9 special category. CCPA: personal information only, not SPI (regulations.md §2), cited with the general
 * PI clause (v)(1)(A). PIPL: personal information (Art. 4), not listed in Art. 28. Sensitivity restricted
 * (Art. 9 data), masked whole.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
const LABELS = [
  'political affiliation', 'party affiliation', 'political party', 'political views', 'political view', 'political opinion',
  'political opinions', 'political leaning', 'politics', 'party membership', 'voter party', 'registered party',
  '政治面貌', '党派', '政治立场', '党籍', '政治倾向',
];

// Political status as a profile item; 党员/团员 alone too, a bare party name (民革) is not a person's status.
const PROFILE_STATUS = [
  '中共党员', '中国共产党党员', '中共预备党员', '预备党员', '共产党员', '党员', '共青团员', '团员', '群众', '无党派人士', '无党派', '民革党员',
  '民盟盟员', '民建会员', '民进会员', '农工党党员', '致公党党员', '九三学社社员', '台盟盟员',
];

/**
 * A person's affiliation stated with a word only members and voters take (`she is a registered Democrat`, `a lifelong
 * Republican`, `as a card-carrying Communist`): says whose opinion it is as plainly as a label. `The Democratic
 * senator` and `a Labour MP` stay unreported.
 */
const AFFILIATED: DetectorPattern[] = [
  {
    name: 'statement-en',
    regex: "(?i)(?:\\b(?:is|was|am|are|became|remains|remained|as|and)[ \\t]+|['’](?:s|m)[ \\t]+)an?[ \\t]+(?:registered|lifelong|life-long|card-carrying|staunch|longtime|long-time|paid-up)[ \\t]+(democrat|republican|libertarian|conservative|tory|labour[ \\t]+(?:member|voter|supporter)|liberal[ \\t]+democrat|socialist|communist|green[ \\t]+party[ \\t]+member)\\b",
    score: 0.6,
    group: 1,
    selfContained: true,
  },
];

export default defineDetector({
  id: 'political_opinion',
  name: 'Political opinion',
  category: 'demographic',
  sensitivity: 'restricted',
  description: "Party affiliation or political status as a labelled value, in a column or on a person's profile line (Democrat, Labour, 中共党员, 群众 …).",
  patterns: [
    ...lexiconPatterns(
      {
        latin: [
          'democrat', 'democratic', 'democratic party', 'republican', 'republican party', 'independent', 'libertarian', 'green',
          'green party', 'labour', 'labour party', 'labor', 'conservative', 'conservative party', 'tory', 'liberal', 'liberal democrat',
          'liberal democrats', 'progressive', 'socialist', 'communist', 'social democrat', 'christian democrat', 'reform uk', 'snp',
          'plaid cymru', 'left', 'left-wing', 'right-wing', 'centrist', 'far left', 'far right', 'unaffiliated', 'no party',
        ],
        cjk: [
          '中共党员', '中国共产党党员', '中共预备党员', '预备党员', '共产党员', '党员', '共青团员', '团员', '群众', '民主党派', '无党派人士', '无党派',
          '民革党员', '民盟盟员', '民建会员', '民进会员', '农工党党员', '致公党党员', '九三学社社员', '台盟盟员', '民革', '民盟', '民建', '民进',
          '农工党', '致公党', '九三学社', '台盟',
        ],
        labels: LABELS,
      },
      0.4,
    ),
    // A Chinese profile line lists political status as an item: `王建国，男，汉族，1965年生，中共党员`.
    ...zhProfilePatterns(PROFILE_STATUS, 0.6),
    ...AFFILIATED,
  ],
  keywords: ['political', 'politics', 'party affiliation', 'party membership', 'voter party', 'registered party', '政治面貌', '党派', '政治立场', '党籍', '政治倾向'],
  context: { words: labelWords(LABELS) },
  requireContext: true,
  // zzmm: pinyin initials of 政治面貌 in Chinese schemas.
  columnHints: ['political affiliation', 'party affiliation', 'political party', 'political views', 'political opinion', 'party membership', 'voter party', '政治面貌', '党派', '政治立场', '党籍', 'zzmm'],
  normalize: (raw: string) => normalizeLexiconValue(raw),
  special: true,
  legal: ['gdpr:art9-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      { text: '政治面貌：中共党员', value: '中共党员' },
      { text: '姓名：李四 政治面貌：群众 学历：本科', value: '群众' },
      { text: 'Party affiliation: Democrat', value: 'Democrat' },
      { text: '{"political_party": "Labour"}', value: 'Labour' },
      { text: 'Political views: far left', value: 'far left' },
      { text: '政治面貌\n共青团员\n', value: '共青团员' },
      { text: '王建国，男，汉族，1965年3月生，山东济南人，中共党员，研究生学历。', value: '中共党员', note: 'a profile line' },
      { text: '李梅，女，1972年出生，无党派人士。', value: '无党派人士' },
      { text: 'She is a member of the Teamsters and a registered Democrat; she asked that this not be shared.', value: 'Democrat', note: 'a statement about a person' },
      { text: "He's a lifelong Republican, according to his manager.", value: 'Republican' },
    ],
    noMatch: [
      { text: 'Democrat', note: 'no label' },
      { text: 'The Republican senator spoke to the Labour delegation.' },
      { text: 'Party: Acme Holdings Ltd (the Supplier)', note: 'a party to a contract' },
      { text: '人民群众的利益高于一切。', note: '群众 in a sentence' },
      { text: 'Political party: 2020-11-03' },
      { text: '男女党员干部都要带头。', note: 'no gender item' },
      { text: 'The registered Democrat share of the county fell to 41 %.', note: 'no one is said to be one' },
      { text: 'She is a registered nurse and a Democrat party donor.', note: 'registered before another word' },
    ],
  },
});
