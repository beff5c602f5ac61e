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

/** Context words found in the text around a match (before and after windows, lower-cased). */
export function findContextWords(ctx: CompiledContext, before: string, after: string): string[] {
  const found: string[] = [];
  const b = before.toLowerCase();
  const a = after.toLowerCase();
  for (const w of ctx.latin) {
    if (hasWholeWord(b, w) || hasWholeWord(a, w)) found.push(w);
  }
  for (const w of ctx.other) {
    if (b.includes(w) || a.includes(w)) found.push(w);
  }
  return found;
}

/** Context words in a column header: the whole header is context. */
export function findContextInHeader(ctx: CompiledContext, header: string): string[] {
  return findContextWords(ctx, header, '');
}
