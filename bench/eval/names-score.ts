/**
 * Span-level scoring of person_name and postal_address on the free-text corpus (names-corpus.ts), with the
 * real engine (every built-in detector, so overlap resolution with the pattern detectors is part of it).
 * Exact: the reported span equals the label. Overlap: they share at least one character (each label and
 * each finding counted once).
 */
import type { NameDoc, NameLang } from './names-corpus.js';
import { findSpans, type Span } from './score.js';

export const NAME_DETECTORS = ['person_name', 'postal_address'] as const;
export type NameDetector = (typeof NAME_DETECTORS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface NameScore {
  exact: Record<NameDetector, Counts>;
  overlap: Record<NameDetector, Counts>;
  errors: { kind: 'fp' | 'fn'; detector: NameDetector; docId: string; text: string; context: string; steps?: string[] }[];
}

const empty = (): Record<NameDetector, Counts> => ({ person_name: { tp: 0, fp: 0, fn: 0 }, postal_address: { tp: 0, fp: 0, fn: 0 } });

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 30), start)}«${text.slice(start, end)}»${text.slice(end, end + 30)}`.replace(/\n/g, '⏎');
}

/** Scores per language. `scan` defaults to the real engine; tests may pass a narrower detector set. */
export function scoreNameDocs(docs: readonly NameDoc[], scan: (text: string) => Span[] = (t) => findSpans(t)): Record<NameLang, NameScore> {
  const out: Record<NameLang, NameScore> = {
    en: { exact: empty(), overlap: empty(), errors: [] },
    zh: { exact: empty(), overlap: empty(), errors: [] },
  };
  for (const doc of docs) {
    const s = out[doc.lang];
    const spans = scan(doc.text);
    for (const det of NAME_DETECTORS) {
      const labels = doc.labels.filter((l) => l.detector === det);
      const found = spans.filter((f) => f.detector === det);
      const exactHit = new Set<number>();
      const foundExact = new Set<number>();
      labels.forEach((l, i) => {
        const j = found.findIndex((f, k) => !foundExact.has(k) && f.start === l.start && f.end === l.end);
        if (j >= 0) {
          exactHit.add(i);
          foundExact.add(j);
        }
      });
      s.exact[det].tp += exactHit.size;
      s.exact[det].fn += labels.length - exactHit.size;
      s.exact[det].fp += found.length - foundExact.size;
      const overlapHit = new Set<number>();
      const foundOverlap = new Set<number>();
      labels.forEach((l, i) => {
        const j = found.findIndex((f, k) => !foundOverlap.has(k) && f.start < l.end && l.start < f.end);
        if (j >= 0) {
          overlapHit.add(i);
          foundOverlap.add(j);
        }
      });
      s.overlap[det].tp += overlapHit.size;
      s.overlap[det].fn += labels.length - overlapHit.size;
      s.overlap[det].fp += found.length - foundOverlap.size;
      labels.forEach((l, i) => {
        if (!exactHit.has(i)) s.errors.push({ kind: 'fn', detector: det, docId: doc.id, text: doc.text.slice(l.start, l.end), context: context(doc.text, l.start, l.end) });
      });
      found.forEach((f, k) => {
        if (!foundExact.has(k)) s.errors.push({ kind: 'fp', detector: det, docId: doc.id, text: doc.text.slice(f.start, f.end), context: context(doc.text, f.start, f.end), steps: f.steps });
      });
    }
  }
  return out;
}
