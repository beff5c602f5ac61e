import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mod11_2CheckChar } from '../../detectors/_lib/iso7064.js';
import { ageOf } from '../../src/engine/text-scanner.js';
import { scan } from '../../src/scan.js';

const id = (body17: string) => body17 + mod11_2CheckChar(body17);

describe('subject facts', () => {
  it('computes whole years of age at scan time', () => {
    const now = new Date('2026-06-15T00:00:00Z');
    expect(ageOf({ year: 2012, month: 6, day: 15 }, now)).toBe(14);
    expect(ageOf({ year: 2012, month: 6, day: 16 }, now)).toBe(13);
    expect(ageOf({ year: 2030, month: 1, day: 1 }, now)).toBeUndefined();
    expect(ageOf(null, now)).toBeUndefined();
  });

  it('counts minors and distinct values per asset from birth dates in resident IDs and dates of birth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-age-'));
    const child = id('11010520150101123');
    const adult = id('11010519800101123');
    writeFileSync(join(dir, 'a.txt'), `身份证号 ${child}\n身份证号 ${child}\n身份证号 ${adult}\nborn on 2013-02-01\n`);
    const r = await scan(['a.txt'], { cwd: dir, fingerprintKey: 'k', now: () => new Date('2026-11-22T00:00:00Z') });
    const a = r.assets[0];
    expect(a.counts['cn.resident_id']).toBe(3);
    expect(a.distinct?.['cn.resident_id']).toBe(2);
    expect(a.minors).toEqual({ under14: 3, under16: 3 }); // two 11-year-olds' IDs and a 13-year-old's birth date
    expect(r.findings.filter((f) => f.detector === 'cn.resident_id').map((f) => f.subjectAge)).toEqual([11, 11, 46]);
  });

  it('counts records (lines) where detectors occur together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-combo-'));
    const lines = [
      `name on file, id ${id('11010519800101123')}, mail a.b@example.com`,
      `id ${id('11010519800101123')} mail c.d@example.com`,
      'just mail e.f@example.com',
      `mail g.h@example.com card 4111 1111 1111 1111 id ${id('11010519800101123')}`,
    ];
    writeFileSync(join(dir, 'b.txt'), lines.join('\n') + '\n');
    const r = await scan(['b.txt'], { cwd: dir, fingerprintKey: 'k' });
    expect(r.assets[0].cooccurrence).toEqual([
      { detectors: ['cn.resident_id', 'email'], records: 2 },
      { detectors: ['cn.resident_id', 'credit_card', 'email'], records: 1 },
    ]);
  });
});
