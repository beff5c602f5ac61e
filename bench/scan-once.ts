import type { scan as scanFn } from '../src/scan.js';

/**
 * Child process of the bench: one scan, so peak RSS is the scanner's alone. Prints one JSON line. It runs the
 * built code in dist/ (what `piiscan` runs; bench/run.ts builds it first) unless PIISCAN_BENCH_SOURCE=1: the
 * tsx-compiled source keeps function names with a helper call per closure, ~10 % slower on prose.
 */
const { scan } = (await import(process.env.PIISCAN_BENCH_SOURCE === '1' ? '../src/scan.js' : '../dist/src/scan.js')) as { scan: typeof scanFn };
const file = process.argv[2];
const t0 = performance.now();
const report = await scan([file], { fingerprintKey: 'bench', maxFindingsPerAsset: 1000 });
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    bytes: report.scan.stats.bytes,
    ms,
    findings: report.scan.stats.findings,
    errors: report.scan.errors.length,
    byDetector: report.assets[0]?.counts ?? {},
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    detectors: report.scan.detectors.length,
  }) + '\n',
);
