import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/eval/corpus.js';
import { DocBuilder, dist, pii } from '../../bench/eval/doc.js';
import { emptyScore, findSpans, prf, scoreCorpus, scoreDoc } from '../../bench/eval/score.js';

/** Smoke test of the evaluation harness (`npm run eval`) on a tiny corpus: labels are exact, scoring counts right. */
describe('bench/eval', () => {
  it('builds labels whose spans hold their values', () => {
    const docs = generateCorpus({ seed: 1, en: 4, zh: 2 });
    expect(docs).toHaveLength(6);
    const again = generateCorpus({ seed: 1, en: 4, zh: 2 });
    expect(again.map((d) => d.text)).toEqual(docs.map((d) => d.text));
    for (const d of docs) {
      for (const l of [...d.labels, ...d.distractors]) expect(d.text.slice(l.start, l.end)).toBe(l.value);
    }
    expect(docs.some((d) => d.labels.length > 0)).toBe(true);
  });

  it('counts exact spans as hits and partial or foreign spans as errors', () => {
    const doc = new DocBuilder()
      .line`Mail ${pii('email', 'jane.roe@example.com')} or call ${pii('phone', '(415) 555-2671')}.`
      .line`Upgrade to version ${dist('version', '1.2.3.4')} today; SSN ${pii('us.ssn', '000-12-3456')} is void.`
      .build('t-1', 'en', 'test');
    const spans = findSpans(doc.text);
    const s = emptyScore();
    scoreDoc(doc, spans, s);
    expect(s.tallies.get('email')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.tallies.get('phone')).toEqual({ tp: 1, fp: 0, fn: 0 });
    // Area 000 is never issued: the label is (deliberately) unreachable, so it counts as a miss.
    expect(s.tallies.get('us.ssn')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.errors.find((e) => e.kind === 'fn')?.context).toContain('«000-12-3456»');
    expect(prf({ tp: 1, fp: 1, fn: 0 })).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });

  it('scores a generated corpus per language', () => {
    const scores = scoreCorpus(generateCorpus({ seed: 2, en: 3, zh: 2 }));
    expect(scores.en.docs).toBe(3);
    expect(scores.zh.docs).toBe(2);
    const tp = [...scores.en.tallies.values(), ...scores.zh.tallies.values()].reduce((n, t) => n + t.tp, 0);
    expect(tp).toBeGreaterThan(0);
  });
});
