import { parentPort, workerData } from 'node:worker_threads';
import { Allowlist } from '../policy/allowlist.js';
import { engineFor } from '../engine/registry.js';
import { buildDetectors } from './detector-spec.js';
import type { StartedMessage, WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';
import { readError, scanFileUnit, type UnitOptions } from './scan-unit.js';

/**
 * A piscina worker: rebuilds the scan's detectors and options once, then scans the file units it is
 * given. Loaded as worker.js from dist/, or as worker.ts under `--import tsx` in source runs and tests.
 */

const setup = workerData as WorkerSetup;
const detectors = await buildDetectors(setup.detectors);
// Compile now, while the pool warms up, rather than inside the first unit's timeout.
engineFor(detectors);
const opts: UnitOptions = {
  minConfidence: setup.minConfidence,
  showValues: setup.showValues,
  maxFindingsPerAsset: setup.maxFindingsPerAsset,
  key: { key: Buffer.from(setup.key.key), id: setup.key.id, source: setup.key.source },
  now: setup.now,
  ...(setup.allowlist ? { allowlist: new Allowlist(setup.allowlist) } : {}),
};

export default async function run(task: WorkerTask): Promise<WorkerReply> {
  if (task.kind === 'ping') return { kind: 'pong', detectors: detectors.map((d) => d.id) };
  parentPort?.postMessage({ piiscanUnitStarted: task.seq } satisfies StartedMessage);
  try {
    return { kind: 'unit', result: await scanFileUnit(task.unit, detectors, opts) };
  } catch (err) {
    return { kind: 'failed', error: readError(task.unit, err) };
  }
}
