import picomatch from 'picomatch';
import { BUILTIN_DETECTORS } from '../../detectors/index.js';
import type { Detector } from '../types.js';
import { compileEngine, type CompiledEngine } from './compile.js';

export { BUILTIN_DETECTORS };

export class UnknownDetectorError extends Error {
  constructor(readonly pattern: string) {
    super(`no detector matches "${pattern}" (see \`piiscan detectors\`)`);
    this.name = 'UnknownDetectorError';
  }
}

/** Split a comma-separated glob list (`cn.*,email`). */
export function parseGlobList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const parts = typeof value === 'string' ? value.split(',') : value.flatMap((v) => v.split(','));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Choose detectors by id globs. An include glob that matches nothing is an error (a typo must not
 * silently scan with no detector); exclude globs may match nothing.
 */
export function selectDetectors(
  all: readonly Detector[],
  include: readonly string[] = [],
  exclude: readonly string[] = [],
): Detector[] {
  let chosen = [...all];
  if (include.length > 0) {
    const keep = new Set<Detector>();
    for (const g of include) {
      const m = picomatch(g, { dot: true });
      const hit = all.filter((d) => m(d.id));
      if (hit.length === 0) throw new UnknownDetectorError(g);
      hit.forEach((d) => keep.add(d));
    }
    chosen = all.filter((d) => keep.has(d));
  }
  if (exclude.length > 0) {
    const ms = exclude.map((g) => picomatch(g, { dot: true }));
    chosen = chosen.filter((d) => !ms.some((m) => m(d.id)));
  }
  return chosen;
}

/** Detectors given as ids/globs or as objects (user and test detectors go through the same path). */
export function resolveDetectors(spec: readonly (string | Detector)[] | undefined, exclude: readonly string[] = []): Detector[] {
  if (!spec || spec.length === 0) return selectDetectors(BUILTIN_DETECTORS, [], exclude);
  const objects = spec.filter((s): s is Detector => typeof s !== 'string');
  const globs = spec.filter((s): s is string => typeof s === 'string');
  const fromGlobs = globs.length ? selectDetectors(BUILTIN_DETECTORS, globs, exclude) : [];
  return [...fromGlobs, ...objects.filter((d) => !fromGlobs.includes(d))];
}

const cache = new Map<string, { detectors: Detector[]; engine: CompiledEngine }>();

/** Compiling the RE2.Set costs milliseconds; engines are cached per detector selection. */
export function engineFor(detectors: readonly Detector[]): CompiledEngine {
  const key = detectors.map((d) => d.id).join('\n');
  const hit = cache.get(key);
  if (hit && hit.detectors.length === detectors.length && hit.detectors.every((d, i) => d === detectors[i])) return hit.engine;
  const engine = compileEngine(detectors);
  if (cache.size > 32) cache.clear();
  cache.set(key, { detectors: [...detectors], engine });
  return engine;
}
