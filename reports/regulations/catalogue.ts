/**
 * The regulation catalogue: every legal id a detector, finding or report trigger may cite
 * (`<regulation>:<article path>`, CONTRACT.md), with a short paraphrase and a link to the text.
 */

import type { LegalEntry } from '../../src/types.js';
import { CCPA } from './ccpa.js';
import { GDPR } from './gdpr.js';
import { PIPL } from './pipl.js';

export const LEGAL: Readonly<Record<string, LegalEntry>> = Object.freeze({ ...GDPR, ...CCPA, ...PIPL });

export function legalEntry(id: string): LegalEntry | undefined {
  // hasOwn keeps prototype names ('constructor', 'toString') from resolving.
  return Object.hasOwn(LEGAL, id) ? LEGAL[id] : undefined;
}

/**
 * The entries for `ids`, de-duplicated and keyed in sorted id order so reports are byte-stable.
 * Throws listing every unknown id: a detector citing a missing id is a bug to fail on, not to hide.
 */
export function resolveLegal(ids: Iterable<string>): Record<string, LegalEntry> {
  const unique = [...new Set(ids)].sort();
  const unknown = unique.filter((id) => legalEntry(id) === undefined);
  if (unknown.length > 0) throw new Error(`unknown legal id(s): ${unknown.join(', ')}`);
  const out: Record<string, LegalEntry> = {};
  for (const id of unique) out[id] = LEGAL[id];
  return out;
}
