/**
 * Scoring: runs the real engine over each document and compares findings with the labels. A finding is a
 * true positive only when its detector and its exact span match a label; a partial overlap counts as both a
 * false positive and a false negative, and so does the right span under the wrong detector.
 */
import { scanTextSync } from '../../src/engine/scan-text.js';
import type { Finding } from '../../src/types.js';
import type { EvalDoc, Lang } from './doc.js';

export interface Span {
  start: number;
  end: number;
  detector: string;
  value: string;
  confidence: number;
  steps: string[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface ErrorCase {
  kind: 'fp' | 'fn';
  detector: string;
  docId: string;
  docKind: string;
  value: string;
  /** Why: the distractor type or label it fell on, or what was found instead of the label. */
  reason: string;
  /** The line around the value, with the value between « ». */
  context: string;
  confidence?: number;
  steps?: string[];
}

export interface LangScore {
  docs: number;
  labels: number;
  distractors: number;
  tallies: Map<string, Tally>;
  errors: ErrorCase[];
}

export interface ScoreOptions {
  minConfidence?: number;
  /** Restrict the scan to these detector ids or globs (default: every built-in detector). */
  detectors?: string[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Findings of one document as string offsets (UTF-16 units, the unit of finding columns). */
export function findSpans(text: string, opts: ScoreOptions = {}): Span[] {
  const { findings } = scanTextSync(text, {
    showValues: true,
    minConfidence: opts.minConfidence,
    detectors: opts.detectors,
    fingerprintKey: 'piiscan-eval-not-secret',
  });
  const starts = lineStarts(text);
  return findings.map((f: Finding) => {
    if (f.location.kind !== 'file') throw new Error('text scan returned a non-file location');
    const start = starts[f.location.line - 1] + f.location.column - 1;
    const end = starts[f.location.endLine - 1] + f.location.endColumn - 1;
    return { start, end, detector: f.detector, value: f.value ?? text.slice(start, end), confidence: f.confidence, steps: f.evidence.steps ?? [] };
  });
}

/** The value's line (cut to ±70 characters), the value marked « ». */
export function contextOf(text: string, start: number, end: number): string {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  if (le > ls && text[le - 1] === '\r') le--;
  const a = Math.max(ls, start - 70);
  const z = Math.min(le, end + 70);
  return `${a > ls ? '…' : ''}${text.slice(a, start)}«${text.slice(start, end)}»${text.slice(end, z)}${z < le ? '…' : ''}`.replace(/\t/g, '⇥');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function tally(m: Map<string, Tally>, det: string): Tally {
  let t = m.get(det);
  if (!t) {
    t = { tp: 0, fp: 0, fn: 0 };
    m.set(det, t);
  }
  return t;
}

const UNLABELLED_HERE = new Set(['person_name', 'postal_address', 'gender', 'ethnicity']);

/** Scores one document into `into`. */
export function scoreDoc(doc: EvalDoc, spans: Span[], into: LangScore): void {
  const matched = new Set<number>();
  for (const s of spans) {
    // Names, addresses, gender and ethnicity are not labelled in this corpus (`npm run eval:names` and the
    // detector tests measure them): one counts against precision only where it covers another label.
    if (UNLABELLED_HERE.has(s.detector) && !doc.labels.some((l) => overlaps(l, s))) continue;
    const li = doc.labels.findIndex((l) => l.start === s.start && l.end === s.end && l.detector === s.detector);
    if (li >= 0 && !matched.has(li)) {
      matched.add(li);
      tally(into.tallies, s.detector).tp++;
      continue;
    }
    tally(into.tallies, s.detector).fp++;
    const label = doc.labels.find((l) => overlaps(l, s));
    const d = doc.distractors.find((x) => overlaps(x, s));
    let reason: string;
    if (label && label.start === s.start && label.end === s.end) reason = `label of ${label.detector}`;
    else if (label) reason = `partial overlap with ${label.detector} «${label.value}»`;
    else if (d) reason = `distractor ${d.type}`;
    else reason = 'unlabelled text';
    into.errors.push({ kind: 'fp', detector: s.detector, docId: doc.id, docKind: doc.kind, value: s.value, reason, context: contextOf(doc.text, s.start, s.end), confidence: s.confidence, steps: s.steps });
  }
  doc.labels.forEach((l, i) => {
    if (matched.has(i)) return;
    tally(into.tallies, l.detector).fn++;
    const other = spans.filter((s) => overlaps(l, s));
    const reason = other.length === 0 ? `missed (${l.variant})` : `found instead: ${other.map((o) => `${o.detector} «${o.value}» ${o.confidence}`).join(', ')} (${l.variant})`;
    into.errors.push({ kind: 'fn', detector: l.detector, docId: doc.id, docKind: doc.kind, value: l.value, reason, context: contextOf(doc.text, l.start, l.end) });
  });
}

export function emptyScore(): LangScore {
  return { docs: 0, labels: 0, distractors: 0, tallies: new Map(), errors: [] };
}

export function scoreCorpus(docs: readonly EvalDoc[], opts: ScoreOptions = {}): Record<Lang, LangScore> {
  const out: Record<Lang, LangScore> = { en: emptyScore(), zh: emptyScore() };
  for (const doc of docs) {
    const s = out[doc.lang];
    s.docs++;
    s.labels += doc.labels.length;
    s.distractors += doc.distractors.length;
    scoreDoc(doc, findSpans(doc.text, opts), s);
  }
  return out;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(t: Tally): Prf {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
