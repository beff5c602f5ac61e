import { scan } from '../src/scan.js';

/** Child process of the bench: one scan, so peak RSS is the scanner's alone. Prints one JSON line. */
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
