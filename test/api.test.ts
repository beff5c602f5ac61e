import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS, defineDetector, scan, scanText, scanTextSync, type Finding } from '../src/index.js';

describe('library API (src/index.ts, the package entry)', () => {
  it('scanText finds, masks and fingerprints; raw values only on request', async () => {
    const text = '身份证号：110101199003074477，邮箱 wang.fang@example.cn';
    const { findings } = await scanText(text, { detectors: ['cn.*', 'email'], fingerprintKey: 'k' });
    expect(findings.map((f: Finding) => [f.detector, f.snippet])).toEqual([
      ['cn.resident_id', '1101**********4477'],
      ['email', 'w***@example.cn'],
    ]);
    expect(JSON.stringify(findings)).not.toContain('110101199003074477');
    expect(scanTextSync(text, { detectors: ['email'], showValues: true, fingerprintKey: 'k' }).findings[0].value).toBe('wang.fang@example.cn');
  });

  it('accepts user detectors built with defineDetector next to built-in globs', async () => {
    const emp = defineDetector({
      id: 'acme.employee_id',
      name: 'ACME employee id',
      category: 'person',
      sensitivity: 'internal',
      legal: ['gdpr:art4-1'],
      patterns: [{ name: 'emp', regex: '\\bEMP-[0-9]{6}\\b', score: 0.8 }],
      examples: { match: [], noMatch: [] },
    });
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-api-'));
    writeFileSync(join(dir, 'x.log'), 'EMP-004211 mailed ops@example.com\n');
    const report = await scan(['.'], { cwd: dir, detectors: [emp, 'email'], fingerprintKey: 'k' });
    expect(report.findings.map((f) => f.detector)).toEqual(['acme.employee_id', 'email']);
    expect(report.scan.detectors).toEqual(['email', 'acme.employee_id']);
    expect(BUILTIN_DETECTORS.length).toBeGreaterThanOrEqual(48);
  });

  it('rejects an unknown detector glob instead of scanning with nothing', async () => {
    await expect(scan(['.'], { detectors: ['no.such.*'], fingerprintKey: 'k' })).rejects.toThrow(/no detector matches/);
  });
});

describe('faulty user detectors', () => {
  it('records a DETECTOR_ERROR and scans the rest of the file', async () => {
    const broken = defineDetector({
      id: 'acme.broken',
      name: 'broken',
      category: 'person',
      sensitivity: 'internal',
      legal: ['gdpr:art4-1'],
      patterns: [{ name: 'x', regex: '\\bEMP-[0-9]{6}\\b', score: 0.8 }],
      validate: () => {
        throw new Error('validator crashed');
      },
      examples: { match: [], noMatch: [] },
    });
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-api-'));
    writeFileSync(join(dir, 'x.log'), 'EMP-004211 mailed ops@example.com\n');
    const report = await scan(['x.log'], { cwd: dir, detectors: [broken, 'email'], fingerprintKey: 'k' });
    expect(report.findings.map((f) => f.detector)).toEqual(['email']);
    expect(report.scan.errors).toEqual([expect.objectContaining({ code: 'DETECTOR_ERROR', asset: 'x.log' })]);
    expect(report.scan.errors[0].message).toContain('acme.broken');
  });
});
