import { cpSync, closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FilePool } from '../../src/pool/file-pool.js';
import { scan, type ScanOptions } from '../../src/scan.js';
import { deflatedRepeat, SHEET_HEAD, SHEET_TAIL, writeZip, xlsxParts } from '../formats/helpers/zip.js';
import { ROOT, tempDir } from './helpers.js';

const MiB = 1024 * 1024;

/** 100 MiB without a newline, personal data at its start, middle and end. */
function writeOneLine(path: string): void {
  const fd = openSync(path, 'w');
  const filler = Buffer.alloc(MiB, 'lorem ipsum dolor sit amet '.repeat(1 + MiB / 27).slice(0, MiB));
  writeSync(fd, 'contact first.person@example.com ');
  for (let i = 0; i < 100; i++) {
    writeSync(fd, filler);
    if (i === 50) writeSync(fd, ' middle.person@example.com ');
  }
  writeSync(fd, ' last.person@example.com');
  closeSync(fd);
}

describe('bad input through the worker pool (2 workers)', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each broken file is one clear error or warning; every other file is complete; memory stays under 1 GiB', async () => {
    cpSync(join(ROOT, 'fixtures/files'), join(dir, 'files'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/broken'), join(dir, 'broken'), { recursive: true });
    // 256 MiB of sheet XML deflated ~340:1: refused by ratio, never inflated.
    await writeZip(join(dir, 'broken/bomb.xlsx'), [...xlsxParts(), await deflatedRepeat('xl/worksheets/sheet1.xml', SHEET_HEAD, '<row r="1"><c r="A1"><v>0</v></c></row>', (256 * MiB) / 40, SHEET_TAIL)]);
    writeOneLine(join(dir, 'broken/one-line.txt'));

    const opts: ScanOptions = { cwd: dir, fingerprintKey: 'robust', now: () => new Date(0), scanId: 'x' };
    const starts = vi.spyOn(FilePool, 'start');
    const r = await scan(['.'], { ...opts, workers: 2 });
    expect(starts).toHaveBeenCalledTimes(1);
    starts.mockRestore();

    const errs = Object.fromEntries(r.scan.errors.map((e) => [e.target, e]));
    expect(errs['broken/truncated.xlsx'].code).toBe('FORMAT_CORRUPT');
    expect(errs['broken/fake.xlsx'].message).toMatch(/not an xlsx/);
    expect(errs['broken/truncated.csv.gz'].message).toMatch(/gzip data truncated/);
    expect(errs['broken/bomb.xlsx'].code).toBe('FORMAT_BOMB');
    expect(r.scan.errors.map((e) => e.code)).not.toContain('WORKER_CRASH');
    expect(r.scan.errors.map((e) => e.code)).not.toContain('UNIT_TIMEOUT');
    expect(r.scan.warnings?.filter((w) => w.target === 'broken/ragged.csv').map((w) => w.code)).toEqual(['CSV_RAGGED_ROW', 'CSV_RAGGED_ROW']);
    // The 100 MiB line is scanned, to its end.
    const line = r.findings.filter((f) => f.location.kind === 'file' && f.location.path === 'broken/one-line.txt' && f.detector === 'email');
    expect(line.length).toBe(3);
    // Every good file has exactly the findings it has when scanned alone, in this thread.
    const alone = await scan(['files'], { ...opts, workers: 0 });
    const good = (x: typeof r) => {
      const y = structuredClone(x);
      y.findings = y.findings.filter((f) => 'path' in f.location && f.location.path?.startsWith('files/') === true);
      y.assets = y.assets.filter((a) => 'path' in a.location && a.location.path?.startsWith('files/') === true);
      return JSON.stringify({ findings: y.findings, assets: y.assets.map((a) => ({ ...a, risk: undefined })) });
    };
    expect(alone.findings.length).toBeGreaterThan(10);
    expect(good(r)).toBe(good(alone));
    // Peak RSS of this whole process, worker threads included.
    expect(process.resourceUsage().maxRSS * 1024).toBeLessThan(1024 * MiB);
  }, 180_000);
});
