import type { DetectorPattern } from '../../src/types.js';
import { toSimplified } from '../../src/engine/zh-script.js';

/**
 * Patterns for value lexicons (gender, ethnicity, religion, conditions …): words that are personal data only
 * because of the label in front of them. A bare "White", "Catholic" or 汉族 in prose says nothing, and a
 * context word somewhere in the window is not enough either ("every man and woman deserves gender equality"),
 * so a value is matched only where it is plainly the value of a field:
 *
 * - `labelled-*`: right after a label and a separator — `Gender: female`, `"religion": "Buddhist"`,
 *   `民族：汉族`, `性别 男` (Chinese labels need no separator: ID cards print `民族 汉`);
 * - `alone-*`: the whole content of a cell or line — a column value scanned with its header as context, or a
 *   value under a label on the line above.
 *
 * The value is capture group 1. Detectors using these set `requireContext`, so an `alone` match counts only
 * with a column hint, a header word or a label on the line above, and `keywords` so that text without any
 * label costs nothing. Latin words match whole words, case-insensitively; a Chinese term must not run on
 * into another Han character (`汉族人口` is not a value) unless `cjkOpenEnd` says terms may be followed by
 * more of a compound (`高血压病`, `2型糖尿病伴并发症`).
 */
export interface LexiconSpec {
  /** Latin-script values; a space matches 1–3 spaces or tabs, a hyphen is optional. */
  latin?: string[];
  /** Chinese values (literal). */
  cjk?: string[];
  /** Field labels followed by a separator (`:` `：` `=` tab, JSON quotes allowed); Chinese labels need none. */
  labels: string[];
  /** Phrases that introduce a value with no separator (`diagnosed with`, `患有`). */
  phrases?: string[];
  /** A Chinese term may run on into more Han characters, and up to six may precede it after a label. */
  cjkOpenEnd?: boolean;
  /** Up to this many qualifier words may come between a label and a Latin value (`Diagnosis: severe asthma`). */
  latinQualifiers?: number;
  /** In a cell / line, text may follow a Latin value (`Hypertension, stage 2`). */
  latinTrailing?: boolean;
  /** Extra raw RE2 value alternatives (already regex), e.g. an ICD-10 code shape. */
  rawValues?: string[];
  /**
   * Values come in lists after one label or phrase (`diagnosed with asthma and hypertension`, `Medications:
   * metformin, lisinopril`, `Conditions: asthma; anxiety`, `患有高血压和糖尿病`): the second and third items are values too. Not for fields
   * whose form prompt lists the choices (`Gender: male or female`).
   */
  lists?: boolean;
}

const isCjk = (s: string) => /\p{Script=Han}/u.test(s);

/**
 * The normal form of a lexicon value: simplified script (維吾爾族 = 维吾尔族, 詐騙罪 = 诈骗罪: one fingerprint, one
 * distinct count), trimmed, lower case, blanks folded — and apostrophes too with `apostrophes` (`Jehovah's`).
 */
export function normalizeLexiconValue(raw: string, apostrophes = false): string {
  return toSimplified(raw)
    .trim()
    .toLowerCase()
    .replace(apostrophes ? /[\s’']+/g : /\s+/g, ' ');
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so RE2's leftmost-first alternation prefers `type 2 diabetes` over `diabetes`. */
export function alternation(words: readonly string[], latin: boolean): string {
  const uniq = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return uniq
    .map((w) => {
      let e = escapeRe(w);
      if (latin) e = e.replace(/ /g, '[ \\t]{1,3}').replace(/-/g, '[\\- ]?').replace(/'/g, "['’]?");
      return e;
    })
    .join('|');
}

function labelAlternation(labels: readonly string[]): { latin: string; cjk: string } {
  const latin = labels.filter((l) => !isCjk(l)).map((l) => escapeRe(l).replace(/ /g, '[ _\\-]?'));
  const cjk = labels.filter(isCjk).map(escapeRe);
  const sort = (a: string[]) => [...new Set(a)].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).join('|');
  return { latin: sort(latin), cjk: sort(cjk) };
}

export function lexiconPatterns(spec: LexiconSpec, score: number): DetectorPattern[] {
  const out: DetectorPattern[] = [];
  const { latin: latinLabels, cjk: cjkLabels } = labelAlternation(spec.labels);
  const phrases = (spec.phrases ?? []).filter((p) => !isCjk(p)).map((p) => escapeRe(p).replace(/ /g, '[ \\t]{1,3}'));
  const cjkPhrases = (spec.phrases ?? []).filter(isCjk).map(escapeRe);
  const prefixes: string[] = [];
  // The colon may sit far from its label in a form whose values are aligned (`Gender               : Male`), or a
  // dot leader may stand for it (`Religion ........ Hindu`).
  if (latinLabels) prefixes.push(`\\b(?:${latinLabels})["']?(?:[ \\t]{0,24}[:：=\\t]|[ \\t]{0,3}(?:\\.{2,64}|…{1,32}))[ \\t]{0,3}["']?`);
  if (phrases.length) prefixes.push(`\\b(?:${phrases.join('|')})[ \\t]{1,3}`);
  if (cjkLabels) prefixes.push(`(?:${cjkLabels})["']?[ \\t]{0,3}[:：=]?[ \\t]{0,3}["']?`);
  if (cjkPhrases.length) prefixes.push(`(?:${cjkPhrases.join('|')})[ \\t]{0,3}`);
  const prefix = `(?:${prefixes.join('|')})`;
  // Printed forms space a short label's characters out, with blanks or full-width ones (U+3000), to align it with
  // longer ones (`性  别：男`, `宗  教：无`). Such a label, with its colon, is the field's own label, so the match
  // carries its evidence (selfContained): the context words, written without the blanks, cannot vouch for it.
  // Without the colon, text spaced out character by character (`两 性 别 女 的`) would read as labels.
  const spaced = spec.labels
    .filter((l) => isCjk(l) && [...l].length >= 2 && [...l].length <= 3)
    .map((l) => [...l].map(escapeRe).join('[ \\t\u3000]{1,4}'));
  const spacedPrefix = spaced.length ? `(?:${spaced.join('|')})[ \\t\u3000]{0,3}[:：][ \\t\u3000]{0,3}` : '';

  const latinVals = [spec.latin?.length ? alternation(spec.latin, true) : '', ...(spec.rawValues ?? [])].filter(Boolean).join('|');
  if (latinVals) {
    const q = spec.latinQualifiers ? `(?:[A-Za-z][A-Za-z\\-]{0,19}[ \\t]{1,2}){0,${spec.latinQualifiers}}` : '';
    // Qualifiers as few as possible: with greedy ones, `diagnosed with asthma and diabetes` took `asthma and` for
    // the qualifiers of `diabetes` and lost the first value.
    out.push({ name: 'labelled', regex: `(?i)${prefix}${q ? `${q}?` : ''}(${latinVals})\\b`, score, group: 1 });
    // A few more words (`Hypertension, stage 2`, `metformin 500 mg twice daily`), never a sentence.
    const tail = spec.latinTrailing ? `(?:[ \\t,;:()/\\-]{1,3}[A-Za-z0-9.]{1,20}){0,4}[ \\t).]*` : `["']?[ \\t]{0,3}[,;.]?`;
    out.push({ name: 'alone', regex: `(?im)^[ \\t]{0,8}["']?${q}(${latinVals})\\b${tail}[ \\t\\r]*$`, score, group: 1 });
    if (spec.lists) {
      // Commas or semicolons (`Conditions: asthma; anxiety disorder`), and / or / &.
      const sep = '(?:[ \\t]{0,2}[,;][ \\t]{1,3}(?:(?:and|or)[ \\t]{1,3})?|[ \\t]{1,3}(?:and|or|&)[ \\t]{1,3})';
      // Qualifiers as few as possible (lazy), or `and hypertension` would pass for the qualifiers of the next item.
      const lq = q ? `${q}?` : '';
      const item = `${lq}(?:${latinVals})\\b`;
      out.push({ name: 'listed-2', regex: `(?i)${prefix}${item}${sep}${lq}(${latinVals})\\b`, score, group: 1 });
      out.push({ name: 'listed-3', regex: `(?i)${prefix}${item}${sep}${item}${sep}${lq}(${latinVals})\\b`, score, group: 1 });
    }
  }
  if (spec.cjk?.length) {
    const vals = alternation(spec.cjk, false);
    if (spacedPrefix) {
      const value = spec.cjkOpenEnd ? `\\p{Han}{0,6}?(${vals})` : `(${vals})(?:[^\\p{Han}]|$)`;
      out.push({ name: 'labelled-zh-spaced', regex: `${spacedPrefix}${value}`, score: score + 0.2, group: 1, selfContained: true });
    }
    if (spec.cjkOpenEnd) {
      // Case notes number the items after a label (`入院诊断：1. 冠心病 2. 高血压3级`).
      const itemNo = '(?:[0-9]{1,2}[.、．)）][ \\t]*)?';
      out.push({ name: 'labelled-zh', regex: `${prefix}${itemNo}\\p{Han}{0,6}?(${vals})`, score, group: 1 });
      // A compound in a cell (`原发性高血压（3级）`, `2型糖尿病伴并发症`), never a sentence (no 。，).
      out.push({ name: 'alone-zh', regex: `(?m)^[ \\t]{0,8}["']?\\p{Han}{0,6}?(${vals})[^\\n。，,；;！？!?]{0,16}["']?[ \\t\\r]*$`, score, group: 1 });
      if (spec.lists) {
        // An item may carry its own detail before the next one (`高血压病史10年，糖尿病病史6年`, `冠心病 不稳定型心绞痛
        // 2. 高血压`): up to 16 characters, never past the end of the sentence.
        const sep = `[^。！？!?\\n]{0,16}?(?:[、，,；;和及与或/]|[ \\t]{1,4})[ \\t]{0,2}${itemNo}\\p{Han}{0,6}?`;
        // The k-th item of a list, up to the fifth: a diagnosis line names its secondary conditions after the first.
        for (let k = 2; k <= 5; k++) {
          const before = k > 2 ? `(?:${sep}(?:${vals})){${k - 2}}` : '';
          out.push({ name: `listed-zh-${k}`, regex: `${prefix}${itemNo}\\p{Han}{0,6}?(?:${vals})${before}${sep}(${vals})`, score, group: 1 });
        }
      }
    } else {
      out.push({ name: 'labelled-zh', regex: `${prefix}(${vals})(?:[^\\p{Han}]|$)`, score, group: 1 });
      out.push({ name: 'alone-zh', regex: `(?m)^[ \\t]{0,8}["']?(${vals})["']?[ \\t]{0,3}[，,；;。.]?[ \\t\\r]*$`, score, group: 1 });
    }
  }
  return out;
}

/**
 * Context words for a list of labels: each multi-word Latin label also as written in keys and column names
 * (`prior_convictions`, `face-embedding`, `sexualorientation`), since context words match whole words only.
 */
export function labelWords(labels: readonly string[]): string[] {
  const out = new Set<string>();
  for (const l of labels) {
    const w = l.toLowerCase();
    out.add(w);
    if (w.includes(' ') && !isCjk(w)) {
      out.add(w.replace(/ /g, '_'));
      out.add(w.replace(/ /g, '-'));
      out.add(w.replace(/ /g, ''));
    }
  }
  return [...out];
}
