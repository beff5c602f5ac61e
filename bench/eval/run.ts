/**
 * `npm run eval`: generate the labelled corpus, scan it with the real engine, print per-detector precision,
 * recall and F1 (English and Chinese separately), the top false positives and false negatives with their
 * context, and the detection rates on the shared identifier lists.
 *
 * Options: --seed N, --en N, --zh N (document counts), --top N (error examples per detector),
 * --min-confidence X, --json FILE (machine-readable results), --dump FILE (the corpus as JSON lines),
 * --no-identifiers, --only-errors DETECTOR (list every error of one detector), --holdout (the held-back
 * document kinds of templates-holdout.ts, never used to tune the detectors).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from './corpus.js';
import type { Lang } from './doc.js';
import { scoreIdentifierLists, type ListScore } from './identifiers.js';
import { prf, scoreCorpus, type ErrorCase, type LangScore } from './score.js';

const USAGE = `npm run eval -- [options]
  --seed N             corpus seed (default ${DEFAULT_SEED})
  --en N, --zh N       English / Chinese documents (default 600 / 320)
  --holdout            the held-back document kinds (bench/eval/templates-holdout.ts), never used for tuning
  --top N              error examples listed per detector (default 6)
  --only-errors ID     list every error of one detector
  --min-confidence X   reporting threshold (default: the engine's, 0.5)
  --json FILE          machine-readable results
  --dump FILE          the corpus as JSON lines (text, labels, distractors)
  --no-identifiers     skip the shared identifier lists (PIISCAN_VECTORS_DIR overrides their location)`;

/** Targets of the held-out evaluation (F1 per detector in running text). */
export const TARGETS: Record<string, number> = {
  email: 0.95,
  credit_card: 0.95,
  iban: 0.9,
  ip_address: 0.9,
  'us.ssn': 0.9,
  phone: 0.85,
};

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function table(lang: Lang, s: LangScore): string {
  const rows = [...s.tallies.entries()].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn) || a[0].localeCompare(b[0]));
  const out = [
    `\n== ${lang === 'en' ? 'English' : 'Chinese'}: ${s.docs} documents, ${s.labels} labelled values, ${s.distractors} distractors ==`,
    `${'detector'.padEnd(20)} ${'labels'.padStart(6)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}     P      R     F1  target`,
  ];
  let all = { tp: 0, fp: 0, fn: 0 };
  for (const [det, t] of rows) {
    const m = prf(t);
    const target = TARGETS[det];
    const mark = target === undefined ? '' : `${target.toFixed(2)} ${m.f1 >= target ? 'ok' : 'BELOW'}`;
    out.push(`${det.padEnd(20)} ${String(t.tp + t.fn).padStart(6)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${mark}`);
    all = { tp: all.tp + t.tp, fp: all.fp + t.fp, fn: all.fn + t.fn };
  }
  const m = prf(all);
  out.push(`${'(all)'.padEnd(20)} ${String(all.tp + all.fn).padStart(6)} ${String(all.tp).padStart(5)} ${String(all.fp).padStart(5)} ${String(all.fn).padStart(5)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`);
  return out.join('\n');
}

function errors(lang: Lang, s: LangScore, top: number, only?: string): string {
  const out: string[] = [];
  for (const kind of ['fp', 'fn'] as const) {
    const byDet = new Map<string, ErrorCase[]>();
    for (const e of s.errors) if (e.kind === kind && (!only || e.detector === only)) byDet.set(e.detector, [...(byDet.get(e.detector) ?? []), e]);
    if (byDet.size === 0) continue;
    out.push(`\n-- ${lang}: ${kind === 'fp' ? 'false positives' : 'false negatives'} --`);
    for (const [det, list] of [...byDet.entries()].sort((a, b) => b[1].length - a[1].length)) {
      // Group by reason (the distractor type or label variant), most frequent first.
      const reasons = new Map<string, number>();
      for (const e of list) {
        const key = e.reason.replace(/«[^»]*»/g, '«…»').replace(/ [0-9.]+(?=,|\s\(|$)/g, '');
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
      const summary = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${n}× ${k}`).join('; ');
      out.push(`${det} (${list.length}): ${summary}`);
      for (const e of list.slice(0, only ? list.length : top)) {
        out.push(`    [${e.docId} ${e.docKind}] ${e.context}${e.confidence !== undefined ? `  (${e.confidence}: ${e.steps?.join(' · ')})` : `  — ${e.reason}`}`);
      }
    }
  }
  return out.join('\n');
}

function identifierTable(list: ListScore[]): string {
  const out = ['\n== Identifier lists (each value alone, every detector on) ==', `${'list'.padEnd(28)} ${'n'.padStart(4)}  right detector   any detector`];
  let validN = 0;
  let validHit = 0;
  let badN = 0;
  let badSelf = 0;
  let badAny = 0;
  for (const s of list) {
    out.push(`${`${s.detector}.${s.kind}`.padEnd(28)} ${String(s.total).padStart(4)}  ${pct(s.bySelf / s.total)} %       ${pct(s.byAny / s.total)} %${s.examples.length > 0 ? `   e.g. ${s.examples.slice(0, 2).join(' | ')}` : ''}`);
    if (s.kind === 'valid') {
      validN += s.total;
      validHit += s.bySelf;
    } else {
      badN += s.total;
      badSelf += s.bySelf;
      badAny += s.byAny;
    }
  }
  out.push(`valid reported by the right detector: ${validHit}/${validN} = ${pct(validHit / validN)} % (target ≥ 95 %)`);
  out.push(`look-alikes reported by their detector: ${badSelf}/${badN} = ${pct(badSelf / badN)} %; by any detector: ${badAny}/${badN} = ${pct(badAny / badN)} % (target ≤ 2 %)`);
  return out.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      en: { type: 'string' },
      zh: { type: 'string' },
      top: { type: 'string' },
      'min-confidence': { type: 'string' },
      json: { type: 'string' },
      dump: { type: 'string' },
      'no-identifiers': { type: 'boolean' },
      'only-errors': { type: 'string' },
      holdout: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const t0 = Date.now();
  const docs = generateCorpus({
    seed: num(values.seed, DEFAULT_SEED),
    en: num(values.en, 600),
    zh: num(values.zh, 320),
    holdout: values.holdout === true,
  });
  if (values.dump) writeFileSync(values.dump, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const scores = scoreCorpus(docs, { minConfidence: values['min-confidence'] === undefined ? undefined : Number(values['min-confidence']) });
  const top = num(values.top, 6);
  for (const lang of ['en', 'zh'] as const) {
    console.log(table(lang, scores[lang]));
  }
  for (const lang of ['en', 'zh'] as const) console.log(errors(lang, scores[lang], top, values['only-errors']));
  let lists: ListScore[] = [];
  if (!values['no-identifiers']) {
    lists = scoreIdentifierLists();
    console.log(identifierTable(lists));
  }
  console.log(`\n(${docs.length} documents, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (values.json) {
    const json = {
      seed: num(values.seed, DEFAULT_SEED),
      languages: Object.fromEntries(
        (['en', 'zh'] as const).map((lang) => [
          lang,
          {
            docs: scores[lang].docs,
            labels: scores[lang].labels,
            distractors: scores[lang].distractors,
            detectors: Object.fromEntries([...scores[lang].tallies.entries()].map(([d, t]) => [d, { ...t, ...prf(t) }])),
          },
        ]),
      ),
      identifiers: lists,
    };
    writeFileSync(values.json, JSON.stringify(json, null, 2) + '\n');
  }
}

main();
