import { UsageError } from '../errors.js';

/**
 * The baseline's date rule without zod, so the CLI can check `--expires` while parsing its options without
 * loading the baseline schema (and zod) on every start-up; baseline.ts builds its schema from the same rule.
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
export const ISO_DATE_MESSAGE = 'expected an ISO date such as 2026-12-31';

export function isRealDate(s: string): boolean {
  return !Number.isNaN(Date.parse(s));
}

export function parseExpires(v: string): string {
  if (!ISO_DATE.test(v) || !isRealDate(v)) throw new UsageError(`--expires: "${v}" is not an ISO date such as 2026-12-31`);
  return v;
}
