/**
 * Detector selectors used by the rule tables: an id (`email`), an id glob (`cn.*`), a category
 * (`category:health`) or a legal id prefix (`legal:ccpa:1798.81.5-d-1-a-ii`). Rules are written against
 * these rather than a fixed list so that detectors added later (person_name, postal_address, gender …) make
 * them fire without touching the rules.
 */

import picomatch from 'picomatch';
import type { DetectorFacts } from './detector-facts.js';

export type Selector = string;

const globCache = new Map<string, (s: string) => boolean>();

function glob(pattern: string): (s: string) => boolean {
  let m = globCache.get(pattern);
  if (!m) globCache.set(pattern, (m = picomatch(pattern)));
  return m;
}

export function selects(selector: Selector, id: string, facts: DetectorFacts | undefined): boolean {
  if (selector.startsWith('category:')) return facts?.category === selector.slice('category:'.length);
  if (selector.startsWith('legal:')) {
    const prefix = selector.slice('legal:'.length);
    return facts?.legal.some((l) => l === prefix || l.startsWith(prefix + '-')) ?? false;
  }
  return selector.includes('*') ? glob(selector)(id) : selector === id;
}

export function selectsAny(selectors: readonly Selector[], id: string, facts: DetectorFacts | undefined): boolean {
  return selectors.some((s) => selects(s, id, facts));
}
