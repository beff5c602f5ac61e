import { randomUUID } from 'node:crypto';
import { resolveLegal } from '../reports/regulations/catalogue.js';
import { assess } from './assess/index.js';
import { displayTarget, fileTargets, scanDatabaseTargets, type DatabaseScanOptions } from './db/scan-targets.js';
import { loadFingerprintKey, explicitKey, type FingerprintKey } from './engine/fingerprint.js';
import { engineFor, resolveDetectors } from './engine/registry.js';
import type { Allowlist } from './policy/allowlist.js';
import { DEFAULT_MIN_CONFIDENCE } from './engine/scan-text.js';
import { TextScanner } from './engine/text-scanner.js';
import { crawlFiles, type FileUnit } from './sources/crawl.js';
import { tableReaderFor } from './formats/index.js';
import { scanTableFile } from './sources/table-file.js';
import { fileModeText, highestSensitivity } from './sources/unit-facts.js';
import { feedTextFile, readHead, sniff } from './sources/text-file.js';
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
  /** Risk weights and levels, large-scale threshold, retention policy and purposes (src/assess). */
  assessment?: AssessConfig;
  /** Accepted findings (config `allowlists:`); a path allowlisted whole is not read at all. */
  allowlist?: Allowlist;
  /** Database targets (`postgres://`, `mysql://`, `sqlite:`): sample size, connections, views (src/db). */
  database?: DatabaseScanOptions;
}

export interface ScanProgress {
  files: number;
  bytes: number;
  findings: number;
  current?: string;
}

export const DEFAULT_MAX_FINDINGS_PER_ASSET = 1000;

interface AssetResult {
  asset: Asset | null;
  findings: Finding[];
  total: number;
}

interface UnitResult {
  assets: AssetResult[];
  allowed: number;
  skipped?: { path: string; reason: string };
  /** Fatal format errors (the rows before them were kept) and detectors whose own code failed. */
  errors: ScanError[];
  warnings: ScanError[];
  /** Table rows read (0 for text files, whose records are lines). */
  rows?: number;
}

function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = String((err as { code: unknown }).code);
    if (code === 'ENOENT') return 'the file vanished before it could be read';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return err instanceof Error ? err.message : String(err);
}

async function scanFileUnit(
  unit: FileUnit,
  detectors: Detector[],
  opts: Required<Pick<ScanOptions, 'minConfidence' | 'showValues' | 'maxFindingsPerAsset'>> & { key: FingerprintKey; now: Date; allowlist?: Allowlist },
): Promise<UnitResult> {
  const head = await readHead(unit.abs);
  // Tables first: an XLSX is a zip and a .csv.gz is gzip, which the text sniffer calls binary.
  const table = tableReaderFor(unit.path, head);
  if (table) {
    const r = await scanTableFile(unit, table, {
      engine: engineFor(detectors),
      detectors,
      minConfidence: opts.minConfidence,
      showValues: opts.showValues,
      maxFindings: opts.maxFindingsPerAsset,
      key: opts.key,
      now: opts.now,
      allowlist: opts.allowlist,
    });
    return { assets: r.assets, allowed: r.allowed, errors: r.errors, warnings: r.warnings, rows: r.rows };
  }
  const kind = sniff(head);
  if (kind.kind === 'binary') return { assets: [], allowed: 0, errors: [], warnings: [], skipped: { path: unit.path, reason: `binary (${kind.reason})` } };
  const scanner = new TextScanner(engineFor(detectors), {
    minConfidence: opts.minConfidence,
    showValues: opts.showValues,
    maxFindings: opts.maxFindingsPerAsset,
    key: opts.key,
    path: unit.path,
    now: opts.now,
    allowlist: opts.allowlist,
  });
  await feedTextFile(unit.abs, kind, scanner);
  const ids = Object.keys(scanner.counts).sort();
  const sensitivity = highestSensitivity(ids, detectors);
  const asset: Asset = {
    kind: 'file',
    location: { kind: 'file', path: unit.path },
    records: scanner.records,
    recordsEstimated: false,
    sampled: scanner.records,
    bytes: scanner.bytes,
    counts: Object.fromEntries(ids.map((id) => [id, scanner.counts[id]])),
    distinct: scanner.distinct,
    cooccurrence: scanner.cooccurrence,
    ...(scanner.distinctCapped ? { distinctCapped: true } : {}),
    ...(scanner.minors.under16 > 0 ? { minors: { ...scanner.minors } } : {}),
    truncated: scanner.truncated,
    sensitivity,
    detectors: ids,
    encoding: kind.encoding,
    exposure: { fileMode: fileModeText(unit.mode) },
  };
  const errors: ScanError[] = [...scanner.detectorErrors].map(([id, message]) => ({
    target: unit.path,
    asset: unit.path,
    code: 'DETECTOR_ERROR',
    message: `${unit.path}: detector ${id} failed: ${message}`,
  }));
  return { assets: [{ asset, findings: scanner.findings, total: scanner.total }], allowed: scanner.allowed, errors, warnings: [] };
}

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

  for await (const item of crawlFiles(fileTargets(targets), {
    cwd,
    include: options.include,
    exclude: options.exclude,
    gitignore: options.gitignore,
    maxFileSize: options.maxFileSize,
  })) {
    if (item.kind !== 'file') {
      if (item.kind === 'error') errors.push({ target: item.target, code: item.code, message: item.message });
      else skipped.push({ path: item.path ?? item.target, reason: item.message });
      continue;
    }
    // Allowlisted whole (fixtures, vendored test data): not even read.
    if (options.allowlist?.coversPath(item.path)) {
      skipped.push({ path: item.path, reason: 'allowlisted' });
      continue;
    }
    try {
      const r = await scanFileUnit(item, detectors, unitOpts);
      if (r.skipped) {
        skipped.push(r.skipped);
        continue;
      }
      stats.files++;
      stats.bytes += item.size;
      stats.allowed += r.allowed;
      stats.rows += r.rows ?? 0;
      for (const a of r.assets) {
        stats.findings += a.total;
        if (a.asset && (a.total > 0 || (a.asset.columns?.length ?? 0) > 0)) assets.push(a.asset);
        for (const f of a.findings) findings.push(f);
      }
      errors.push(...r.errors);
      warnings.push(...r.warnings);
      options.onProgress?.({ files: stats.files, bytes: stats.bytes, findings: stats.findings, current: item.path });
    } catch (err) {
      errors.push({ target: item.path, asset: item.path, code: 'SOURCE_READ', message: `${item.path}: ${errorMessage(err)}` });
    }
  }

  await scanDatabaseTargets(targets, detectors, options, unitOpts, { assets, findings, errors, stats });
  findings = findings.sort(compareFindings);
  assets.sort((a, b) => ('path' in a.location && 'path' in b.location ? (a.location.path < b.location.path ? -1 : 1) : 0));
  errors.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
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
