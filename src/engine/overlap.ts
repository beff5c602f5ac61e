import { applyAmbiguity, type Scored } from './score.js';

export interface Candidate extends Scored {
  detectorIndex: number;
  detectorId: string;
  start: number;
  end: number;
  raw: string;
  normalized: string;
  /** Bytes from the value to the nearest context word on its line (context.ts); absent or Infinity: none. */
  contextGap?: number;
}

function rank(c: Candidate): number[] {
  // validated > longer span > higher confidence; detector id order breaks the last ties (stable output).
  return [c.evidence.validator === 'valid' ? 1 : 0, c.end - c.start, c.confidence];
}

function better(a: Candidate, b: Candidate): boolean {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) {
    if (ra[i] !== rb[i]) return ra[i] > rb[i];
  }
  return a.detectorId < b.detectorId;
}

const hasContext = (c: Candidate) => c.evidence.context.length > 0 || c.evidence.columnHint;
const hasSameLineContext = (c: Candidate) => c.sameLineContext;

/** A label further from the value than another detector's by more than this names something else. */
const LABEL_GAP_MARGIN = 8;

/**
 * Each candidate's context word on the line: when one detector's word sits right before the value and
 * another's further away (`护照号码 E38529164，港澳通行证 C60918273`: the passport label belongs to the first
 * number), the further label names another value and only the nearer detector keeps the span.
 */
function nearestLabels(group: Candidate[]): Candidate[] {
  const gaps = group.map((c) => c.contextGap ?? Infinity);
  const nearest = Math.min(...gaps);
  if (!Number.isFinite(nearest)) return group;
  const keep = group.filter((_, i) => gaps[i] <= nearest + LABEL_GAP_MARGIN);
  return keep.length > 0 ? keep : group;
}

/**
 * Several detectors on exactly the same span: context decides when it can; validated beats unvalidated;
 * what is left is reported as ambiguous (DESIGN.md §2), never silently guessed.
 */
function resolveSameSpan(group: Candidate[], threshold: number): Candidate[] {
  let keep = group;
  if (keep.some(hasSameLineContext) && !keep.every(hasSameLineContext)) keep = keep.filter(hasSameLineContext);
  keep = nearestLabels(keep);
  if (keep.some(hasContext) && !keep.every(hasContext)) keep = keep.filter(hasContext);
  if (keep.some((c) => c.evidence.validator === 'valid')) keep = keep.filter((c) => c.evidence.validator === 'valid');
  if (keep.length > 1) {
    const best = Math.max(...keep.map((c) => c.confidence));
    // A clearly stronger candidate (e.g. a dedicated pattern) wins outright.
    // Confidences are rounded to 3 decimals: compare with a margin so 0.7 vs 0.6 counts as 0.1 apart.
    const top = keep.filter((c) => best - c.confidence < 0.1 - 1e-9);
    keep = top;
  }
  if (keep.length > 1) {
    for (const c of keep) {
      applyAmbiguity(
        c,
        keep.filter((o) => o !== c).map((o) => o.detectorId),
        threshold,
      );
    }
  }
  return keep;
}

/**
 * Resolve overlaps between candidates (any detectors). Input need not be sorted. Same-detector duplicates
 * (two patterns on one value) collapse to the best; different spans keep the better one.
 */
export function resolveOverlaps(cands: Candidate[], threshold: number): Candidate[] {
  if (cands.length <= 1) return cands;
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.detectorIndex - b.detectorIndex);
  // 1. Group identical spans across detectors.
  const spans: Candidate[][] = [];
  for (const c of cands) {
    const last = spans[spans.length - 1];
    if (last && last[0].start === c.start && last[0].end === c.end) last.push(c);
    else spans.push([c]);
  }
  const resolved: Candidate[][] = spans.map((g) => {
    // Same detector twice on one span (two patterns): keep its best.
    const byDet = new Map<number, Candidate>();
    for (const c of g) {
      const prev = byDet.get(c.detectorIndex);
      if (!prev || c.confidence > prev.confidence) byDet.set(c.detectorIndex, c);
    }
    const uniq = [...byDet.values()];
    return uniq.length > 1 ? resolveSameSpan(uniq, threshold) : uniq;
  });
  // 2. Overlapping different spans: a sweep keeping the better group's representative.
  const out: Candidate[][] = [];
  for (const g of resolved) {
    const prev = out[out.length - 1];
    if (prev && g[0].start < prev[0].end) {
      if (better(g[0], prev[0])) out[out.length - 1] = g;
      continue;
    }
    out.push(g);
  }
  return out.flat();
}
