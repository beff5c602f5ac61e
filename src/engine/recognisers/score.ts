import type { Evidence } from '../../types.js';

/**
 * Confidence of a recognised span (a name or an address found in running text without a fixed pattern),
 * built from cues. Like src/engine/score.ts, the number and the evidence steps come out of the same loop,
 * so the report always says exactly how the confidence was reached.
 */
export interface Cue {
  /** Short, stable description for the evidence steps and `evidence.context` (never the value itself). */
  label: string;
  /** Added to the confidence (negative for counter-evidence). */
  weight: number;
}

export interface Recognised {
  /** Character offsets in the scanned string. */
  start: number;
  end: number;
  /** `recogniser:person_name.en` etc.: reported as `evidence.pattern`. */
  recogniser: string;
  base: number;
  cues: Cue[];
}

export const RECOGNISED_CAP = 0.95;

const round = (n: number) => Math.round(n * 1000) / 1000;

export function confidenceOf(r: Pick<Recognised, 'base' | 'cues'>): number {
  let c = r.base;
  for (const cue of r.cues) c += cue.weight;
  return round(Math.max(0, Math.min(RECOGNISED_CAP, c)));
}

/** Confidence and evidence of a recognised span; null under the threshold (most candidates die here). */
export function scoreRecognised(r: Recognised, threshold: number): { confidence: number; evidence: Evidence } | null {
  const steps = [`${r.recogniser} ${r.base}`];
  let c = r.base;
  for (const cue of r.cues) {
    c += cue.weight;
    steps.push(`${cue.label} ${cue.weight >= 0 ? '+' : ''}${round(cue.weight)}`);
  }
  const clamped = round(Math.max(0, Math.min(RECOGNISED_CAP, c)));
  if (clamped !== round(c)) steps.push(`capped at ${clamped}`);
  if (clamped < threshold) return null;
  return {
    confidence: clamped,
    evidence: {
      pattern: r.recogniser,
      validator: 'unknown',
      context: r.cues.filter((q) => q.weight > 0).map((q) => q.label),
      columnHint: false,
      ambiguousWith: [],
      standalone: false,
      steps,
    },
  };
}
