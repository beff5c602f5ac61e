import { Ajv } from 'ajv';
import * as formatsModule from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { ScanReport } from '../../src/types.js';
import { ROOT } from '../helpers/detector-modules.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'report.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = formatsModule.default as unknown as (a: Ajv) => Ajv;
addFormats(ajv);
const validateReport = ajv.compile(schema);

const io = (cwd = ROOT, env: NodeJS.ProcessEnv = { PIISCAN_FINGERPRINT_KEY: 'test' }) => ({ cwd, env, stderrIsTTY: false, stdoutIsTTY: false });

export function expectValidReport(report: unknown): asserts report is ScanReport {
  const ok = validateReport(report);
  expect(ok, JSON.stringify(validateReport.errors, null, 2)).toBe(true);
}

describe('piiscan scan (in-process)', () => {
  it('scans the bundled fixtures to a schema-valid JSON report without raw values', async () => {
    const shown = await runCli(['scan', 'fixtures/files', '--format', 'json', '--show-values'], io());
    expect(shown.exitCode).toBe(0);
    const withValues = JSON.parse(shown.stdout) as ScanReport;
    expectValidReport(withValues);
    expect(withValues.findings.length).toBeGreaterThan(20);
    // A finding whose snippet is its value carries no secret by design (a PEM header line).
    const values = withValues.findings.filter((f) => f.snippet !== f.value).map((f) => f.value!).filter((v) => v.length >= 6);
    expect(values.length).toBeGreaterThan(20);

    const masked = await runCli(['scan', 'fixtures/files', '--format', 'json'], io());
    expect(masked.exitCode).toBe(0);
    const report = JSON.parse(masked.stdout) as ScanReport;
    expectValidReport(report);
    expect(report.findings.length).toBe(withValues.findings.length);
    for (const v of values) expect(masked.stdout.includes(v), `raw value leaked: ${v.slice(0, 3)}…`).toBe(false);
    const text = await runCli(['scan', 'fixtures/files'], io());
    for (const v of values) expect(text.stdout.includes(v), `raw value leaked in text: ${v.slice(0, 3)}…`).toBe(false);
    // every legal id cited by a finding is explained in report.legal
    for (const f of report.findings) for (const l of f.legal) expect(report.legal[l], l).toBeDefined();
  });

  it('filters detectors by glob and confidence', async () => {
    const r = await runCli(['scan', 'fixtures/files', '--format', 'json', '--detectors', 'cn.*,email', '--min-confidence', '0.9'], io());
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.detector === 'email' || f.detector.startsWith('cn.')).toBe(true);
      expect(f.confidence).toBeGreaterThanOrEqual(0.9);
    }
    const ex = await runCli(['scan', 'fixtures/files', '--format', 'json', '--exclude-detectors', 'email'], io());
    expect((JSON.parse(ex.stdout) as ScanReport).findings.some((f) => f.detector === 'email')).toBe(false);
  });

  it('writes --output files with mode 0600 and keeps stdout empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-cli-'));
    const out = join(dir, 'r.json');
    const r = await runCli(['scan', 'fixtures/files', '--format', 'json', '--output', out], io());
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expectValidReport(JSON.parse(readFileSync(out, 'utf8')));
    const again = await runCli(['report', out, '--format', 'text'], io());
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toMatch(/Scanned \d+ file/);
  });

  it('records a missing target in scan.errors and still exits 0', async () => {
    const r = await runCli(['scan', 'fixtures/files', 'no/such/file.txt', '--format', 'json'], io());
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.scan.errors).toEqual([expect.objectContaining({ code: 'SOURCE_NOT_FOUND', target: 'no/such/file.txt' })]);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it.each([
    [['scan', 'fixtures/files', '--format', 'xml']],
    [['scan', 'fixtures/files', '--min-confidence', '2']],
    [['scan', 'fixtures/files', '--detectors', 'no.such.*']],
    [['scan']],
    [['frobnicate']],
    [['scan', 'fixtures/files', '--bogus']],
  ])('exits 2 on usage errors: %j', async (argv) => {
    const r = await runCli(argv, io());
    expect(r.exitCode).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('exits 2 on a config error naming the file, the key and the expectation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-cfg-'));
    writeFileSync(join(dir, 'piiscan.yaml'), 'minConfidence: high\ndetectorz: [email]\n');
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    const r = await runCli(['scan', 'a.txt'], io(dir));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('piiscan.yaml');
    expect(r.stderr).toContain('minConfidence');
    expect(r.stderr).toMatch(/number/);
    expect(r.stderr).toContain('detectorz');
    const missing = await runCli(['scan', 'a.txt', '--config', 'nope.yaml'], io(dir));
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
  });

  it('takes targets and detector globs from the config file; the command line wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-cfg-'));
    writeFileSync(join(dir, 'piiscan.yaml'), "targets: [a.txt]\ndetectors: ['*', '!email']\nminConfidence: 0.6\n");
    writeFileSync(join(dir, 'a.txt'), 'mail alice@example.com, id 110101199003074477\n');
    const r = await runCli(['scan', '--format', 'json'], io(dir));
    expect(r.exitCode).toBe(0);
    const rep = JSON.parse(r.stdout) as ScanReport;
    expect(rep.scan.minConfidence).toBe(0.6);
    expect(rep.scan.detectors).not.toContain('email');
    const r2 = await runCli(['scan', '--format', 'json', '--min-confidence', '0.3'], io(dir));
    expect((JSON.parse(r2.stdout) as ScanReport).scan.minConfidence).toBe(0.3);
  });
});

describe('piiscan detectors', () => {
  it('lists every detector with sensitivity and legal references', async () => {
    const r = await runCli(['detectors', '--json'], io());
    expect(r.exitCode).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; sensitivity: string; legal: string[]; category: string; name: string }[];
    expect(list.length).toBeGreaterThanOrEqual(48);
    for (const d of list) {
      expect(d.sensitivity).toMatch(/^(public|internal|confidential|restricted)$/);
      expect(d.legal.length).toBeGreaterThan(0);
    }
    const text = await runCli(['detectors'], io());
    expect(text.stdout).toContain('cn.resident_id');
  });
});

describe('the real binary', () => {
  it('exits with our codes, never Node’s default', () => {
    const cli = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
    const ok = spawnSync(process.execPath, [...cli, 'scan', 'fixtures/files', '--format', 'json', '--quiet'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PIISCAN_FINGERPRINT_KEY: 'x' } });
    expect(ok.status).toBe(0);
    expectValidReport(JSON.parse(ok.stdout));
    const bad = spawnSync(process.execPath, [...cli, 'scan', '--format', 'nope', 'x'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
  }, 60_000);
});
