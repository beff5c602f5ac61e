import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * @node-rs/jieba's part-of-speech tagger with character offsets. Loading the dictionary takes about half a
 * second, so it happens on the first Chinese sentence that needs it, never at import. jieba returns no
 * offsets: tokens are laid back over the input to find them.
 */
export interface Token {
  word: string;
  /** jieba tag: `nr` person, `ns` place, `nt` organisation, `x` unknown (HMM-found words come back as x). */
  tag: string;
  /** Offsets in the tagged string (UTF-16 code units). */
  start: number;
  end: number;
}

let instance: Jieba | undefined;

function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}

/** Recently tagged sentences: exports and logs repeat lines, and tagging is the costly step. */
const cache = new Map<string, Token[]>();
const CACHE_MAX = 4096;

export function tagWithOffsets(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out = tag(text);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}

function tag(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba().tag(text, true)) {
    const i = text.indexOf(word, at);
    // jieba never rewrites its input; a token not found where expected is skipped rather than misplaced.
    if (i < 0) continue;
    out.push({ word, tag, start: i, end: i + word.length });
    at = i + word.length;
  }
  return out;
}
