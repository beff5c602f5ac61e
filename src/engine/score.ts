import type { Evidence, Verdict } from '../types.js';

/**
 * The one place where confidence is computed; the evidence record is built by the same steps, so the
 * two cannot diverge (Presidio#847). Numbers are documented in README "How confidence is computed".
 */
export const SCORE = {
  validBoost: 0.3,
  validCap: 0.85,
  contextBoost: 0.3,
  /** A label on the line above is weaker evidence than one on the value's own line. */
  contextAboveBoost: 0.2,
  negativePenalty: 0.3,
  standaloneBoost: 0.15,
  cap: 0.99,
  ambiguityPenalty: 0.1,
} as const;

export interface ScoreInput {
  patternName: string;
  base: number;
  verdict: Verdict;
  /** Context words on the match's own line. */
  context: string[];
  /** Context words only on the line above. */
  contextAbove?: string[];
  /** Negative context words on the match's line. */
  negative?: readonly string[];
  columnHint: boolean;
  standalone: boolean;
  requireContext: boolean;
}

export interface Scored {
  confidence: number;
  evidence: Evidence;
  /** Context on the value's own line (or a column hint): decides between detectors on the same span. */
  sameLineContext: boolean;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Returns null when the candidate must be dropped (invalid, needs context it lacks, or under `threshold`).
 * The numbers are computed first and the evidence text only for survivors: most candidates in bulk text die here.
 */
export function scoreCandidate(input: ScoreInput, threshold = 0): Scored | null {
  if (input.verdict === 'invalid') return null;
  const above = input.contextAbove ?? [];
  const negative = input.negative ?? [];
  const hasContext = input.context.length > 0 || input.columnHint;
  if (input.requireContext && !hasContext && above.length === 0) return null;
  const c0 = input.base;
  const c1 = input.verdict === 'valid' ? Math.max(c0, Math.min(SCORE.validCap, c0 + SCORE.validBoost)) : c0;
  const boost = hasContext ? SCORE.contextBoost : above.length > 0 ? SCORE.contextAboveBoost : 0;
  const c2 = Math.min(SCORE.cap, c1 + boost);
  const c3 = input.standalone ? Math.min(SCORE.cap, c2 + SCORE.standaloneBoost) : c2;
  const c4 = negative.length > 0 ? Math.max(0, c3 - SCORE.negativePenalty) : c3;
  if (round(c4) < threshold) return null;
  const steps: string[] = [`pattern ${input.patternName} ${c0}`];
  if (c1 !== c0 || input.verdict === 'valid') steps.push(`validator valid +${round(c1 - c0)}`);
  if (hasContext) steps.push(`${input.columnHint && input.context.length === 0 ? 'column hint' : 'context'} +${round(c2 - c1)}`);
  else if (above.length > 0) steps.push(`context on the line above +${round(c2 - c1)}`);
  if (input.standalone) steps.push(`standalone +${round(c3 - c2)}`);
  if (negative.length > 0) steps.push(`negative context (${negative.join(', ')}) -${round(c3 - c4)}`);
  const evidence: Evidence = {
    pattern: input.patternName,
    validator: input.verdict,
    context: hasContext ? input.context : above,
    columnHint: input.columnHint,
    ambiguousWith: [],
    standalone: input.standalone,
    steps,
  };
  if (negative.length > 0) evidence.negativeContext = [...negative];
  return { confidence: round(c4), evidence, sameLineContext: input.context.length > 0 || input.columnHint };
}

/** Lower an ambiguous finding's confidence, but never below the reporting threshold it already passed. */
export function applyAmbiguity(s: Scored, others: string[], threshold: number): void {
  const before = s.confidence;
  const lowered = Math.max(Math.min(before, threshold), round(before - SCORE.ambiguityPenalty));
  s.evidence.ambiguousWith = others;
  s.evidence.steps?.push(`ambiguous with ${others.join(', ')} -${round(before - lowered)}`);
  s.confidence = round(lowered);
}
