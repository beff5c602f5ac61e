import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN_DETECTORS } from '../engine/registry.js';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { Allowlist } from '../policy/allowlist.js';
import type { Detector } from '../types.js';
import type { PiiscanConfig } from './schema.js';
import { DEFAULT_CONFIG_FILE } from './size.js';

/**
 * Everything piiscan.yaml configures, resolved: the validated config, the user detectors (`custom:` and
 * `detectorModules:`, compiled and tested through their examples) and the allowlist. Every problem is a
 * ConfigError naming the file and key (exit 2), reported together rather than one per run.
 */
export interface Project {
  config: PiiscanConfig;
  /** The config file as shown in messages, or null when there is none. */
  file: string | null;
  /** User detectors, in config order: custom first, then modules. */
  userDetectors: Detector[];
  /** Built-ins followed by the user detectors: what `--detectors` globs select from. */
  allDetectors: Detector[];
  allowlist?: Allowlist;
}

/**
 * Without a config file there is nothing to parse or validate, so yaml and zod (≈ 100 ms to load) are
 * imported only when there is one; loadConfig itself decides every other case (a missing `--config` is an error).
 */
async function readConfig(configFlag: string | undefined, cwd: string): Promise<{ config: PiiscanConfig; file: string | null }> {
  if (configFlag === undefined && !existsSync(resolve(cwd, DEFAULT_CONFIG_FILE))) return { config: {}, file: null };
  const { loadConfig } = await import('./load.js');
  return loadConfig(configFlag, cwd);
}

export async function loadProject(configFlag: string | undefined, cwd: string): Promise<Project> {
  const { config, file } = await readConfig(configFlag, cwd);
  const builtinIds = new Set(BUILTIN_DETECTORS.map((d) => d.id));
  const issues: ConfigIssue[] = [];
  const user: Detector[] = [];
  if (config.custom?.length) {
    const { checkCustomDetectors } = await import('./custom-detectors.js');
    const r = checkCustomDetectors(config.custom, builtinIds);
    issues.push(...r.issues);
    user.push(...r.detectors);
  }
  if (config.detectorModules?.length && file) {
    const { loadDetectorModules } = await import('./detector-modules.js');
    const r = await loadDetectorModules(config.detectorModules, resolve(cwd, file));
    issues.push(...r.issues);
    const taken = new Set([...builtinIds, ...user.map((d) => d.id)]);
    for (const d of r.detectors) {
      if (taken.has(d.id)) issues.push({ path: 'detectorModules', message: `detector id "${d.id}" is already taken (built-in or declared earlier)` });
      taken.add(d.id);
      user.push(d);
    }
  }
  if (issues.length && file) throw new ConfigError(file, issues);
  const allowlist = config.allowlists?.length ? new Allowlist(config.allowlists) : undefined;
  return { config, file, userDetectors: user, allDetectors: [...BUILTIN_DETECTORS, ...user], allowlist };
}
