import { randomUUID } from 'node:crypto';
import { resolveLegal } from '../reports/regulations/catalogue.js';
import { assess } from './assess/index.js';
import { displayTarget, fileTargets, scanDatabaseTargets, type DatabaseScanOptions } from './db/scan-targets.js';
import { loadFingerprintKey, explicitKey, type FingerprintKey } from './engine/fingerprint.js';
import { resolveDetectors } from './engine/registry.js';
import type { Allowlist } from './policy/allowlist.js';
import { DEFAULT_MIN_CONFIDENCE } from './engine/scan-text.js';
import { crawlFiles } from './sources/crawl.js';
import type { DetectorSources } from './pool/detector-spec.js';
import { runFileUnits, type UnitEvent } from './pool/run-units.js';
import {
  type AssessConfig,
  type Asset,
  type Detector,
  type Finding,
  type ScanError,
  type ScanReport,
} from './types.js';
import { TOOL } from './version.js';

export interface ScanOptions {
  cwd?: string;
  detectors?: readonly (string | Detector)[];
  excludeDetectors?: readonly string[];
  minConfidence?: number;
  showValues?: boolean;
  /** Findings kept per asset (counts stay exact); default 1000. */
  maxFindingsPerAsset?: number;
  include?: readonly string[];
  exclude?: readonly string[];
  gitignore?: boolean;
  maxFileSize?: number;
  fingerprintKey?: string | FingerprintKey;
  /** Injected for reproducible reports (tests, golden files). */
  now?: () => Date;
  scanId?: string;
  onProgress?: (p: ScanProgress) => void;
  /**
   * Worker threads for file units (default: os.availableParallelism()); 0 scans in this thread. Small
   * scans, and detectors given as inline objects (which cannot cross threads), always run in this thread.
   */
  workers?: number;
  /** Seconds one file unit may run in a worker before the worker is stopped (UNIT_TIMEOUT); 0 = no limit. Default 300. */
  unitTimeout?: number;
  /** Where config-declared detectors came from, so worker threads can rebuild them (src/cli/scan-setup.ts). */
  detectorSources?: DetectorSources;
  /** Risk weights and levels, large-scale threshold, retention policy and purposes (src/assess). */
  assessment?: AssessConfig;
  /** Accepted findings (config `allowlists:`); a path allowlisted whole is not read at all. */
  allowlist?: Allowlist;
  /** Database targets (`postgres://`, `mysql://`, `sqlite:`): sample size, connections, views (src/db). */
  database?: DatabaseScanOptions;
}

export interface ScanProgress {
  /** Files finished so far (scanned, skipped as binary, or failed), and their bytes. */
  files: number;
  bytes: number;
  rows: number;
  findings: number;
  /** Files the crawl has found so far to be read (finished or not), and their bytes. */
  discoveredFiles: number;
  discoveredBytes: number;
  /** The crawl has finished: the discovered totals are the scan's totals. */
  crawlDone: boolean;
  current?: string;
}

export const DEFAULT_MAX_FINDINGS_PER_ASSET = 1000;
export const DEFAULT_UNIT_TIMEOUT_S = 300;

function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  const pa = 'path' in la && la.path ? la.path : '';
  const pb = 'path' in lb && lb.path ? lb.path : '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  const na = la.kind === 'file' ? [la.line, la.column] : la.kind === 'cell' ? [la.row, la.columnIndex] : [0, 0];
  const nb = lb.kind === 'file' ? [lb.line, lb.column] : lb.kind === 'cell' ? [lb.row, lb.columnIndex] : [0, 0];
  return na[0] - nb[0] || na[1] - nb[1] || (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0);
}

/** Scan files, directories and globs; one failing target is recorded in `scan.errors` and the scan goes on. */
export async function scan(targets: readonly string[], options: ScanOptions = {}): Promise<ScanReport> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const t0 = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const detectors = resolveDetectors(options.detectors, options.excludeDetectors);
  const key = typeof options.fingerprintKey === 'string' ? explicitKey(options.fingerprintKey) : (options.fingerprintKey ?? loadFingerprintKey());
  const unitOpts = {
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    showValues: options.showValues ?? false,
    maxFindingsPerAsset: options.maxFindingsPerAsset ?? DEFAULT_MAX_FINDINGS_PER_ASSET,
    key,
    now: started,
    allowlist: options.allowlist,
  };
  const errors: ScanError[] = [];
  const warnings: ScanError[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const assets: Asset[] = [];
  let findings: Finding[] = [];
  const stats = { files: 0, bytes: 0, tables: 0, rows: 0, findings: 0, errors: 0, skipped: 0, allowed: 0, durationMs: 0 };

  const merge = (e: UnitEvent): void => {
    if (e.kind === 'crawl') {
      if (e.issue.kind === 'error') errors.push({ target: e.issue.target, code: e.issue.code, message: e.issue.message });
      else skipped.push({ path: e.issue.path ?? e.issue.target, reason: e.issue.message });
      return;
    }
    if (e.kind === 'skip') {
      skipped.push(e.skipped);
      return;
    }
    if (e.kind === 'error') {
      errors.push(e.error);
      return;
    }
    const r = e.result;
    if (r.skipped) {
      skipped.push(r.skipped);
      return;
    }
    stats.files++;
    stats.bytes += e.unit.size;
    stats.allowed += r.allowed;
    stats.rows += r.rows ?? 0;
    for (const a of r.assets) {
      stats.findings += a.total;
      if (a.asset) assets.push(a.asset);
      for (const f of a.findings) findings.push(f);
    }
    errors.push(...r.errors);
    warnings.push(...r.warnings);
  };

  // Units run in worker threads or here; either way their results are merged in crawl order (src/pool).
  const run = await runFileUnits(
    crawlFiles(fileTargets(targets), {
      cwd,
      include: options.include,
      exclude: options.exclude,
      gitignore: options.gitignore,
      maxFileSize: options.maxFileSize,
    }),
    {
      detectors,
      detectorSources: options.detectorSources,
      unit: unitOpts,
      workers: options.workers,
      unitTimeoutMs: (options.unitTimeout ?? DEFAULT_UNIT_TIMEOUT_S) * 1000,
      onProgress: options.onProgress,
    },
    merge,
  );
  warnings.push(...run.warnings);

  await scanDatabaseTargets(targets, detectors, options, unitOpts, { assets, findings, errors, stats });
  findings = findings.sort(compareFindings);
  // The crawl's order is the file system's, not a stable one: every list is sorted by path, and a
  // unit's own entries (a workbook's sheets, a file's warnings) keep their order (the sort is stable).
  const byKey = (a: string | null | undefined, b: string | null | undefined) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);
  assets.sort((a, b) => ('path' in a.location && 'path' in b.location ? byKey(a.location.path, b.location.path) : 0));
  errors.sort((a, b) => byKey(a.target, b.target));
  warnings.sort((a, b) => byKey(a.target, b.target));
  skipped.sort((a, b) => byKey(a.path, b.path));
  stats.errors = errors.length;
  stats.skipped = skipped.length;
  stats.durationMs = Math.round(performance.now() - t0);
  const legalIds = new Set<string>();
  for (const f of findings) for (const l of f.legal) legalIds.add(l);

  return assess({
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    scan: {
      id: options.scanId ?? randomUUID(),
      startedAt: started.toISOString(),
      finishedAt: now().toISOString(),
      targets: targets.map(displayTarget),
      fingerprintKeyId: key.id,
      minConfidence: unitOpts.minConfidence,
      detectors: detectors.map((d) => d.id),
      stats,
      errors,
      ...(warnings.length ? { warnings } : {}),
      skipped,
    },
    findings,
    assets,
    legal: resolveLegal(legalIds),
  }, options.assessment, detectors);
}
