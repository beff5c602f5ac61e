import { S2HK_PAIRS, S2TW_PAIRS, T2S_PAIRS } from './zh-script.generated.js';

/**
 * Traditional Chinese (Hong Kong, Taiwan, Macau) read with the simplified-script lexicons: a line is converted
 * character for character before the Chinese recognisers read it, and every Chinese context word, keyword and
 * column hint also matches in its traditional forms. The tables (zh-script.generated.ts, from OpenCC) map one
 * BMP character to one, so a converted string has the original's offsets.
 */

let t2s: Uint16Array | undefined;
/** Characters that only traditional script writes (not also simplified ones in their own right, like 著 or 乾). */
let traditionalOnly: Uint8Array | undefined;

function tables(): { t2s: Uint16Array; only: Uint8Array } {
  if (!t2s || !traditionalOnly) {
    t2s = new Uint16Array(0x10000);
    traditionalOnly = new Uint8Array(0x10000);
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t2s[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
    // A character only traditional script writes is one that a simplified character turns into (后 → 後, 里 → 裡)
    // and that is not a simplified character itself; 著 and 乾 are no such targets, so they do not mark a line.
    const simplified = new Set<number>();
    for (let i = 0; i + 1 < S2TW_PAIRS.length; i += 2) simplified.add(S2TW_PAIRS.charCodeAt(i));
    for (const pairs of [S2TW_PAIRS, S2HK_PAIRS]) {
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const c = pairs.charCodeAt(i + 1);
        if (!simplified.has(c)) traditionalOnly[c] = 1;
      }
    }
  }
  return { t2s, only: traditionalOnly };
}

/** True when the text holds a character only traditional script writes (說, 陳, 們). */
export function hasTraditional(text: string): boolean {
  const { only } = tables();
  for (let i = 0; i < text.length; i++) if (only[text.charCodeAt(i)]) return true;
  return false;
}

/**
 * The text in simplified characters when it is written in traditional ones, else the text itself. Same length,
 * same offsets. Text without a traditional-only character is left alone: 著 and 乾 are simplified characters
 * too, and mean something else there.
 */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  const { t2s: map, only } = tables();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Only the characters simplified script never writes: 著名 stays 著名, where a character table would say 着名.
    const to = only[c] ? map[c] : 0;
    if (!to) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Simplified → Taiwan, simplified → Hong Kong. */
let regions: Map<string, string>[] | undefined;

function pairMap(pairs: string): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) m.set(pairs[i], pairs[i + 1]);
  return m;
}

/**
 * The Taiwan and Hong Kong spellings of a simplified word (电话 → 電話) or character (号 → 號), without the word
 * itself; [] when none.
 */
export function traditionalForms(word: string): string[] {
  if (!/\p{Script=Han}/u.test(word)) return [];
  regions ??= [pairMap(S2TW_PAIRS), pairMap(S2HK_PAIRS)];
  const out = new Set<string>();
  for (const m of regions) {
    let t = '';
    for (const c of word) t += m.get(c) ?? c;
    if (t !== word) out.add(t);
  }
  return [...out];
}

/** A word list with every word's traditional forms added after it. */
export function withTraditional(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) out.push(w, ...traditionalForms(w));
  return out;
}

/**
 * A regex source whose Chinese literals also match their traditional forms: `号` outside a class becomes `[号號]`,
 * inside one (`[日号]`) the forms are added to it. Escapes and `\p{…}` are left as they are.
 */
export function withTraditionalRegex(source: string): string {
  if (!/\p{Script=Han}/u.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      // An escape, with its `{…}` when it is \p{…}, \P{…} or \x{…}.
      let j = i + 2;
      if (source[j] === '{') j = source.indexOf('}', j) + 1 || source.length;
      out += source.slice(i, j);
      i = j - 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const forms = traditionalForms(c);
    if (forms.length === 0) out += c;
    else out += inClass ? c + forms.join('') : `[${c}${forms.join('')}]`;
  }
  return out;
}
