import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildForBench } from './build.js';
import { generateProseCorpus, generateTextCorpus, generateTokenLog } from './corpus.js';

/**
 * npm run bench [-- --mb 64 --runs 3]: single-threaded text throughput of the built code (dist/, rebuilt first;
 * PIISCAN_BENCH_SOURCE=1 for the tsx-compiled source) with every detector on, findings and
 * peak RSS; when ripgrep is installed, the reference comparison of ../shared/bench (ratio piiscan / rg).
 */
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const mib = opt('mb', 64);
const runs = opt('runs', 3);
const dir = join(here, '.corpus');
mkdirSync(dir, { recursive: true });
const corpus = join(dir, `text-${mib}mib.txt`);
if (!existsSync(corpus)) {
  process.stderr.write(`generating ${mib} MiB corpus at ${corpus}…\n`);
  generateTextCorpus(corpus, mib);
}
const size = statSync(corpus).size;
buildForBench();

interface Once {
  bytes: number;
  ms: number;
  findings: number;
  maxRssMiB: number;
  detectors: number;
  byDetector: Record<string, number>;
}
const results: Once[] = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'scan-once.ts'), corpus], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  results.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Once);
}
const best = results.reduce((a, b) => (b.ms < a.ms ? b : a));
const mbps = size / 1e6 / (best.ms / 1000);
console.log(`piiscan text scan — ${(size / 2 ** 20).toFixed(0)} MiB mixed en/zh corpus, ${best.detectors} detectors, 1 worker`);
console.log(`  best of ${runs}: ${(best.ms / 1000).toFixed(2)} s  ${mbps.toFixed(1)} MB/s  findings ${best.findings}  peak RSS ${Math.max(...results.map((r) => r.maxRssMiB)).toFixed(0)} MiB`);
console.log(`  by detector: ${Object.entries(best.byDetector).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ')}`);

const rgPatterns = join(here, 'rg_patterns.txt');
const rg = spawnSync('rg', ['--version'], { encoding: 'utf8' });
if (rg.status === 0 && existsSync(rgPatterns)) {
  let rgBest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync('rg', ['--no-unicode', '-c', '-f', rgPatterns, corpus], { encoding: 'utf8' });
    rgBest = Math.min(rgBest, performance.now() - t0);
  }
  const rgMbps = size / 1e6 / (rgBest / 1000);
  console.log(`  ripgrep --no-unicode, 19 bare patterns: ${(rgBest / 1000).toFixed(2)} s  ${rgMbps.toFixed(1)} MB/s`);
  console.log(`  ratio piiscan/ripgrep time: ${(best.ms / rgBest).toFixed(2)}× (target ≤ 5×, aim 3×)`);
} else {
  console.log('  (ripgrep not installed: `apt-get install ripgrep` for the reference comparison)');
}

// Machine tokens (hashes, request ids, base64, bcrypt) and no personal data: the prefilter's worst case.
const tokens = join(dir, 'tokens-8mib.log');
if (!existsSync(tokens)) generateTokenLog(tokens, 8);
const tr = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'scan-once.ts'), tokens], { encoding: 'utf8', maxBuffer: 1 << 24 });
if (tr.status === 0) {
  const t = JSON.parse(tr.stdout.trim().split('\n').pop()!) as Once;
  console.log(`  token-heavy log (request ids, SHA-256, base64, bcrypt; no PII), 8 MiB: ${(t.ms / 1000).toFixed(2)} s  ${(statSync(tokens).size / 1e6 / (t.ms / 1000)).toFixed(1)} MB/s  findings ${t.findings}`);
}

// Real prose with names on most lines (the eval sentences, shuffled): what the recognisers cost on text like users'.
const prose = join(dir, 'prose-8mib.txt');
if (!existsSync(prose)) generateProseCorpus(prose, 8, join(here, 'eval', 'data'));
const pr = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'scan-once.ts'), prose], { encoding: 'utf8', maxBuffer: 1 << 24 });
if (pr.status === 0) {
  const t = JSON.parse(pr.stdout.trim().split('\n').pop()!) as Once;
  console.log(`  real prose (eval sentences: news, Wikipedia, web text, en + zh; names on most lines), 8 MiB: ${(t.ms / 1000).toFixed(2)} s  ${(statSync(prose).size / 1e6 / (t.ms / 1000)).toFixed(1)} MB/s  findings ${t.findings}`);
}
