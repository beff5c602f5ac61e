import type { Allowlist } from '../policy/allowlist.js';
import type { Detector, Finding } from '../types.js';
import { explicitKey, loadFingerprintKey, type FingerprintKey } from './fingerprint.js';
import { engineFor, resolveDetectors } from './registry.js';
import { TextScanner } from './text-scanner.js';

export interface ScanTextOptions {
  /** Ids, globs (`cn.*`) or detector objects; default: every built-in detector. */
  detectors?: readonly (string | Detector)[];
  excludeDetectors?: readonly string[];
  minConfidence?: number;
  showValues?: boolean;
  maxFindings?: number;
  /** Path written into locations. */
  path?: string;
  /** HMAC key for fingerprints (default: PIISCAN_FINGERPRINT_KEY or the per-user key file). */
  fingerprintKey?: string | FingerprintKey;
  allowlist?: Allowlist;
}

export interface ScanTextResult {
  findings: Finding[];
  counts: Record<string, number>;
  total: number;
  truncated: boolean;
  allowed: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;

let defaultKey: FingerprintKey | undefined;
function keyFrom(opt: ScanTextOptions['fingerprintKey']): FingerprintKey {
  if (typeof opt === 'string') return explicitKey(opt);
  if (opt) return opt;
  defaultKey ??= loadFingerprintKey();
  return defaultKey;
}

/** Scan an in-memory string (the library API; also the path every detector example test goes through). */
export function scanTextSync(text: string, options: ScanTextOptions = {}): ScanTextResult {
  const detectors = resolveDetectors(options.detectors, options.excludeDetectors);
  const scanner = new TextScanner(engineFor(detectors), {
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    showValues: options.showValues ?? false,
    maxFindings: options.maxFindings ?? Number.POSITIVE_INFINITY,
    key: keyFrom(options.fingerprintKey),
    path: options.path ?? '<text>',
    allowlist: options.allowlist,
  });
  scanner.push(Buffer.from(text, 'utf8'));
  scanner.end();
  return { findings: scanner.findings, counts: scanner.counts, total: scanner.total, truncated: scanner.truncated, allowed: scanner.allowed };
}

export async function scanText(text: string, options: ScanTextOptions = {}): Promise<ScanTextResult> {
  return scanTextSync(text, options);
}
