import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectorCatalog, runCli } from '../../src/cli/run-cli.js';
import { ROOT } from '../helpers/detector-modules.js';
import { expectValidReport, expectValidSarif } from './validate.js';

const io = (cwd = ROOT) => ({ cwd, env: { PIISCAN_FINGERPRINT_KEY: 'test' }, stderrIsTTY: false, stdoutIsTTY: false });

describe('piiscan scan --format … renders directly', () => {
  it.each([
    ['json', (s: string) => expectValidReport(JSON.parse(s))],
    ['sarif', (s: string) => expectValidSarif(JSON.parse(s))],
    ['markdown', (s: string) => expect(s).toMatch(/^## piiscan: \d+ finding/)],
    ['html', (s: string) => expect(s).toMatch(/^<!doctype html>/)],
    ['csv', (s: string) => expect(s.split('\n')[0]).toMatch(/^record,asset,path/)],
    ['text', (s: string) => expect(s).toMatch(/Risk assessment:/)],
  ])('%s', async (format, check) => {
    const r = await runCli(['scan', 'fixtures/files', '--format', format], io());
    expect(r.exitCode, r.stderr).toBe(0);
    check(r.stdout);
  });

  it('writes the HTML report with mode 0600 and never puts raw values in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-html-cli-'));
    const out = join(dir, 'report.html');
    const r = await runCli(['scan', 'fixtures/files', '--format', 'html', '--output', out, '--quiet'], io());
    expect(r.exitCode, r.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const shown = JSON.parse((await runCli(['scan', 'fixtures/files', '--format', 'json', '--show-values'], io())).stdout) as { findings: { value?: string; snippet: string }[] };
    // Published sample numbers quoted in detector descriptions (SARIF rules carry them) are not leaks.
    const catalogue = JSON.stringify(detectorCatalog());
    const values = shown.findings.filter((f) => f.value && f.value !== f.snippet && f.value.length >= 6 && !catalogue.includes(f.value)).map((f) => f.value!);
    expect(values.length).toBeGreaterThan(20);
    const html = readFileSync(out, 'utf8');
    for (const v of values) expect(html.includes(v), `raw value leaked: ${v.slice(0, 3)}…`).toBe(false);
    for (const format of ['sarif', 'markdown', 'csv', 'text']) {
      const o = (await runCli(['scan', 'fixtures/files', '--format', format], io())).stdout;
      for (const v of values) expect(o.includes(v), `raw value leaked in ${format}: ${v.slice(0, 3)}…`).toBe(false);
    }
  });

  it('takes the assessment settings from piiscan.yaml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-assess-cli-'));
    writeFileSync(join(dir, 'piiscan.yaml'), [
      'risk:',
      '  levels: { medium: 20, high: 40, critical: 60 }',
      'largeScale: 500',
      'retention: { default: 30 }',
      'purposes:',
      "  - paths: ['exports/**']",
      '    allowed: [contact]',
      '    purpose: newsletter',
    ].join('\n'));
    mkdirSync(join(dir, 'exports'));
    writeFileSync(join(dir, 'exports', 'list.txt'), 'mail li.na@example.com ssn 536-90-4399\n', { mode: 0o600 });
    const r = await runCli(['scan', 'exports', '--format', 'json'], io(dir));
    expect(r.exitCode, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout) as { assessment: { model: { levels: object; largeScale: number } }; assets: { minimisation: { detector: string; action: string; purpose?: string }[] }[] };
    expect(rep.assessment.model).toMatchObject({ levels: { medium: 20, high: 40, critical: 60 }, largeScale: 500 });
    const m = rep.assets[0].minimisation;
    expect(m).toEqual(expect.arrayContaining([expect.objectContaining({ detector: 'us.ssn', action: 'drop', purpose: 'newsletter' }), expect.objectContaining({ action: 'expire' })]));
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await runCli(['report', 'x.json', '--format', 'pdf'], io());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/text, json, sarif, markdown, html, csv/);
  });
});
