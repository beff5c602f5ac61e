import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { FileUnit } from '../sources/crawl.js';
import type { ScanError } from '../types.js';
import { isStartedMessage, type WorkerReply, type WorkerSetup, type WorkerTask } from './protocol.js';
import type { UnitResult } from './scan-unit.js';

/**
 * File units on a piscina pool of worker threads. Each unit has a deadline counted from when a worker
 * starts it; past it the unit's AbortSignal fires, piscina terminates that worker thread (a CPU loop
 * cannot be interrupted any other way) and starts a fresh one. A worker that dies (an uncaught error or
 * `process.exit` in a detector module) fails only the unit it was running. Both become scan.errors
 * entries (UNIT_TIMEOUT, WORKER_CRASH) and the pool goes on. A native crash (segfault) or running out of
 * heap takes the whole process down: threads share it.
 */

export type UnitOutcome = { kind: 'result'; result: UnitResult } | { kind: 'error'; error: ScanError };

export interface FilePoolOptions {
  workers: number;
  /** Milliseconds a unit may run in a worker; 0 = no limit. */
  unitTimeoutMs: number;
  setup: WorkerSetup;
}

/**
 * The worker module next to this one: worker.js in dist/; in source runs (vitest, `node --import tsx`) a
 * bootstrap that registers tsx inside the thread, which Node 20 threads do not inherit, then loads worker.ts.
 */
export function workerFilename(): string {
  const source = import.meta.url.endsWith('.ts');
  return fileURLToPath(new URL(source ? './worker-source.mjs' : './worker.js', import.meta.url));
}

class UnitTimeout extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms / 1000} s`);
  }
}

export class FilePool {
  private readonly running = new Map<number, { controller: AbortController; timer?: NodeJS.Timeout; done: boolean }>();

  private constructor(
    private readonly pool: Piscina<WorkerTask, WorkerReply>,
    private readonly unitTimeoutMs: number,
  ) {
    pool.on('message', (m: unknown) => {
      if (isStartedMessage(m)) this.started(m.piiscanUnitStarted);
    });
    // A worker that fails between units loses nothing; without a listener the event would throw.
    pool.on('error', () => {});
  }

  /** Start the threads and wait until one has rebuilt the detectors; rejects when workers cannot start. */
  static async start(opts: FilePoolOptions): Promise<FilePool> {
    const pool = new Piscina<WorkerTask, WorkerReply>({
      filename: workerFilename(),
      minThreads: opts.workers,
      maxThreads: opts.workers,
      idleTimeout: 60_000,
      workerData: opts.setup,
    });
    const fp = new FilePool(pool, opts.unitTimeoutMs);
    try {
      const pong = await pool.run({ kind: 'ping' });
      if (pong.kind !== 'pong' || pong.detectors.join('\n') !== opts.setup.detectors.ids.join('\n')) {
        throw new Error('the workers built a different detector list');
      }
    } catch (err) {
      await pool.destroy();
      throw err;
    }
    return fp;
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  private started(seq: number): void {
    const r = this.running.get(seq);
    if (!r || r.done || this.unitTimeoutMs <= 0) return;
    r.timer = setTimeout(() => r.controller.abort(new UnitTimeout(this.unitTimeoutMs)), this.unitTimeoutMs);
  }

  /** Scan one unit; never rejects: a timeout or a dead worker is the unit's error entry. */
  async run(seq: number, unit: FileUnit): Promise<UnitOutcome> {
    const r = { controller: new AbortController(), done: false } as { controller: AbortController; timer?: NodeJS.Timeout; done: boolean };
    this.running.set(seq, r);
    try {
      const reply = await this.pool.run({ kind: 'unit', seq, unit }, { signal: r.controller.signal });
      if (reply.kind === 'unit') return { kind: 'result', result: reply.result };
      if (reply.kind === 'failed') return { kind: 'error', error: reply.error };
      throw new Error(`unexpected reply ${reply.kind}`);
    } catch (err) {
      if (r.controller.signal.aborted && r.controller.signal.reason instanceof UnitTimeout) {
        return {
          kind: 'error',
          error: { target: unit.path, asset: unit.path, code: 'UNIT_TIMEOUT', message: `${unit.path}: ${r.controller.signal.reason.message} (--unit-timeout); the worker was stopped and the file not scanned` },
        };
      }
      const why = err instanceof Error ? err.message : String(err);
      return {
        kind: 'error',
        error: { target: unit.path, asset: unit.path, code: 'WORKER_CRASH', message: `${unit.path}: the worker thread scanning this file died (${why}); only this file was lost` },
      };
    } finally {
      r.done = true;
      if (r.timer) clearTimeout(r.timer);
      this.running.delete(seq);
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
