import fg from 'fast-glob';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Detector } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface DetectorModule {
  file: string;
  idFromPath: string;
  detector: Detector;
}

/** Every detector file on disk (not the index), so a file missing from the index is still tested. */
export async function loadDetectorModules(): Promise<DetectorModule[]> {
  const files = fg.sync('detectors/**/*.ts', { cwd: ROOT, ignore: ['detectors/_lib/**', 'detectors/index.ts'] }).sort();
  const out: DetectorModule[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(ROOT, file)).href)) as { default: Detector };
    out.push({ file, idFromPath: file.replace(/^detectors\//, '').replace(/\.ts$/, '').split('/').join('.'), detector: mod.default });
  }
  return out;
}
