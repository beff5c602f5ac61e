import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BUILTIN_DETECTORS } from '../../src/engine/registry.js';
import { explicitKey } from '../../src/engine/fingerprint.js';
import { Allowlist } from '../../src/policy/allowlist.js';
import { POOL_MIN_FILES, runFileUnits, type UnitEvent } from '../../src/pool/run-units.js';
import { describeDetectors } from '../../src/pool/detector-spec.js';
import { FilePool } from '../../src/pool/file-pool.js';
import { toDetector, CustomDetectorSchema } from '../../src/config/custom-detectors.js';
import { scan, type ScanOptions, type ScanProgress } from '../../src/scan.js';
import type { FileUnit } from '../../src/sources/crawl.js';
import type { Detector } from '../../src/types.js';
import { fixtureTree, misbehavingModule, stable, tempDir } from './helpers.js';

const NOW = new Date('2026-01-02T03:04:05Z');

const custom = CustomDetectorSchema.parse({
  id: 'acme.employee_id',
  name: 'ACME employee id',
  pattern: 'EMP-[0-9]{6}',
  score: 0.8,
  sensitivity: 'internal',
  category: 'online_id',
  validate: 'luhn',
  examples: { match: ['EMP-000000'], noMatch: [] },
});

describe('worker pool: the report does not depend on threads', () => {
  const dir = fixtureTree(12);
  // A custom detector from config data and an allowlist: both must be rebuilt in each worker.
  writeFileSync(join(dir, 'staff.txt'), 'badge EMP-000000 and EMP-123455; contact alice.wong@example.com, bob@example.org\n');
  const customDetector = toDetector(custom);
  const base: ScanOptions = {
    cwd: dir,
    fingerprintKey: 'pool-test-key',
    now: () => NOW,
    scanId: 'x',
    detectors: [...BUILTIN_DETECTORS, customDetector],
    detectorSources: { custom: [custom], modules: [], moduleIds: [] },
    allowlist: new Allowlist([{ values: ['bob@example.org'] }, { paths: ['c03/**'], detectors: ['email'] }]),
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is byte-identical in this thread, on 1 worker and on 2 workers (the tree is big enough for the pool)', async () => {
    const progress: ScanProgress[] = [];
    const starts = vi.spyOn(FilePool, 'start');
    const inline = await scan(['.'], { ...base, workers: 0 });
    const one = await scan(['.'], { ...base, workers: 1 });
    const two = await scan(['.'], { ...base, workers: 2, onProgress: (p) => progress.push(p) });
    // This thread, then a pool of 1, then of 2.
    expect(starts.mock.calls.map((c) => c[0].workers)).toEqual([1, 2]);
    starts.mockRestore();
    expect(inline.scan.stats.files).toBeGreaterThan(POOL_MIN_FILES);
    expect(inline.findings.some((f) => f.detector === 'acme.employee_id')).toBe(true);
    expect(inline.scan.stats.allowed).toBeGreaterThan(0);
    expect(inline.scan.warnings?.some((w) => w.code === 'WORKER_POOL')).not.toBe(true);
    expect(stable(one)).toBe(stable(inline));
    expect(stable(two)).toBe(stable(inline));
    // Progress: counts only grow, and the last call has the crawl's totals.
    const last = progress.at(-1)!;
    expect(last.crawlDone).toBe(true);
    expect(last.files).toBe(last.discoveredFiles);
    expect(last.bytes).toBe(last.discoveredBytes);
    expect(last.files).toBe(two.scan.stats.files + two.scan.stats.skipped - (two.scan.skipped ?? []).filter((s) => s.reason === 'allowlisted').length);
    expect(last.rows).toBe(two.scan.stats.rows);
    expect(last.findings).toBe(two.scan.stats.findings);
    for (let i = 1; i < progress.length; i++) expect(progress[i].bytes).toBeGreaterThanOrEqual(progress[i - 1].bytes);
  }, 120_000);
});

describe('worker pool: runFileUnits', () => {
  const key = explicitKey('pool-test-key');
  const unitOpts = { minConfidence: 0.5, showValues: false, maxFindingsPerAsset: 1000, key, now: NOW };

  function unitsIn(dir: string, names: string[]): FileUnit[] {
    return names.map((n) => {
      const abs = join(dir, n);
      const st = statSync(abs);
      return { kind: 'file', abs, path: n, size: st.size, mtime: st.mtimeMs, mode: st.mode & 0o777 };
    });
  }
  async function* from<T>(xs: T[]): AsyncGenerator<T> {
    yield* xs;
  }

  it('a unit past its time limit stops its worker and is UNIT_TIMEOUT; a worker that exits or throws outside any try is WORKER_CRASH; the rest are complete', async () => {
    const dir = tempDir();
    const trap = misbehavingModule(dir);
    const trapDetector = ((await import(pathToFileURL(trap.path).href)) as { default: Detector }).default;
    const names: string[] = [];
    for (let i = 0; i < 8; i++) {
      const name = `ok-${i}.txt`;
      writeFileSync(join(dir, name), `mail user${i}@example.com, code TRAP-OKAY-000${i}\n`);
      names.push(name);
    }
    writeFileSync(join(dir, 'spin.txt'), 'stuck TRAP-SPIN-0001\n');
    writeFileSync(join(dir, 'exit.txt'), 'gone TRAP-EXIT-0001\n');
    // The throw lands while the unit still reads its next MiB.
    writeFileSync(join(dir, 'throw.txt'), 'thrown TRAP-THRW-0001\n' + 'filler line\n'.repeat(400_000));
    // The traps run early so that later units must go to the replacement workers.
    const order = ['spin.txt', names[0], 'exit.txt', 'throw.txt', ...names.slice(1)];
    const events: UnitEvent[] = [];
    const detectors = [BUILTIN_DETECTORS.find((d) => d.id === 'email')!, trapDetector];
    const t0 = performance.now();
    const r = await runFileUnits(
      from(unitsIn(dir, order)),
      { detectors, detectorSources: { custom: [], modules: [trap.path], moduleIds: [trap.id] }, unit: unitOpts, workers: 2, unitTimeoutMs: 1500, mode: 'pool' },
      (e) => events.push(e),
    );
    expect(r.ran).toBe('pool');
    expect(r.warnings).toEqual([]);
    // In crawl order, whatever finished first.
    expect(events.map((e) => (e.kind === 'result' || e.kind === 'error' ? e.unit.path : e.kind))).toEqual(order);
    const byPath = new Map(events.map((e) => [(e as { unit: FileUnit }).unit.path, e]));
    const spin = byPath.get('spin.txt')!;
    expect(spin.kind === 'error' && spin.error.code).toBe('UNIT_TIMEOUT');
    expect(spin.kind === 'error' && spin.error.message).toMatch(/^spin\.txt: timed out after 1\.5 s/);
    const exit = byPath.get('exit.txt')!;
    expect(exit.kind === 'error' && exit.error.code).toBe('WORKER_CRASH');
    expect(exit.kind === 'error' && exit.error.message).toMatch(/exit\.txt: .*exited with code: 7/);
    const thrown = byPath.get('throw.txt')!;
    expect(thrown.kind === 'error' && thrown.error.code).toBe('WORKER_CRASH');
    expect(thrown.kind === 'error' && thrown.error.message).toMatch(/throw\.txt: .*boom from a timer/);
    for (const n of names) {
      const e = byPath.get(n)!;
      expect(e.kind).toBe('result');
      if (e.kind !== 'result') continue;
      expect(e.result.assets[0].asset?.counts).toEqual({ 'acme.trap': 1, email: 1 });
    }
    // The timeout, not the worker start-up, bounds the wait (generous: the machine is shared).
    expect(performance.now() - t0).toBeLessThan(60_000);
  }, 90_000);

  it('stays in this thread for detectors it cannot describe (inline objects), and for a small scan', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'mail a@example.com\n');
    const inline: Detector = { ...BUILTIN_DETECTORS.find((d) => d.id === 'email')!, id: 'acme.inline_email' };
    expect(describeDetectors([inline])).toBeNull();
    const events: UnitEvent[] = [];
    const r1 = await runFileUnits(from(unitsIn(dir, ['a.txt'])), { detectors: [inline], unit: unitOpts, workers: 2, unitTimeoutMs: 0, mode: 'pool' }, (e) => events.push(e));
    expect(r1.ran).toBe('inline');
    expect(events[0].kind === 'result' && events[0].result.assets[0].asset?.counts).toEqual({ 'acme.inline_email': 1 });
    const r2 = await runFileUnits(from(unitsIn(dir, ['a.txt'])), { detectors: BUILTIN_DETECTORS, unit: unitOpts, workers: 2, unitTimeoutMs: 0 }, () => undefined);
    expect(r2.ran).toBe('inline');
  });

  it('starts no more threads than there are files, and none for a single file', async () => {
    const dir = tempDir();
    // Two files past the small-scan limit: a pool, of two threads though three were allowed.
    for (const n of ['a.txt', 'b.txt']) writeFileSync(join(dir, n), 'plain words without personal data\n'.repeat(Math.ceil((9 * 2 ** 20) / 34)));
    const starts = vi.spyOn(FilePool, 'start');
    const two = await runFileUnits(from(unitsIn(dir, ['a.txt', 'b.txt'])), { detectors: BUILTIN_DETECTORS, unit: unitOpts, workers: 3, unitTimeoutMs: 0 }, () => undefined);
    expect(two).toMatchObject({ ran: 'pool', threads: 2 });
    expect(starts.mock.calls.map((c) => c[0].workers)).toEqual([2]);
    starts.mockRestore();
    const big = join(dir, 'big.txt');
    writeFileSync(big, readFileSync(join(dir, 'a.txt')).toString().repeat(2));
    const one = await runFileUnits(from(unitsIn(dir, ['big.txt'])), { detectors: BUILTIN_DETECTORS, unit: unitOpts, workers: 2, unitTimeoutMs: 0 }, () => undefined);
    expect(one).toMatchObject({ ran: 'inline', threads: 0 });
    rmSync(dir, { recursive: true, force: true });
  }, 90_000);

  it('describes built-ins by id, config detectors by their data, module detectors by their file', () => {
    const d = toDetector(custom);
    const spec = describeDetectors([BUILTIN_DETECTORS[0], d], { custom: [custom], modules: ['/x/m.mjs'], moduleIds: ['acme.other'] });
    expect(spec).toEqual({ ids: [BUILTIN_DETECTORS[0].id, 'acme.employee_id'], custom: [custom], modules: [] });
    // A built-in id on a different object (a changed copy) is not the built-in.
    expect(describeDetectors([{ ...BUILTIN_DETECTORS[0] }])).toBeNull();
  });
});
