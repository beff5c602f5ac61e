import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { sniff } from '../../src/sources/text-file.js';
import { defineDetector } from '../../src/types.js';

const token = defineDetector({
  id: 'test.token',
  name: 'test token',
  category: 'secret',
  sensitivity: 'restricted',
  legal: ['gdpr:art32'],
  patterns: [{ name: 'tok', regex: '\\bTOK-[0-9]{6}\\b', score: 0.9 }],
  examples: { match: [], noMatch: [] },
});

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'piiscan-files-'));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

const run = (dir: string, targets: string[] = ['.'], extra: Parameters<typeof scan>[1] = {}) =>
  scan(targets, { cwd: dir, detectors: [token], fingerprintKey: 'k', showValues: true, ...extra });

const paths = (r: Awaited<ReturnType<typeof run>>) => [...new Set(r.findings.map((f) => ('path' in f.location ? f.location.path : '')))].sort();

describe('file crawling', () => {
  it('honours .gitignore (nested too) and the default excludes', async () => {
    const dir = tree({
      '.gitignore': 'ignored.txt\nbuild/\n',
      'a.txt': 'TOK-000001',
      'ignored.txt': 'TOK-000002',
      'build/out.txt': 'TOK-000003',
      'sub/.gitignore': 'local.txt\n',
      'sub/local.txt': 'TOK-000004',
      'sub/kept.txt': 'TOK-000005',
      'node_modules/x/y.txt': 'TOK-000006',
      '.git/config': 'TOK-000007',
      'package-lock.json': '"TOK-000008"',
      '.hidden/h.txt': 'TOK-000009',
    });
    expect(paths(await run(dir))).toEqual(['.hidden/h.txt', 'a.txt', 'sub/kept.txt']);
    expect(paths(await run(dir, ['.'], { gitignore: false }))).toEqual(['.hidden/h.txt', 'a.txt', 'build/out.txt', 'ignored.txt', 'sub/kept.txt', 'sub/local.txt']);
  });

  it('applies include/exclude globs and accepts glob targets', async () => {
    const dir = tree({ 'a.txt': 'TOK-000001', 'b.log': 'TOK-000002', 'c/d.log': 'TOK-000003' });
    expect(paths(await run(dir, ['.'], { exclude: ['**/*.log'] }))).toEqual(['a.txt']);
    expect(paths(await run(dir, ['.'], { include: ['**/*.log'] }))).toEqual(['b.log', 'c/d.log']);
    expect(paths(await run(dir, ['**/*.log']))).toEqual(['b.log', 'c/d.log']);
  });

  it('records a missing target as an error and goes on', async () => {
    const dir = tree({ 'a.txt': 'TOK-000001' });
    const r = await run(dir, ['nope.txt', 'a.txt', 'none/*.csv']);
    expect(paths(r)).toEqual(['a.txt']);
    expect(r.scan.errors.map((e) => e.code)).toEqual(['SOURCE_NOT_FOUND', 'SOURCE_NOT_FOUND']);
  });

  it('skips binaries, FIFOs and oversized files without hanging, and never follows symlink loops', async () => {
    const dir = tree({
      'a.txt': 'TOK-000001',
      'img.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('TOK-000002')]),
      'blob.bin': Buffer.concat([Buffer.from('TOK-000003'), Buffer.alloc(20)]),
      'big.txt': 'TOK-000004 ' + 'x'.repeat(5000),
    });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    const r = await run(dir, ['.', 'pipe'], { maxFileSize: 1000 });
    expect(paths(r)).toEqual(['a.txt']);
    const reasons = Object.fromEntries((r.scan.skipped ?? []).map((s) => [s.path, s.reason]));
    expect(reasons['img.png']).toMatch(/binary/);
    expect(reasons['blob.bin']).toMatch(/binary/);
    expect(reasons['big.txt']).toMatch(/max-file-size/);
    expect(reasons['pipe']).toMatch(/not a regular file/);
  }, 20_000);
});

describe('file reading', () => {
  it('decodes UTF-8 with BOM, UTF-16LE/BE with and without BOM, and keeps positions right', async () => {
    const text = 'line one\n身份 TOK-123456 end\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const dir = tree({
      'bom8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'le-nobom.txt': le,
    });
    const r = await run(dir);
    expect(r.findings).toHaveLength(4);
    for (const f of r.findings) {
      expect(f.value).toBe('TOK-123456');
      expect(f.location).toMatchObject({ line: 2, column: 4, endColumn: 14 });
    }
    const enc = Object.fromEntries(r.assets.map((a) => [('path' in a.location && a.location.path) || '', a.encoding]));
    expect(enc).toEqual({ 'be.txt': 'utf-16be', 'bom8.txt': 'utf-8', 'le-nobom.txt': 'utf-16le', 'le.txt': 'utf-16le' });
  });

  it('scans past invalid UTF-8 bytes', async () => {
    const dir = tree({ 'bad.txt': Buffer.concat([Buffer.from('x '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' TOK-654321\n')]) });
    const r = await run(dir);
    expect(r.findings.map((f) => f.value)).toEqual(['TOK-654321']);
  });

  it('finds a match that straddles the 1 MiB read chunks, once, on the right line', async () => {
    const pad = 'a'.repeat(1024 * 1024 - 5);
    const dir = tree({ 'edge.txt': `${pad} TOK-111111 x\nsecond TOK-222222\n` });
    const r = await run(dir);
    expect(r.findings.map((f) => [f.value, f.location.kind === 'file' && f.location.line])).toEqual([
      ['TOK-111111', 1],
      ['TOK-222222', 2],
    ]);
    expect(r.assets[0].records).toBe(2);
  });

  it('sniffs text versus binary', () => {
    expect(sniff(Buffer.from('hello\n'))).toMatchObject({ kind: 'text', encoding: 'utf-8' });
    expect(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ kind: 'binary' });
    expect(sniff(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41]))).toMatchObject({ kind: 'binary' });
  });

  it('produces a deterministic report order', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`d${i % 3}/f${i}.txt`] = `x TOK-${String(i).padStart(6, '0')}\nTOK-999999`;
    const dir = tree(files);
    const a = await run(dir);
    const b = await run(dir);
    expect(a.findings.map((f) => JSON.stringify(f.location))).toEqual(b.findings.map((f) => JSON.stringify(f.location)));
    const keys = a.findings.map((f) => (f.location.kind === 'file' ? `${f.location.path}:${String(f.location.line).padStart(3, '0')}` : ''));
    expect(keys).toEqual([...keys].sort());
  });
});
