import { engineFor } from '../engine/registry.js';
import type { FingerprintKey } from '../engine/fingerprint.js';
import type { Allowlist } from '../policy/allowlist.js';
import type { AssessConfig, Asset, Detector, Finding, ScanError, ScanStats } from '../types.js';
import type { DbScanOptions } from './scan-database.js';
import { displayTarget, isDatabaseTarget } from './target.js';

/**
 * The database part of `scan()` (src/scan.ts): database targets are split from file targets, scanned here,
 * and their assets, findings, errors and table/row counts merged into the report being built.
 */

/** `--sample-rows`, `--db-concurrency`, `--include-views` and the config's `database:` settings. */
export type DatabaseScanOptions = Pick<DbScanOptions, 'sampleRows' | 'concurrency' | 'includeViews' | 'passwordEnv' | 'seed' | 'connect' | 'env'>;

export { displayTarget, isDatabaseTarget };

export function fileTargets(targets: readonly string[]): string[] {
  return targets.filter((t) => !isDatabaseTarget(t));
}

export async function scanDatabaseTargets(
  targets: readonly string[],
  detectors: Detector[],
  options: { include?: readonly string[]; exclude?: readonly string[]; assessment?: AssessConfig; database?: DatabaseScanOptions },
  unit: { minConfidence: number; showValues: boolean; maxFindingsPerAsset: number; key: FingerprintKey; now: Date; allowlist?: Allowlist },
  into: { assets: Asset[]; findings: Finding[]; errors: ScanError[]; stats: ScanStats },
): Promise<void> {
  const dbTargets = targets.filter(isDatabaseTarget);
  if (dbTargets.length === 0) return;
  // The table scan and its drivers are imported only for a scan that has a database target.
  const { scanDatabases } = await import('./scan-database.js');
  const r = await scanDatabases(dbTargets, {
    ...options.database,
    engine: engineFor(detectors),
    detectors,
    minConfidence: unit.minConfidence,
    showValues: unit.showValues,
    maxFindings: unit.maxFindingsPerAsset,
    key: unit.key,
    now: unit.now,
    allowlist: unit.allowlist,
    include: options.include,
    exclude: options.exclude,
    retention: options.assessment?.retention,
  });
  for (const a of r.assets) {
    into.stats.findings += a.total;
    if (a.total > 0 || (a.asset.columns?.length ?? 0) > 0) into.assets.push(a.asset);
    for (const f of a.findings) into.findings.push(f);
  }
  into.errors.push(...r.errors);
  into.stats.tables += r.tables;
  into.stats.rows += r.rows;
  into.stats.allowed = (into.stats.allowed ?? 0) + r.allowed;
}
