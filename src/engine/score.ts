import type { Evidence, Verdict } from '../types.js';

/**
 * The one place where confidence is computed; the evidence record is built by the same steps, so the
 * two cannot diverge (Presidio#847). Numbers are documented in README "How confidence is computed".
 */
export const SCORE = {
  validBoost: 0.3,
  validCap: 0.85,
  contextBoost: 0.3,
  standaloneBoost: 0.15,
  cap: 0.99,
  ambiguityPenalty: 0.1,
} as const;

export interface ScoreInput {
  patternName: string;
  base: number;
  verdict: Verdict;
  context: string[];
  columnHint: boolean;
  standalone: boolean;
  requireContext: boolean;
}

export interface Scored {
  confidence: number;
  evidence: Evidence;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Returns null when the candidate must be dropped (invalid, or needs context it lacks). */
export function scoreCandidate(input: ScoreInput): Scored | null {
  if (input.verdict === 'invalid') return null;
  const hasContext = input.context.length > 0 || input.columnHint;
  if (input.requireContext && !hasContext) return null;
  const steps: string[] = [`pattern ${input.patternName} ${input.base}`];
  let c = input.base;
  if (input.verdict === 'valid') {
    const next = Math.max(c, Math.min(SCORE.validCap, c + SCORE.validBoost));
    steps.push(`validator valid +${round(next - c)}`);
    c = next;
  }
  if (hasContext) {
    const next = Math.min(SCORE.cap, c + SCORE.contextBoost);
    steps.push(`${input.columnHint && input.context.length === 0 ? 'column hint' : 'context'} +${round(next - c)}`);
    c = next;
  }
  if (input.standalone) {
    const next = Math.min(SCORE.cap, c + SCORE.standaloneBoost);
    steps.push(`standalone +${round(next - c)}`);
    c = next;
  }
  return {
    confidence: round(c),
    evidence: {
      pattern: input.patternName,
      validator: input.verdict,
      context: input.context,
      columnHint: input.columnHint,
      ambiguousWith: [],
      standalone: input.standalone,
      steps,
    },
  };
}

/** Lower an ambiguous finding's confidence, but never below the reporting threshold it already passed. */
export function applyAmbiguity(s: Scored, others: string[], threshold: number): void {
  const before = s.confidence;
  const lowered = Math.max(Math.min(before, threshold), round(before - SCORE.ambiguityPenalty));
  s.evidence.ambiguousWith = others;
  s.evidence.steps?.push(`ambiguous with ${others.join(', ')} -${round(before - lowered)}`);
  s.confidence = round(lowered);
}
