/**
 * Rewrites of a detector's RE2 source for the engine's own use (the capture-free scan regex, the prefilter
 * Set). Both walk the source the same way: escapes (incl. `\p{…}`, `\x{…}`) and character classes are
 * copied whole, so only real group openers and quantifiers are ever changed.
 */

type Token = { kind: 'escape' | 'class' | 'open' | 'quantifier' | 'char'; text: string };

function* tokens(src: string): Generator<Token> {
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      const braced = (n === 'p' || n === 'P' || n === 'x') && src[i + 2] === '{' ? src.indexOf('}', i + 2) : -1;
      const end = braced >= 0 ? braced + 1 : i + 2;
      yield { kind: 'escape', text: src.slice(i, end) };
      i = end;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      // A ']' right after '[' or '[^' is a literal member of the class.
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      yield { kind: 'class', text: src.slice(i, j + 1) };
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const named = /^\(\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(src.slice(i, i + 40));
      const text = named ? named[0] : src[i + 1] === '?' ? '(?' : '(';
      yield { kind: 'open', text };
      i += text.length;
      continue;
    }
    if (c === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i, i + 24));
      if (q) {
        yield { kind: 'quantifier', text: q[0] };
        i += q[0].length;
        continue;
      }
    }
    yield { kind: 'char', text: c };
    i++;
  }
}

/** The same regex with capturing groups turned into non-capturing ones (named groups too). */
export function stripCaptures(src: string): string {
  let out = '';
  for (const t of tokens(src)) out += t.kind === 'open' && t.text !== '(?' ? '(?:' : t.text;
  return out;
}

/**
 * A necessary condition for the prefilter Set: every repetition bounded above `limit` becomes open-ended
 * with a minimum of at most `limit` (`[A-Za-z0-9]{20,40}` → `[A-Za-z0-9]{16,}`), so the rewritten regex
 * matches wherever the original does. Why: a DFA tracks one counter per bounded repetition, and a Set of
 * many patterns with different character classes holds their product as states. On text made of random
 * tokens (request ids, hashes, base64) the states never repeat and RE2 rebuilds its cache block after
 * block — measured 369 ms/MB for the plain patterns' Set on a token log, 7.7 ms/MB with limit 16, prose
 * unchanged (3.7 → 3.4 ms/MB) for 26 % more flagged blocks, which the exact pattern then clears.
 */
export function relaxRepetitions(src: string, limit: number): string {
  let out = '';
  for (const t of tokens(src)) {
    if (t.kind === 'quantifier') {
      const [lo, hi] = t.text.slice(1, -1).split(',');
      const min = Number(lo);
      const max = hi === undefined ? min : hi === '' ? Infinity : Number(hi);
      if (max > limit) {
        out += `{${Math.min(min, limit)},}`;
        continue;
      }
    }
    out += t.text;
  }
  return out;
}
