import type { Verdict } from '../types.js';
import type { CompiledDetector } from './compile.js';

/** A value the detector kept: its normal form and the validator's verdict (never 'invalid'). */
export interface Judged {
  normalized: string;
  verdict: Verdict;
}

/**
 * The detector's own word on a raw value — normalise, deny list, validate — shared by the pattern path and
 * the recognisers. A faulty (user) detector must not take the file down with it: its error is reported and
 * the value dropped.
 */
export function judgeValue(cd: CompiledDetector, raw: string, onDetectorError?: (detectorId: string, error: unknown) => void): Judged | null {
  const d = cd.detector;
  try {
    const normalized = d.normalize ? d.normalize(raw) : raw;
    if (cd.deny.has(normalized)) return null;
    const verdict = d.validate ? d.validate(normalized) : 'unknown';
    return verdict === 'invalid' ? null : { normalized, verdict };
  } catch (err) {
    onDetectorError?.(d.id, err);
    return null;
  }
}
