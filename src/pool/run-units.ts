import { availableParallelism } from 'node:os';
import type { CrawlIssue, FileUnit } from '../sources/crawl.js';
import type { ScanProgress } from '../scan.js';
import type { Detector, ScanError } from '../types.js';
import { describeDetectors, type DetectorSources } from './detector-spec.js';
import type { FilePool, UnitOutcome } from './file-pool.js';
import type { WorkerSetup } from './protocol.js';
import { readError, scanFileUnit, type UnitOptions, type UnitResult } from './scan-unit.js';

/**
 * The file loop of a scan: crawl items in, one event per item out, always in crawl order, so the report
 * is the same whatever the number of threads and however they interleave. Units go to a worker pool
 * unless the scan is small (worker start-up, which compiles the detector engine in every thread, would
 * cost more than it saves) or the detectors cannot be rebuilt in a thread; then they run here, one by one.
 */

export type UnitEvent =
  | { kind: 'crawl'; issue: CrawlIssue }
  | { kind: 'skip'; skipped: { path: string; reason: string } }
  | { kind: 'result'; unit: FileUnit; result: UnitResult }
  | { kind: 'error'; unit: FileUnit; error: ScanError };

export interface RunUnitsOptions {
  detectors: readonly Detector[];
  detectorSources?: DetectorSources;
  unit: UnitOptions;
  /** Worker threads; default os.availableParallelism(); 0 = this thread only. */
  workers?: number;
  unitTimeoutMs: number;
  onProgress?: (p: ScanProgress) => void;
  /** Override the small-scan rule (tests): 'pool' whenever workers ≥ 1, 'inline' never. */
  mode?: 'auto' | 'pool' | 'inline';
}

export interface RunUnitsResult {
  /** 'pool' when units ran in worker threads. */
  ran: 'pool' | 'inline';
  threads: number;
  /** The pool could not start (the scan then ran in this thread). */
  warnings: ScanError[];
}

/**
 * A scan whose crawl ends below both limits runs in this thread. Measured on the 2-core machine
 * (bench/workers.ts, dist/): a worker spends ~0.6 s of CPU loading and compiling the engine before its
 * first file, while one thread scans text at ~15 MB per CPU-second with every detector; below ~16 MiB
 * or ~128 files a pool costs more than it can save.
 */
export const POOL_MIN_BYTES = 16 * 1024 * 1024;
export const POOL_MIN_FILES = 128;

/** Units in flight per worker: one running, one queued so a worker never waits for the main thread. */
const IN_FLIGHT_PER_WORKER = 2;

type Item = FileUnit | CrawlIssue;

/** Re-emits events in sequence order; only results that finished ahead of a slower one wait here. */
class InOrder {
  private readonly waiting = new Map<number, UnitEvent>();
  private next = 0;
  constructor(private readonly emit: (e: UnitEvent) => void) {}
  put(seq: number, e: UnitEvent): void {
    this.waiting.set(seq, e);
    for (let w = this.waiting.get(this.next); w !== undefined; w = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.emit(w);
    }
  }
}

async function* chain(head: readonly Item[], rest: AsyncIterator<Item>, restDone: boolean): AsyncGenerator<Item> {
  yield* head;
  if (restDone) return;
  for (let n = await rest.next(); !n.done; n = await rest.next()) yield n.value;
}

function setupFor(opts: RunUnitsOptions): WorkerSetup | null {
  const spec = describeDetectors(opts.detectors, opts.detectorSources);
  if (!spec) return null;
  const { key, allowlist, ...rest } = opts.unit;
  return {
    detectors: spec,
    key: { key: new Uint8Array(key.key), id: key.id, source: key.source },
    minConfidence: rest.minConfidence,
    showValues: rest.showValues,
    maxFindingsPerAsset: rest.maxFindingsPerAsset,
    now: rest.now,
    ...(allowlist ? { allowlist: allowlist.source } : {}),
  };
}

export async function runFileUnits(crawl: AsyncIterable<Item>, opts: RunUnitsOptions, emit: (e: UnitEvent) => void): Promise<RunUnitsResult> {
  const workers = Math.max(0, Math.floor(opts.workers ?? availableParallelism()));
  const mode = opts.mode ?? 'auto';
  const warnings: ScanError[] = [];
  const progress: ScanProgress = { files: 0, bytes: 0, rows: 0, findings: 0, discoveredFiles: 0, discoveredBytes: 0, crawlDone: false };
  const order = new InOrder(emit);

  // Look ahead in the crawl (it is cheap next to scanning) far enough to know whether the scan is small.
  const it = crawl[Symbol.asyncIterator]();
  const head: Item[] = [];
  let crawlEnded = false;
  const setup = workers > 0 && mode !== 'inline' ? setupFor(opts) : null;
  let threads = workers;
  let small = false;
  if (setup && mode === 'auto') {
    // Up to POOL_MIN_FILES files: enough to tell a small scan, and how many threads a short list can use.
    let files = 0;
    let bytes = 0;
    while (files < POOL_MIN_FILES) {
      const n = await it.next();
      if (n.done) {
        crawlEnded = true;
        break;
      }
      head.push(n.value);
      if (n.value.kind === 'file') {
        files++;
        bytes += n.value.size;
      }
    }
    // One file has no other files to protect from its crash and nothing to run beside it: a worker would
    // only add its start-up and its own copy of the engine (a 1M-row CSV: 324 MiB peak on a worker).
    small = crawlEnded && (bytes < POOL_MIN_BYTES || files <= 1);
    // A thread per file at most: an idle worker still holds its own copy of the engine (~70 MiB).
    if (crawlEnded) threads = Math.max(1, Math.min(workers, files));
  }
  let pool: FilePool | null = null;
  if (setup && !small) {
    try {
      // piscina is loaded only when a pool starts: small scans and `--workers 0` never need it.
      const { FilePool } = await import('./file-pool.js');
      pool = await FilePool.start({ workers: threads, unitTimeoutMs: opts.unitTimeoutMs, setup });
    } catch (err) {
      warnings.push({ target: '*', code: 'WORKER_POOL', message: `worker threads could not start (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the scan ran in one thread` });
    }
  }

  const finished = (seq: number, unit: FileUnit, o: UnitOutcome) => {
    progress.files++;
    progress.bytes += unit.size;
    if (o.kind === 'result') {
      progress.rows += o.result.rows ?? 0;
      for (const a of o.result.assets) progress.findings += a.total;
    }
    order.put(seq, o.kind === 'result' ? { kind: 'result', unit, result: o.result } : { kind: 'error', unit, error: o.error });
    opts.onProgress?.({ ...progress, current: unit.path });
  };

  const inFlight = new Set<Promise<void>>();
  const cap = Math.max(1, threads) * IN_FLIGHT_PER_WORKER;
  let seq = 0;
  try {
    for await (const item of chain(head, it, crawlEnded)) {
      const s = seq++;
      if (item.kind !== 'file') {
        order.put(s, { kind: 'crawl', issue: item });
        continue;
      }
      // Allowlisted whole (fixtures, vendored test data): not even read.
      if (opts.unit.allowlist?.coversPath(item.path)) {
        order.put(s, { kind: 'skip', skipped: { path: item.path, reason: 'allowlisted' } });
        continue;
      }
      progress.discoveredFiles++;
      progress.discoveredBytes += item.size;
      if (!pool) {
        let o: UnitOutcome;
        try {
          o = { kind: 'result', result: await scanFileUnit(item, opts.detectors, opts.unit) };
        } catch (err) {
          o = { kind: 'error', error: readError(item, err) };
        }
        finished(s, item, o);
        continue;
      }
      while (inFlight.size >= cap) await Promise.race(inFlight);
      const p: Promise<void> = pool.run(s, item).then((o) => {
        inFlight.delete(p);
        finished(s, item, o);
      });
      inFlight.add(p);
    }
    progress.crawlDone = true;
    await Promise.all(inFlight);
    opts.onProgress?.({ ...progress });
  } finally {
    await pool?.close();
  }
  return { ran: pool ? 'pool' : 'inline', threads: pool ? threads : 0, warnings };
}
