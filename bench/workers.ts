import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateTextCorpus } from './corpus.js';
import { makeCsv, makeXlsx } from './tables.js';

/**
 * npm run bench:workers [-- --files 64 --mib 2 --csv-rows N --xlsx-rows N --runs N --skip-text --skip-tables]: the
 * worker pool, 1 thread against 2 (and the in-process path, --workers 0, for reference), through the
 * built scan() (run `npm run build` first: workers then load dist/src/pool/worker.js as users' do).
 *   - a multi-file text scan: 64 files × 2 MiB cut from the seeded corpus (bench/corpus.ts): MB/s, speed-up;
 *   - the 1,000,000-row CSV and the 200,000-row XLSX of bench:tables, alone and together: rows/s (one
 *     file is one unit, so a single table cannot go faster on two workers; two tables can).
 * Each measurement runs in a fresh process; peak RSS is that process's maxRSS, worker threads included.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};

interface Measure {
  ms: number;
  /** CPU time of the whole process, all threads: what the work cost, whatever the machine's load. */
  cpuMs: number;
  files: number;
  bytes: number;
  rows: number;
  findings: number;
  errors: number;
  maxRssMiB: number;
}

/** Child: one scan through dist/, one JSON line. Plain node (no tsx), so worker threads start as in production. */
const CHILD = `
const [scanUrl, workers, ...targets] = process.argv.slice(1);
const { scan } = await import(scanUrl);
const t0 = performance.now();
const r = await scan(targets, { workers: Number(workers), fingerprintKey: 'bench', unitTimeout: 0 });
const ms = performance.now() - t0;
const s = r.scan.stats;
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, files: s.files, bytes: s.bytes, rows: s.rows, findings: s.findings, errors: s.errors, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
`;

function measure(workers: number, targets: string[]): Measure {
  const scanUrl = pathToFileURL(join(root, 'dist/src/scan.js')).href;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, scanUrl, String(workers), ...targets], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

/** `files` text files of `mib` MiB each, cut at line ends from one seeded corpus (all different bytes). */
function textFiles(dir: string, files: number, mib: number): string {
  const out = join(dir, `workers-${files}x${mib}mib`);
  if (existsSync(out) && readdirSync(out).length === files) return out;
  mkdirSync(out, { recursive: true });
  const src = join(dir, `text-${files * mib}mib.txt`);
  if (!existsSync(src)) generateTextCorpus(src, files * mib);
  const all = readFileSync(src);
  let at = 0;
  for (let i = 0; i < files; i++) {
    let end = i === files - 1 ? all.length : Math.min(all.length, at + mib * 2 ** 20);
    while (end < all.length && all[end - 1] !== 0x0a) end++;
    const fd = openSync(join(out, `part-${String(i).padStart(3, '0')}.txt`), 'w');
    writeSync(fd, all.subarray(at, end));
    closeSync(fd);
    at = end;
  }
  return out;
}

function best(runs: number, f: () => Measure): { best: Measure; all: Measure[] } {
  const all = Array.from({ length: runs }, f);
  return { best: all.reduce((a, b) => (b.ms < a.ms ? b : a)), all };
}

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist/src/pool/worker.js'))) throw new Error('run `npm run build` first (the bench scans through dist/)');
  const runs = opt('runs', 3);
  const dir = join(here, '.corpus');
  mkdirSync(dir, { recursive: true });
  const text = textFiles(dir, opt('files', 64), opt('mib', 2));
  const textBytes = readdirSync(text).reduce((n, f) => n + statSync(join(text, f)).size, 0);
  console.log(`piiscan worker pool, Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; best of ${runs} (all runs in brackets)`);

  const textRuns = new Map<number, { best: Measure; all: Measure[] }>();
  if (!args.includes('--skip-text')) for (const w of [0, 1, 2]) textRuns.set(w, best(runs, () => measure(w, [text])));
  const t1 = textRuns.get(1)?.best.ms ?? 0;
  if (textRuns.size) console.log(`\ntext: ${readdirSync(text).length} files, ${fmt(textBytes / 1e6, 1)} MB, all detectors`);
  for (const [w, m] of textRuns) {
    const label = w === 0 ? 'in-process' : `${w} worker${w > 1 ? 's' : ''}`;
    console.log(
      `  ${label.padEnd(11)} ${fmt(m.best.ms / 1000, 2).padStart(6)} s  ${fmt(textBytes / 1e6 / (m.best.ms / 1000), 1).padStart(6)} MB/s  speed-up ×${fmt(t1 / m.best.ms, 2)}  CPU ${fmt(m.best.cpuMs / 1000, 2)} s  peak RSS ${fmt(m.best.maxRssMiB)} MiB  findings ${fmt(m.best.findings)}  [${m.all.map((x) => fmt(x.ms / 1000, 2)).join(', ')} s]`,
    );
  }
  if (args.includes('--skip-tables')) return;

  const csvRows = opt('csv-rows', 1_000_000);
  const xlsxRows = opt('xlsx-rows', 200_000);
  const csv = join(dir, `tables-${csvRows}.csv`);
  const xlsx = join(dir, `tables-${xlsxRows}.xlsx`);
  if (!existsSync(csv)) makeCsv(csv, csvRows);
  if (!existsSync(xlsx)) await makeXlsx(xlsx, xlsxRows);
  const tableRuns = Math.min(runs, 2);
  console.log(`\ntables (a full scan: readers, column classification, cell findings), best of ${tableRuns}`);
  for (const [name, targets] of [
    [`CSV ${fmt(csvRows)} rows`, [csv]],
    [`XLSX ${fmt(xlsxRows)} rows`, [xlsx]],
    ['CSV + XLSX in one scan', [csv, xlsx]],
  ] as [string, string[]][]) {
    const one = best(tableRuns, () => measure(1, targets));
    const two = best(tableRuns, () => measure(2, targets));
    for (const [w, m] of [[1, one], [2, two]] as const) {
      console.log(
        `  ${name.padEnd(24)} ${w} worker${w > 1 ? 's' : ' '}  ${fmt(m.best.ms / 1000, 2).padStart(6)} s  ${fmt(m.best.rows / (m.best.ms / 1000)).padStart(9)} rows/s  ${fmt(m.best.bytes / 1e6 / (m.best.ms / 1000), 1).padStart(5)} MB/s  CPU ${fmt(m.best.cpuMs / 1000, 1)} s  peak RSS ${fmt(m.best.maxRssMiB)} MiB  [${m.all.map((x) => fmt(x.ms / 1000, 2)).join(', ')} s]`,
      );
    }
  }
}

await main();
