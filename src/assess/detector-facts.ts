/**
 * What the assessment needs to know about each detector (category, level, legal ids), looked up by id.
 * Built-in detectors come from the registry; detectors the scan was given (custom ones) override them; a
 * detector known only from the report's findings (a saved report re-assessed elsewhere) is taken from those.
 */

import { BUILTIN_DETECTORS } from '../engine/registry.js';
import type { Category, ScanReport, Sensitivity } from '../types.js';

export interface DetectorFacts {
  id: string;
  category: Category;
  sensitivity: Sensitivity;
  legal: readonly string[];
}

export type DetectorIndex = ReadonlyMap<string, DetectorFacts>;

export function detectorIndex(report: ScanReport, detectors: readonly DetectorFacts[] = []): DetectorIndex {
  const map = new Map<string, DetectorFacts>();
  for (const f of report.findings) {
    if (!map.has(f.detector)) map.set(f.detector, { id: f.detector, category: f.category, sensitivity: f.sensitivity, legal: f.legal });
  }
  for (const d of BUILTIN_DETECTORS) map.set(d.id, { id: d.id, category: d.category, sensitivity: d.sensitivity, legal: d.legal });
  for (const d of detectors) map.set(d.id, { id: d.id, category: d.category, sensitivity: d.sensitivity, legal: d.legal });
  return map;
}
