import { pathToFileURL } from 'node:url';
import type { CustomDetectorConfig } from '../config/custom-detectors.js';
import { BUILTIN_DETECTORS } from '../engine/registry.js';
import type { Detector } from '../types.js';

/**
 * Detectors carry functions (validators, normalisers), which cannot cross a thread. A worker gets this
 * description instead and rebuilds the very same list: built-ins by id, the config's `custom:` entries
 * through the same toDetector, `detectorModules:` by importing the same files. A detector that is none of
 * these (a library caller's inline object) cannot be described, and the scan then stays in-process.
 */

/** Where the user detectors of a scan came from (piiscan.yaml); set by src/cli/scan-setup.ts. */
export interface DetectorSources {
  /** The config's `custom:` entries, as validated (data only). */
  custom: readonly CustomDetectorConfig[];
  /** Absolute paths of the `detectorModules:` files. */
  modules: readonly string[];
  /** Ids of the detectors those modules export (known to the main thread, which loaded and checked them). */
  moduleIds: readonly string[];
}

export interface DetectorSpec {
  /** The chosen detectors' ids, in the scan's order (engine indices depend on it). */
  ids: string[];
  /** Only the custom entries among `ids`. */
  custom: CustomDetectorConfig[];
  /** Modules to import; empty when no chosen detector comes from one. */
  modules: string[];
}

const BUILTIN_BY_ID = new Map(BUILTIN_DETECTORS.map((d) => [d.id, d]));

/** The spec for these detectors, or null when one of them cannot be rebuilt in another thread. */
export function describeDetectors(detectors: readonly Detector[], sources?: DetectorSources): DetectorSpec | null {
  const custom = new Map((sources?.custom ?? []).map((c) => [c.id, c]));
  const moduleIds = new Set(sources?.moduleIds ?? []);
  const spec: DetectorSpec = { ids: [], custom: [], modules: [] };
  let usesModules = false;
  for (const d of detectors) {
    spec.ids.push(d.id);
    if (BUILTIN_BY_ID.get(d.id) === d) continue;
    const c = custom.get(d.id);
    if (c) spec.custom.push(c);
    else if (moduleIds.has(d.id)) usesModules = true;
    else return null;
  }
  if (usesModules) spec.modules = [...(sources?.modules ?? [])];
  return spec;
}

/** Worker side: the detector list the spec describes, in the same order. */
export async function buildDetectors(spec: DetectorSpec): Promise<Detector[]> {
  const byId = new Map<string, Detector>(BUILTIN_BY_ID);
  if (spec.custom.length) {
    // The config code brings zod: a worker loads it only when the scan has custom detectors.
    const { toDetector } = await import('../config/custom-detectors.js');
    for (const c of spec.custom) byId.set(c.id, toDetector(c));
  }
  for (const path of spec.modules) {
    const mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
    const list = Array.isArray(mod.default) ? (mod.default as Detector[]) : mod.default ? [mod.default as Detector] : [];
    for (const d of list) byId.set(d.id, d);
  }
  return spec.ids.map((id) => {
    const d = byId.get(id);
    if (!d) throw new Error(`detector ${id} cannot be rebuilt in a worker (not built in, not in the config)`);
    return d;
  });
}
