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

export function tagWithOffsets(text: string): Token[] {
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
