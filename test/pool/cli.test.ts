import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { runCli, type CliIO } from '../../src/cli/run-cli.js';
import { prepareScan } from '../../src/cli/scan-setup.js';
import type { ScanReport } from '../../src/types.js';
import { fixtureTree, misbehavingModule, ROOT, stable, tempDir } from './helpers.js';

class FakeStream extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  readonly columns = 120;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const io = (over: Partial<CliIO> = {}): CliIO => ({ cwd: ROOT, env: { PIISCAN_FINGERPRINT_KEY: 'test' }, stderrIsTTY: false, stdoutIsTTY: false, ...over });
const PROGRESS_LINE = /^piiscan: 11\/11 files · [\d.]+ kB\/[\d.]+ kB · \d+ rows · \d+ findings · [\d.]+ [kM]?B\/s$/m;

describe('progress on stderr', () => {
  it('shows nothing when stderr is not a terminal', async () => {
    const stream = new FakeStream(false);
    const r = await runCli(['scan', 'fixtures/files', '--format', 'json'], io({ progress: stream }));
    expect(r.exitCode).toBe(0);
    expect(stream.text).toBe('');
    expect(r.stderr).not.toMatch(/files ·/);
  });

  it('--progress prints plain lines on stderr without a terminal; stdout is only the report', async () => {
    const r = await runCli(['scan', 'fixtures/files', '--format', 'json', '--progress'], io());
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(PROGRESS_LINE);
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.findings.length).toBeGreaterThan(20);
    const stream = new FakeStream(false);
    await runCli(['scan', 'fixtures/files', '--format', 'json', '--progress'], io({ progress: stream }));
    expect(stream.text).toMatch(PROGRESS_LINE);
  });

  it('draws a bar on a terminal, and --quiet silences it', async () => {
    const tty = new FakeStream(true);
    const r = await runCli(['scan', 'fixtures/files', '--format', 'json'], io({ progress: tty, stderrIsTTY: true }));
    expect(r.exitCode).toBe(0);
    expect(tty.text).toMatch(/findings/);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    const quiet = new FakeStream(true);
    await runCli(['scan', 'fixtures/files', '--format', 'json', '--quiet', '--progress'], io({ progress: quiet, stderrIsTTY: true }));
    expect(quiet.text).toBe('');
  });

  it('gives percentages and an ETA only once the crawl has found everything', () => {
    const p = { files: 10, bytes: 50e6, rows: 1234567, findings: 42, discoveredFiles: 40, discoveredBytes: 200e6, crawlDone: false };
    expect(progressLine(p, 10)).toBe('10 files (40 found so far) · 50.0 MB · 1,234,567 rows · 42 findings · 5.0 MB/s');
    expect(progressLine({ ...p, crawlDone: true }, 10)).toBe('10/40 files · 50.0 MB/200.0 MB · 1,234,567 rows · 42 findings · 5.0 MB/s · ETA 30s');
  });
});

describe('--workers, --unit-timeout', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flag over environment over config', async () => {
    writeFileSync(join(dir, 'piiscan.yaml'), 'workers: 0\nunitTimeout: 20\n');
    const base = { cwd: dir, env: {} as NodeJS.ProcessEnv };
    const conf = await prepareScan(['.'], {}, base, { command: 'scan', requireTargets: true });
    expect([conf.options.workers, conf.options.unitTimeout]).toEqual([0, 20]);
    const env = await prepareScan(['.'], {}, { ...base, env: { PIISCAN_WORKERS: '3' } }, { command: 'scan', requireTargets: true });
    expect(env.options.workers).toBe(3);
    const flag = await prepareScan(['.'], { workers: 1, unitTimeout: 0 }, { ...base, env: { PIISCAN_WORKERS: '3' } }, { command: 'scan', requireTargets: true });
    expect([flag.options.workers, flag.options.unitTimeout]).toEqual([1, 0]);
  });

  it('refuses a negative or fractional count', async () => {
    for (const bad of [['--workers', '-1'], ['--workers', '1.5'], ['--unit-timeout', 'soon']]) {
      const r = await runCli(['scan', 'fixtures/files', ...bad], io());
      expect(r.exitCode, bad.join(' ')).toBe(2);
    }
  });
});

describe('the built CLI (dist/) runs its workers from dist/src/pool/worker.js', () => {
  const main = join(ROOT, 'dist/src/cli/main.js');
  const tree = fixtureTree(7);
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('same report on 2 workers as in one thread; a config detector module is rebuilt in the workers', () => {
    expect(existsSync(main), 'run `npm run build` first').toBe(true);
    // A module detector that ends its thread on one value: only a worker can lose it and go on.
    const trap = misbehavingModule(tree);
    writeFileSync(join(tree, 'piiscan.yaml'), `detectorModules: [${JSON.stringify(trap.path)}]\n`);
    writeFileSync(join(tree, 'trap.txt'), 'TRAP-EXIT-0001\n');
    writeFileSync(join(tree, 'fine.txt'), 'TRAP-OKAY-0002 and carol@example.com\n');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [main, 'scan', '.', '--format', 'json', ...args], {
        cwd: tree,
        env: { ...process.env, PIISCAN_FINGERPRINT_KEY: 'dist-test' },
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
    const two = run(['--workers', '2', '--progress']);
    expect(two.status, two.stderr).toBe(0);
    const pooled = JSON.parse(two.stdout) as ScanReport;
    expect(pooled.scan.stats.files).toBeGreaterThan(128);
    expect(pooled.scan.errors.map((e) => [e.target, e.code])).toEqual([['trap.txt', 'WORKER_CRASH']]);
    expect(pooled.findings.some((f) => f.detector === 'acme.trap' && 'path' in f.location && f.location.path === 'fine.txt')).toBe(true);
    expect(two.stderr).toMatch(/^piiscan: \d+\/\d+ files · /m);
    // In one thread the trap would end the process: leave it out there; all else must be the same.
    const one = run(['--workers', '0', '--exclude', 'trap.txt']);
    expect(one.status, one.stderr).toBe(0);
    const inline = JSON.parse(one.stdout) as ScanReport;
    pooled.scan.errors = [];
    pooled.scan.stats.errors = 0;
    expect(stable(pooled)).toBe(stable(inline));
  }, 120_000);
});
