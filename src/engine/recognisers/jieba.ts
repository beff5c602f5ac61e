import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

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

/**
 * Both modules are CommonJS that do their work at load (the native binding; dict.js reads 5 MB of
 * dictionary), so they are required here, on first use, and a scan without Chinese names never loads them.
 */
function jieba(): Jieba {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    instance = JiebaClass.withDict(dict);
  }
  return instance;
}

/** Recently tagged sentences: exports and logs repeat lines, and tagging is the costly step. */
const cache = new Map<string, Token[]>();
const CACHE_MAX = 512;

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
