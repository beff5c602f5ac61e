import type { FingerprintKey } from '../engine/fingerprint.js';
import type { AllowlistEntry } from '../policy/allowlist.js';
import type { FileUnit } from '../sources/crawl.js';
import type { ScanError } from '../types.js';
import type { DetectorSpec } from './detector-spec.js';
import type { UnitResult } from './scan-unit.js';

/** What crosses between the main thread and a pool worker: plain, structured-cloneable data only. */

/** Given to every worker once (piscina's workerData), not with each unit. */
export interface WorkerSetup {
  detectors: DetectorSpec;
  key: { key: Uint8Array; id: string; source: FingerprintKey['source'] };
  minConfidence: number;
  showValues: boolean;
  maxFindingsPerAsset: number;
  now: Date;
  allowlist?: readonly AllowlistEntry[];
}

export type WorkerTask = { kind: 'unit'; seq: number; unit: FileUnit } | { kind: 'ping' };

export type WorkerReply =
  | { kind: 'unit'; result: UnitResult }
  /** The unit's reading threw (a format or I/O error the readers did not turn into an entry). */
  | { kind: 'failed'; error: ScanError }
  | { kind: 'pong'; detectors: string[] };

/** Posted on the worker's parentPort when a unit starts: its timeout counts from here, not from queueing. */
export interface StartedMessage {
  piiscanUnitStarted: number;
}

export function isStartedMessage(m: unknown): m is StartedMessage {
  return typeof m === 'object' && m !== null && typeof (m as StartedMessage).piiscanUnitStarted === 'number';
}
