import type { DetectorPattern } from '../../src/types.js';
import { alternation } from './lexicon.js';

/**
 * A person's profile line: the comma-separated layout of Chinese bios, HR records, court judgments and
 * medical records (`王建国，男，汉族，1965年3月生，中共党员`; `被告人李某，男，1985年6月12日出生，汉族，初中文化`),
 * and the clinical opening of English case notes (`a 45-year-old Hispanic male`, `62 y/o Caucasian female`).
 * A value there needs no label: the gender item (男/女) or the age and sex around it say that it describes
 * a person. Patterns built here are `selfContained` (no keyword gate, no context word needed).
 *
 * Items are separated by ，,、; up to three other items (an ethnic group, a birth date, a native place) may stand
 * between the gender item and the value, one between a value before the gender item and it. Each item is whole:
 * `汉族` must be an item of its own, so `汉族人口最多，男女比例` never matches.
 */

/** A Chinese profile item's left and right edges. */
const ITEM_START = '(?:(?m:^)|[，,、；;。 \\t(（：:])';
const ITEM_END = '(?:[，,、；;。 \\t)）\\r]|(?m:$))';
const SEP = '[ \\t]{0,2}[，,、][ \\t]{0,2}';
/** One other item between (a birth date, 山东济南人, 大学学历): no separator or sentence end inside. */
const OTHER_ITEM = `[^，,、；;。\\n]{1,24}${SEP}`;
const GENDER_ITEM = '(?:男|女)';

/** The 56 officially recognised ethnic groups of China, short form (without 族). */
export const ETHNIC_GROUPS_ZH = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
] as const;

/** A birth item of a profile: `1965年3月生`, `1985年6月12日出生`, `1972年出生`, `生于1990年`. */
const BIRTH_ITEM = '(?:[0-9０-９]{4}[年.\\-/][^，,、；;。\\n]{0,12}(?:生|出生)|(?:出生于|生于)[0-9０-９]{4})';

/** An age item (`45岁`, `3周岁`), the usual second item of a medical record or a case report after the gender. */
const AGE_ITEM = `[0-9０-９]{1,3}(?:岁|周岁|歲|週歲)${ITEM_END}`;

/** A value item within three items after, or just before, the gender item of a Chinese profile line. */
export function zhProfilePatterns(values: readonly string[], score: number): DetectorPattern[] {
  const v = alternation(values, false);
  return [
    {
      name: 'profile-zh',
      regex: `${ITEM_START}${GENDER_ITEM}${SEP}(?:${OTHER_ITEM}){0,3}(${v})${ITEM_END}`,
      score,
      group: 1,
      selfContained: true,
    },
    {
      name: 'profile-zh-before-gender',
      regex: `${ITEM_START}(${v})${SEP}(?:${OTHER_ITEM}){0,1}${GENDER_ITEM}${ITEM_END}`,
      score,
      group: 1,
      selfContained: true,
    },
  ];
}

/**
 * The gender item of a Chinese profile line, when the next item (or the one after it) is an ethnic group, a
 * birth date or an age: `王建国，男，汉族`, `被告人李某，男，1985年6月12日出生`, `患者王小明，男，45岁`. A lone 男
 * or 女 elsewhere is not.
 */
export function zhProfileGenderPattern(score: number): DetectorPattern {
  const ethnic = alternation(ETHNIC_GROUPS_ZH.map((g) => `${g}族`), false);
  return {
    name: 'profile-zh',
    regex: `${ITEM_START}(${GENDER_ITEM})${SEP}(?:${OTHER_ITEM}){0,1}(?:(?:${ethnic})${ITEM_END}|${BIRTH_ITEM}|${AGE_ITEM})`,
    score,
    group: 1,
    selfContained: true,
  };
}

/** Age words of an English case note: `45-year-old`, `45 year old`, `45 yo`, `45 y/o`, `45 y.o.`. */
const EN_AGE = '\\b\\d{1,3}(?:[ \\-](?:year|yr)s?[ \\-]old|[ \\t]?(?:y/o|y\\.o\\.|yo)\\b)';
const EN_SEX = '(?:male|female|man|woman|boy|girl|gentleman|lady|infant|child|patient)';

/** `a 45-year-old Hispanic male`: the value between an age and a sex word (latin values, case-insensitive). */
export function enCaseNotePattern(values: readonly string[], score: number): DetectorPattern {
  const v = alternation(values, true);
  return { name: 'case-note', regex: `(?i)${EN_AGE}[ \\t]{1,3}(${v})[ \\t]{1,3}${EN_SEX}\\b`, score, group: 1, selfContained: true };
}
