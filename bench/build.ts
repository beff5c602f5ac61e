import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Benches measure the built code users run (bench/scan-once.ts imports dist/), so they build it from the
 * current source first (~5 s). PIISCAN_BENCH_SOURCE=1 skips the build and measures the tsx-compiled source.
 */
export function buildForBench(): void {
  if (process.env.PIISCAN_BENCH_SOURCE === '1') return;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (b.status !== 0) {
    process.stderr.write(`npm run build failed:\n${b.stdout}${b.stderr}`);
    process.exit(1);
  }
}
