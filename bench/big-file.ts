import { existsSync, mkdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTextCorpus } from './corpus.js';
import { buildForBench } from './build.js';

/**
 * npm run bench:big [-- --mb 1024]: memory stays flat whatever the file size — scans one large file
 * (default 1 GiB, generated once into bench/.corpus) and prints MB/s and peak RSS (target < 300 MiB).
 */
const here = dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf('--mb');
const mib = i >= 0 ? Number(process.argv[i + 1]) : 1024;
const dir = join(here, '.corpus');
mkdirSync(dir, { recursive: true });
const file = join(dir, `text-${mib}mib.txt`);
if (!existsSync(file)) {
  process.stderr.write(`generating ${mib} MiB corpus at ${file}…\n`);
  generateTextCorpus(file, mib);
}
buildForBench();
const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'scan-once.ts'), file], { encoding: 'utf8', maxBuffer: 1 << 24 });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const o = JSON.parse(r.stdout.trim().split('\n').pop()!) as { bytes: number; ms: number; findings: number; maxRssMiB: number };
console.log(
  `piiscan large file — ${(statSync(file).size / 2 ** 30).toFixed(2)} GiB: ${(o.ms / 1000).toFixed(1)} s, ${(o.bytes / 1e6 / (o.ms / 1000)).toFixed(1)} MB/s, findings ${o.findings}, peak RSS ${o.maxRssMiB.toFixed(0)} MiB (target < 300 MiB)`,
);
