import json from './json.js';
import text from './text.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterContext, DetectorMeta } from './types.js';

export const REPORTERS: readonly Reporter[] = [json, text];

export function reporterFor(id: string): Reporter | undefined {
  return REPORTERS.find((r) => r.id === id);
}
