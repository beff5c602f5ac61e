/**
 * The labelled corpus: documents of every kind, in English and Chinese, from one seed. Kinds are visited
 * in shuffled rounds so that every kind is equally represented whatever the document count.
 */
import { DocBuilder, type EvalDoc, type Lang } from './doc.js';
import { Rng } from './prng.js';
import { EN_KINDS } from './templates-en.js';
import { HOLDOUT_EN_KINDS, HOLDOUT_ZH_KINDS } from './templates-holdout.js';
import { ZH_KINDS } from './templates-zh.js';

export interface CorpusOptions {
  seed?: number;
  /** English documents (default 600). */
  en?: number;
  /** Chinese documents (default 320). */
  zh?: number;
  /** The held-back document kinds (templates-holdout.ts) instead of the main ones. */
  holdout?: boolean;
}

export const DEFAULT_SEED = 20240611;

function generate(r: Rng, lang: Lang, kinds: Record<string, (r: Rng, b: DocBuilder) => void>, n: number): EvalDoc[] {
  const names = Object.keys(kinds);
  const docs: EvalDoc[] = [];
  let round: string[] = [];
  for (let i = 0; i < n; i++) {
    if (round.length === 0) round = r.shuffle([...names]);
    const kind = round.pop()!;
    const b = new DocBuilder();
    // One document in eight was saved with Windows line endings.
    if (r.chance(0.125)) b.eol = '\r\n';
    kinds[kind](r, b);
    docs.push(b.build(`${lang}-${String(i).padStart(4, '0')}`, lang, kind));
  }
  return docs;
}

export function generateCorpus(opts: CorpusOptions = {}): EvalDoc[] {
  const seed = opts.seed ?? DEFAULT_SEED;
  // Separate streams per language: changing the English templates does not reshuffle the Chinese corpus.
  const en = generate(new Rng(seed), 'en', opts.holdout ? HOLDOUT_EN_KINDS : EN_KINDS, opts.en ?? 600);
  const zh = generate(new Rng(seed ^ 0x5a5a5a5a), 'zh', opts.holdout ? HOLDOUT_ZH_KINDS : ZH_KINDS, opts.zh ?? 320);
  return [...en, ...zh];
}
