/**
 * `npm run eval:names`: person names and postal addresses in unlabelled running text (issue 3 item 4),
 * English news-like and Chinese news- and social-media-like documents, scored with exact and overlapping
 * spans, on the tuning split and on the held-back split (different templates and vocabulary, never tuned on).
 *
 * Options: --docs N (documents per language and split, default 300), --seed N, --errors N (errors listed per
 * language, default 0), --split tune|holdout (default both), --json FILE.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateNameDocs, type NameLang, type Split } from './names-corpus.js';
import { f1, NAME_DETECTORS, scoreNameDocs, type Counts } from './names-score.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '300' },
    seed: { type: 'string', default: '20261122' },
    errors: { type: 'string', default: '0' },
    split: { type: 'string' },
    json: { type: 'string' },
  },
});
const docs = Number(values.docs);
const seed = Number(values.seed);
const splits: Split[] = values.split ? [values.split as Split] : ['tune', 'holdout'];
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (name: string, c: Counts) => {
  const m = f1(c);
  return `${name.padEnd(28)} ${String(c.tp + c.fn).padStart(6)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`;
};

const results: Record<string, unknown> = {};
for (const split of splits) {
  for (const lang of ['en', 'zh'] as NameLang[]) {
    const corpus = generateNameDocs(lang, split, docs, seed);
    const t0 = performance.now();
    const s = scoreNameDocs(corpus)[lang];
    const ms = performance.now() - t0;
    const bytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    console.log(`\n== ${split} / ${lang === 'en' ? 'English' : 'Chinese'}: ${corpus.length} documents, ${(bytes / 1024).toFixed(0)} KiB, scanned in ${(ms / 1000).toFixed(2)} s ==`);
    console.log(`${'detector (matching)'.padEnd(28)} ${'labels'.padStart(6)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}      P      R     F1`);
    for (const det of NAME_DETECTORS) {
      console.log(row(`${det} (exact)`, s.exact[det]));
      console.log(row(`${det} (overlap)`, s.overlap[det]));
    }
    const n = Number(values.errors);
    if (n > 0) {
      for (const kind of ['fp', 'fn'] as const) {
        const list = s.errors.filter((e) => e.kind === kind);
        if (list.length) console.log(`-- ${kind === 'fp' ? 'false positives' : 'false negatives'} (${list.length}) --`);
        for (const e of list.slice(0, n)) console.log(`  ${e.detector.padEnd(15)} [${e.docId}] ${e.context}${e.steps ? `  (${e.steps.join(' · ')})` : ''}`);
      }
    }
    results[`${split}.${lang}`] = Object.fromEntries(NAME_DETECTORS.flatMap((d) => [[`${d}.exact`, { ...s.exact[d], ...f1(s.exact[d]) }], [`${d}.overlap`, { ...s.overlap[d], ...f1(s.overlap[d]) }]]));
  }
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
