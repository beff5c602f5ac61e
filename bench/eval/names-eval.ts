/**
 * `npm run eval:names`: person names and postal addresses in unlabelled running text (issue 3 item 4),
 * English news-like and Chinese news- and social-media-like documents, scored with exact and overlapping
 * spans, on the tuning split and on the held-back split (different templates and vocabulary, never tuned on).
 *
 * Options: --docs N (documents per language and split, default 300), --seed N, --errors N (errors listed per
 * language, default 0), --split tune|holdout (default both), --json FILE, --peer (also score compromise's own
 * `people()` on the English documents, the JS peer the issue compares with).
 *
 * Real text: --corpus FILE --format inline|conll|iob2|bio [--lang en|zh] [--tag-col N] scores person_name on
 * a labelled file instead (names-gold.ts reads it; documents alternate between tune and holdout). Repeat
 * --corpus for several files. --sentence-docs makes every sentence a document of its own (Weibo NER's posts,
 * which have no document markers: one post's names then say nothing about the next's). The real files in bench/eval/data/ (see its README.md for sources and licences):
 *   npm run eval:names -- --corpus bench/eval/data/uner-en-pud.txt --format inline
 * CoNLL-2003, MSRA, People's Daily or Weibo NER files, whose licences keep them out of this repository, are
 * read as they are distributed (`--format conll`).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateNameDocs, type NameDoc, type NameLang, type Split } from './names-corpus.js';
import { loadGoldDocs, type GoldFormat } from './names-gold.js';
import { f1, NAME_DETECTORS, scoreNameDocs, type Counts } from './names-score.js';
import type { Span } from './score.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '300' },
    seed: { type: 'string', default: '20261122' },
    errors: { type: 'string', default: '0' },
    split: { type: 'string' },
    json: { type: 'string' },
    peer: { type: 'boolean', default: false },
    corpus: { type: 'string', multiple: true },
    format: { type: 'string', default: 'inline' },
    lang: { type: 'string' },
    'tag-col': { type: 'string' },
    'sentence-docs': { type: 'boolean', default: false },
  },
});

/** compromise's people(), as a peer baseline: spans in UTF-16 offsets, trailing punctuation trimmed. */
async function compromisePeople(): Promise<(text: string) => Span[]> {
  const nlp = (await import('compromise')).default;
  return (text: string) =>
    (nlp(text).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((p) => {
      const raw = text.slice(p.offset.start, p.offset.start + p.offset.length);
      const trimmed = raw.replace(/[\s,.;:!?"'’)]+$/u, '');
      return { start: p.offset.start, end: p.offset.start + trimmed.length, detector: 'person_name', value: trimmed, confidence: 1, steps: [] };
    });
}
const peer = values.peer ? await compromisePeople() : null;
const docs = Number(values.docs);
const seed = Number(values.seed);
const splits: Split[] = values.split ? [values.split as Split] : ['tune', 'holdout'];
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (name: string, c: Counts) => {
  const m = f1(c);
  return `${name.padEnd(28)} ${String(c.tp + c.fn).padStart(6)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`;
};

const results: Record<string, unknown> = {};
const gold: NameDoc[] | null = values.corpus
  ? values.corpus.flatMap((f) =>
      loadGoldDocs(f, values.format as GoldFormat, {
        lang: values.lang as NameLang | undefined,
        tagCol: values['tag-col'] === undefined ? undefined : Number(values['tag-col']),
        sentenceDocs: values['sentence-docs'],
      }),
    )
  : null;
for (const split of splits) {
  for (const lang of ['en', 'zh'] as NameLang[]) {
    const corpus = gold ? gold.filter((d) => d.lang === lang && d.split === split) : generateNameDocs(lang, split, docs, seed);
    if (!corpus.length) continue;
    const t0 = performance.now();
    const s = scoreNameDocs(corpus)[lang];
    const ms = performance.now() - t0;
    const bytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    console.log(`\n== ${split} / ${lang === 'en' ? 'English' : 'Chinese'}: ${corpus.length} documents, ${(bytes / 1024).toFixed(0)} KiB, scanned in ${(ms / 1000).toFixed(2)} s ==`);
    console.log(`${'detector (matching)'.padEnd(28)} ${'labels'.padStart(6)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}      P      R     F1`);
    for (const det of gold ? (['person_name'] as const) : NAME_DETECTORS) {
      console.log(row(`${det} (exact)`, s.exact[det]));
      console.log(row(`${det} (overlap)`, s.overlap[det]));
    }
    const n = Number(values.errors);
    if (n > 0) {
      for (const kind of ['fp', 'fn'] as const) {
        const list = s.errors.filter((e) => e.kind === kind && (!gold || e.detector === 'person_name'));
        if (list.length) console.log(`-- ${kind === 'fp' ? 'false positives' : 'false negatives'} (${list.length}) --`);
        for (const e of list.slice(0, n)) console.log(`  ${e.detector.padEnd(15)} [${e.docId}] ${e.context}${e.steps ? `  (${e.steps.join(' · ')})` : ''}`);
      }
    }
    if (peer && lang === 'en') {
      const p = scoreNameDocs(corpus, peer).en;
      console.log(row('compromise people() (exact)', p.exact.person_name));
      console.log(row('compromise people() (overlap)', p.overlap.person_name));
    }
    results[`${split}.${lang}`] = Object.fromEntries(NAME_DETECTORS.flatMap((d) => [[`${d}.exact`, { ...s.exact[d], ...f1(s.exact[d]) }], [`${d}.overlap`, { ...s.overlap[d], ...f1(s.overlap[d]) }]]));
  }
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
