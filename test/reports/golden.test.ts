import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reporterFor } from '../../reports/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { TOOL } from '../../src/version.js';
import { ROOT } from '../helpers/detector-modules.js';
import { CASES, goldenContext, goldenReport } from './golden.js';
import { expectValidReport, expectValidSarif } from './validate.js';

/**
 * Golden files per renderer (fixtures/reports/<case>/): a fixed clock, scan id, fingerprint key and file
 * modes make every byte reproducible. Update with `npx vitest run test/reports/golden.test.ts -u`.
 */

const OUTPUTS = [
  ['json', 'report.json'],
  ['text', 'expected.txt'],
  ['sarif', 'expected.sarif'],
  ['markdown', 'expected.md'],
  ['html', 'expected.html'],
  ['csv', 'expected.csv'],
] as const;

describe.each(CASES)('golden reports: $name', async (c) => {
  const { report, cwd } = await goldenReport(c);
  const ctx = goldenContext(cwd);
  const dir = join(ROOT, 'fixtures/reports', c.name);

  it.each(OUTPUTS)('%s matches %s', async (format, file) => {
    const out = reporterFor(format)!.render(report, ctx);
    if (format === 'json') expectValidReport(JSON.parse(out));
    if (format === 'sarif') expectValidSarif(JSON.parse(out));
    await expect(out).toMatchFileSnapshot(join(dir, file));
  });

  it('piiscan report re-renders the saved JSON into the same outputs', async () => {
    const saved = join(cwd, 'saved.json');
    writeFileSync(saved, reporterFor('json')!.render(report, ctx));
    for (const [format] of OUTPUTS) {
      const r = await runCli(['report', saved, '--format', format], { cwd, env: {}, stderrIsTTY: false, stdoutIsTTY: false });
      expect(r.exitCode, r.stderr).toBe(0);
      // The CLI renders with the real tool version (SARIF driver, HTML generator); the report keeps its own.
      expect(r.stdout, `${format} via piiscan report`).toBe(reporterFor(format)!.render(report, { ...ctx, tool: TOOL }));
    }
  });
});
