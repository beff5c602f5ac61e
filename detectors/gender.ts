import { defineDetector } from '../src/types.js';
import { labelWords, lexiconPatterns } from './_lib/lexicon.js';
import { zhProfileGenderPattern } from './_lib/profile.js';

/**
 * Gender / sex of a person: male, female, M/F, non-binary …, 男/女/男性/女性, as the value of a labelled field
 * (`Gender: female`, `性别：男`, `"sex": "F"`) or of a gender column. A bare "man" or "female" in prose is not
 * reported: the detector needs a label, a column hint or a header word (`requireContext`), or a Chinese profile
 * line where 男/女 is an item followed by an ethnic group or a birth date (`王建国，男，汉族，1965年生`).
 *
 * Sensitivity `confidential`, not `restricted`, and no `special` flag: gender is not an Art. 9 category, not
 * CCPA SPI and not PIPL Art. 28 sensitive data. regulations.md §2 treats such attributes as quasi-identifiers
 * (the date-of-birth row: singling out, Recital 26; escalation rule "confidential + a second quasi-identifier
 * stays confidential"), and sex is a protected classification under California and federal law, which makes
 * it CCPA PI under §1798.140(v)(1)(C). Transgender status can reveal health or sex life; the lexicon reports
 * it as gender and leaves that judgement to the reader.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
const LABELS = ['gender', 'sex', 'gender identity', 'sex at birth', 'sex assigned at birth', 'assigned sex', 'legal sex', 'biological sex', 'geschlecht', 'sexe', 'sexo', 'sesso', 'geslacht', '性别', '性別'];

export default defineDetector({
  id: 'gender',
  name: 'Gender',
  category: 'demographic',
  sensitivity: 'confidential',
  description: "Gender or sex as a labelled value, in a gender column or on a Chinese profile line (王建国，男，汉族): male/female/M/F/non-binary, 男/女/男性/女性.",
  patterns: [
    ...lexiconPatterns(
      {
        latin: [
          'male', 'female', 'm', 'f', 'man', 'woman', 'men', 'women', 'boy', 'girl', 'non-binary', 'nonbinary', 'genderqueer',
          'genderfluid', 'agender', 'intersex', 'transgender', 'trans man', 'trans woman', 'transgender man', 'transgender woman',
          'männlich', 'weiblich', 'divers', 'masculin', 'féminin', 'masculino', 'femenino', 'femenina', 'maschile', 'femminile',
        ],
        cjk: ['男', '女', '男性', '女性', '男士', '女士', '跨性别', '非二元'],
        labels: LABELS,
      },
      0.4,
    ),
    zhProfileGenderPattern(0.6),
  ],
  keywords: ['gender', 'sex', 'geschlecht', 'sexe', 'sexo', 'sesso', 'geslacht', '性别', '性別'],
  context: { words: labelWords([...LABELS, 'sex code', '性别代码']) },
  requireContext: true,
  // xb / xbdm: the pinyin initials of 性别 / 性别代码, as Chinese government and enterprise schemas name columns.
  columnHints: ['gender', 'sex', 'gender identity', 'sex at birth', 'assigned sex', 'legal sex', 'biological sex', 'gender code', 'sex code', 'geschlecht', 'sexe', 'sexo', '性别', '性別', '性别代码', 'xb', 'xbdm'],
  columnHintExcludes: ['sex offender', 'sex offence', 'sex offense', 'sex life', 'sex education', 'sexual orientation', 'gender pay gap', 'gender ratio'],
  normalize: (raw: string) => {
    const s = raw.trim().toLowerCase().replace(/[\s-]+/g, '');
    if (/^(?:m|male|man|men|boy|männlich|masculin|masculino|maschile|男|男性|男士)$/u.test(s)) return 'male';
    if (/^(?:f|female|woman|women|girl|weiblich|féminin|femenino|femenina|femminile|女|女性|女士)$/u.test(s)) return 'female';
    return s;
  },
  legal: ['gdpr:art4-1', 'gdpr:recital26', 'ccpa:1798.140-v-1-c', 'pipl:art4'],
  examples: {
    match: [
      { text: 'Gender: female', value: 'female' },
      { text: '   Gender               : Male\n   PAN                  : BWHPA3183A', value: 'Male', note: 'a form whose colons are aligned' },
      { text: 'Sex .......... F', value: 'F', note: 'a dot leader' },
      { text: 'Sex: M', value: 'M' },
      { text: '{"name": "Test User", "gender": "non-binary"}', value: 'non-binary' },
      { text: '性别：男', value: '男' },
      { text: '姓名：张三 性别：女 民族：汉族', value: '女' },
      { text: '性别 女性', value: '女性' },
      { text: 'Gender\nMale\n', value: 'Male', note: 'label on the line above' },
      { text: 'Sex at birth: Female; Gender identity: non-binary', value: 'Female', note: 'a qualified sex label' },
      { text: 'Sex assigned at birth: male', value: 'male' },
      { text: '王建国，男，汉族，1965年3月生，山东济南人。', value: '男', note: 'a profile line' },
      { text: '患者王小明，男，45岁，因胸痛入院。', value: '男', note: 'a medical record: gender, then age' },
      { text: '被告人李某某，女，1985年6月12日出生，初中文化。', value: '女' },
      { text: '姓  名：邹建平    性  别：男    年  龄：52岁', value: '男', note: 'a form label spaced out to align it' },
      { text: '性　别：女', value: '女', note: 'full-width blank inside the label' },
    ],
    noMatch: [
      { text: '男女比例约为1:1，45岁以上占三成。', note: '男女 is no item of its own' },
      { text: 'female', note: 'no label' },
      { text: 'Every man and woman deserves gender equality.', note: 'a context word nearby is not a label' },
      { text: 'Sex education is taught in year 9.' },
      { text: 'Gender: 1990-05-12', note: 'a gender field holding a date' },
      { text: '性别平等是妇女权益的重要内容。', note: '女 inside a longer word' },
      { text: 'The female connector fits the male port.' },
      { text: '男，女，老，少都来了。', note: 'no ethnic group or birth item after it' },
      { text: '男女老少，1965年以来都住在这里。', note: '男 is not an item of its own' },
      { text: '两 性 别 女 的 都 来 了', note: 'text spaced out character by character: no colon, no label' },
      { text: '性  别：未填写', note: 'a spaced label without a gender value' },
    ],
  },
});
