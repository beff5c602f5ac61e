import { engineFor } from '../engine/registry.js';
import type { FingerprintKey } from '../engine/fingerprint.js';
import { TextScanner } from '../engine/text-scanner.js';
import { tableReaderFor } from '../formats/readers.js';
import type { Allowlist } from '../policy/allowlist.js';
import type { FileUnit } from '../sources/crawl.js';
import { scanTableFile } from '../sources/table-file.js';
import { feedTextFile, readHead, sniff } from '../sources/text-file.js';
import { fileModeText, highestSensitivity } from '../sources/unit-facts.js';
import type { Asset, Detector, Finding, ScanError } from '../types.js';

/**
 * One file unit, scanned: the same code runs in the main thread (small scans, inline detectors) and in a
 * pool worker (src/pool/worker.ts), so a report never depends on where a unit ran.
 */

export interface UnitOptions {
  minConfidence: number;
  showValues: boolean;
  maxFindingsPerAsset: number;
  key: FingerprintKey;
  now: Date;
  allowlist?: Allowlist;
}

export interface AssetResult {
  /** Null when the unit holds nothing worth an asset entry. */
  asset: Asset | null;
  findings: Finding[];
  total: number;
}

export interface UnitResult {
  assets: AssetResult[];
  allowed: number;
  skipped?: { path: string; reason: string };
  /** Fatal format errors (the rows before them were kept) and detectors whose own code failed. */
  errors: ScanError[];
  warnings: ScanError[];
  /** Table rows read (0 for text files, whose records are lines). */
  rows?: number;
}

/** A read failure said the way a person reads it (the errno codes mean nothing to most users). */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = String((err as { code: unknown }).code);
    if (code === 'ENOENT') return 'the file vanished before it could be read';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return err instanceof Error ? err.message : String(err);
}

/** The scan.errors entry of a unit whose reading threw. */
export function readError(unit: FileUnit, err: unknown): ScanError {
  return { target: unit.path, asset: unit.path, code: 'SOURCE_READ', message: `${unit.path}: ${errorMessage(err)}` };
}

/**
 * Only assets that hold findings or classified columns reach the report; dropping the rest here keeps
 * what crosses a thread (and what waits for its turn in the report order) small.
 */
function keepReportable(r: UnitResult): UnitResult {
  return { ...r, assets: r.assets.map((a) => (a.asset && (a.total > 0 || (a.asset.columns?.length ?? 0) > 0) ? a : { ...a, asset: null })) };
}

export async function scanFileUnit(unit: FileUnit, detectors: readonly Detector[], opts: UnitOptions): Promise<UnitResult> {
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
    return keepReportable({ assets: r.assets, allowed: r.allowed, errors: r.errors, warnings: r.warnings, rows: r.rows });
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
  return keepReportable({ assets: [{ asset, findings: scanner.findings, total: scanner.total }], allowed: scanner.allowed, errors, warnings: [] });
}
