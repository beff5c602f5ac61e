/** The retention policy (days) that applies to a detector: exact id, then id glob, then category, then `default`. */

import picomatch from 'picomatch';
import type { DetectorFacts } from './detector-facts.js';

export function retentionDays(policy: Readonly<Record<string, number>>, id: string, facts: DetectorFacts | undefined): number | undefined {
  if (Object.hasOwn(policy, id)) return policy[id];
  let best: { days: number; len: number } | undefined;
  for (const [key, days] of Object.entries(policy)) {
    // The longest matching glob is the most specific one.
    if (key.includes('*') && picomatch(key)(id) && (!best || key.length > best.len)) best = { days, len: key.length };
  }
  if (best) return best.days;
  if (facts && Object.hasOwn(policy, facts.category)) return policy[facts.category];
  return Object.hasOwn(policy, 'default') ? policy.default : undefined;
}

const DAY_MS = 86_400_000;

/** Whole days from `iso` to `now`, or undefined when `iso` is not a date. */
export function ageInDays(iso: string | undefined, now: Date): number | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : Math.floor((now.getTime() - t) / DAY_MS);
}
