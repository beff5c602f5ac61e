import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { loadProject, type Project } from '../config/project.js';
import { assessConfigOf } from '../config/assess-config.js';
import { parseSize } from '../config/size.js';
import { loadFingerprintKey, type FingerprintKey } from '../engine/fingerprint.js';
import { parseGlobList, selectDetectors } from '../engine/registry.js';
import { UsageError } from '../errors.js';
import type { DetectorSources } from '../pool/detector-spec.js';
import { databaseOptionsOf, type DatabaseFlags } from '../db/options.js';
import type { ScanOptions } from '../scan.js';
import { DEFAULT_EXCLUDES, toReportPath } from '../sources/crawl.js';
import type { Detector } from '../types.js';

/**
 * The scan a command runs, from its flags, the environment and piiscan.yaml (precedence: command line >
 * environment > config > defaults): the detector set (built-ins plus the config's custom and module
 * detectors), allowlists, path filters, and — with `--changed-since` — the changed files as targets.
 * Shared by `scan`, `gate` and `baseline` so the three always look at the same thing.
 */

export interface ScanSelectionFlags extends DatabaseFlags {
  config?: string;
  minConfidence?: number;
  detectors?: string;
  excludeDetectors?: string;
  include?: string;
  exclude?: string;
  maxFileSize?: number;
  maxFindings?: number;
  gitignore?: boolean;
  showValues?: boolean;
  changedSince?: string;
  /** Worker threads (0 = none); default: the config's `workers`, then the cores. */
  workers?: number;
  /** Seconds a file unit may run in a worker (0 = no limit). */
  unitTimeout?: number;
}

export interface PreparedScan {
  project: Project;
  detectors: Detector[];
  /** Targets after `--changed-since` (absolute paths of changed files), or as given. */
  targets: string[];
  /** The targets as the user gave them (or from the config). */
  requested: string[];
  /** Absolute paths of every changed file, with `--changed-since`. */
  changed: string[] | null;
  key: FingerprintKey;
  options: ScanOptions;
}

export function parseConfidenceValue(v: string, what: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${what}: expected a number from 0 to 1, got "${v}"`);
  return n;
}

/** Built-ins plus user detectors, narrowed by `--detectors` / `--exclude-detectors` / config `detectors:`. */
export function chooseDetectors(project: Project, flags: ScanSelectionFlags, env: NodeJS.ProcessEnv): Detector[] {
  const cfg = project.config.detectors ?? [];
  const include = parseGlobList(flags.detectors ?? env.PIISCAN_DETECTORS);
  const exclude = parseGlobList(flags.excludeDetectors ?? env.PIISCAN_EXCLUDE_DETECTORS);
  const inc = (include.length ? include : cfg.filter((g) => !g.startsWith('!'))).filter((g) => g !== '*');
  const exc = [...exclude, ...cfg.filter((g) => g.startsWith('!')).map((g) => g.slice(1))];
  const chosen = selectDetectors(project.allDetectors, inc, exc);
  if (chosen.length === 0) throw new UsageError('no detector left after --detectors / --exclude-detectors');
  return chosen;
}

export function parseCount(v: string, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${what}: expected a whole number ≥ 0, got "${v}"`);
  return n;
}

/** What worker threads need to rebuild the config's detectors (src/pool/detector-spec.ts). */
function detectorSourcesOf(project: Project, cwd: string): DetectorSources {
  const custom = project.config.custom ?? [];
  const customIds = new Set(custom.map((c) => c.id));
  const base = project.file ? dirname(resolve(cwd, project.file)) : cwd;
  return {
    custom,
    modules: project.file ? (project.config.detectorModules ?? []).map((p) => resolve(base, p)) : [],
    moduleIds: project.userDetectors.filter((d) => !customIds.has(d.id)).map((d) => d.id),
  };
}

export async function prepareScan(
  targets: readonly string[],
  flags: ScanSelectionFlags,
  io: { cwd: string; env: NodeJS.ProcessEnv },
  opts: { command: string; requireTargets: boolean; project?: Project },
): Promise<PreparedScan> {
  const project = opts.project ?? (await loadProject(flags.config, io.cwd));
  const { config } = project;
  const detectors = chooseDetectors(project, flags, io.env);
  const envConf = io.env.PIISCAN_MIN_CONFIDENCE !== undefined ? parseConfidenceValue(io.env.PIISCAN_MIN_CONFIDENCE, 'PIISCAN_MIN_CONFIDENCE') : undefined;
  // `--changed-since` alone means the whole work tree's changes.
  const requested = targets.length ? [...targets] : config.targets?.length ? config.targets : flags.changedSince !== undefined ? ['.'] : [];
  if (requested.length === 0 && opts.requireTargets) {
    throw new UsageError(`${opts.command}: no targets (give paths on the command line or \`targets:\` in piiscan.yaml)`);
  }
  let list = requested;
  let changed: string[] | null = null;
  if (flags.changedSince !== undefined) {
    const { changedFiles, changedWithinTargets } = await import('../git/changed-files.js');
    changed = changedFiles(flags.changedSince, io.cwd);
    const defaults = picomatch(DEFAULT_EXCLUDES, { dot: true });
    list = changedWithinTargets(changed, requested, io.cwd, existsSync).filter((t) => !defaults(toReportPath(t, io.cwd)));
  }
  const key = loadFingerprintKey(io.env);
  const envWorkers = io.env.PIISCAN_WORKERS !== undefined ? parseCount(io.env.PIISCAN_WORKERS, 'PIISCAN_WORKERS') : undefined;
  const workers = flags.workers ?? envWorkers ?? config.workers;
  const unitTimeout = flags.unitTimeout ?? config.unitTimeout;
  const assessment = assessConfigOf(config);
  const options: ScanOptions = {
    cwd: io.cwd,
    detectors,
    minConfidence: flags.minConfidence ?? envConf ?? config.minConfidence,
    showValues: flags.showValues === true,
    include: flags.include ? parseGlobList(flags.include) : config.include,
    exclude: [...parseGlobList(flags.exclude), ...(config.exclude ?? [])],
    gitignore: flags.gitignore === false ? false : (config.gitignore ?? true),
    maxFileSize: flags.maxFileSize ?? (config.maxFileSize !== undefined ? parseSize(config.maxFileSize) : undefined),
    maxFindingsPerAsset: flags.maxFindings ?? config.maxFindingsPerAsset,
    fingerprintKey: key,
    database: databaseOptionsOf(flags, config.database, io.env),
    ...(project.allowlist ? { allowlist: project.allowlist } : {}),
    ...(workers !== undefined ? { workers } : {}),
    ...(unitTimeout !== undefined ? { unitTimeout } : {}),
    detectorSources: detectorSourcesOf(project, io.cwd),
    ...(Object.keys(assessment).length ? { assessment } : {}),
  };
  return { project, detectors, targets: list, requested, changed, key, options };
}
