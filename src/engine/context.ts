import type { CompiledContext } from './compile.js';

function hasWholeWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(word, from);
    if (i < 0) return false;
    // Only letters in Latin scripts count as word neighbours: "身份证ssn" still names an SSN.
    const before = haystack[i - 1];
    const after = haystack[i + word.length];
    const latinNeighbour = (ch: string | undefined) => ch !== undefined && /[a-z0-9_]/i.test(ch);
    if (!latinNeighbour(before) && !latinNeighbour(after)) return true;
    from = i + 1;
  }
}

function findWords(latin: readonly string[], other: readonly string[], texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const w of latin) if (texts.some((t) => hasWholeWord(t, w))) found.push(w);
  for (const w of other) if (texts.some((t) => t.includes(w))) found.push(w);
  return found;
}

export interface ContextHits {
  /** Words on the match's own line (before or after it). */
  sameLine: string[];
  /** Words only on the line above (a label on its own line). */
  lineAbove: string[];
  negative: string[];
}

/** Context words around a match; `above` is the previous line's tail, `before`/`after` the match's own line. */
export function findContext(ctx: CompiledContext, above: string, before: string, after: string): ContextHits {
  const a = above.toLowerCase();
  const b = before.toLowerCase();
  const f = after.toLowerCase();
  const sameLine = findWords(ctx.latin, ctx.other, [b, f]);
  const lineAbove = findWords(ctx.latin, ctx.other, [a]).filter((w) => !sameLine.includes(w));
  const negative = ctx.negativeLatin.length || ctx.negativeOther.length ? findWords(ctx.negativeLatin, ctx.negativeOther, [b, f]) : [];
  return { sameLine, lineAbove, negative };
}

/** Context words in a column header: the whole header is context. */
export function findContextInHeader(ctx: CompiledContext, header: string): string[] {
  return findWords(ctx.latin, ctx.other, [header.toLowerCase()]);
}
