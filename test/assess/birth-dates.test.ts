import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rrn from '../../detectors/kr/rrn.js';
import pesel from '../../detectors/pl/pesel.js';
import personnummer from '../../detectors/se/personnummer.js';
import { scan } from '../../src/scan.js';

/** Identifiers that encode a birth date feed the children's-data rules (Finding.subjectAge, Asset.minors). */
describe('birth dates in national identifiers', () => {
  it('kr.rrn: the century comes from the 7th digit', () => {
    expect(rrn.birthDate!('9710139019902')).toEqual({ year: 1897, month: 10, day: 13 });
    expect(rrn.birthDate!('8804112238459')).toEqual({ year: 1988, month: 4, day: 11 });
    expect(rrn.birthDate!('0102033123451')).toEqual({ year: 2001, month: 2, day: 3 });
  });

  it('pl.pesel: the century is encoded in the month', () => {
    expect(pesel.birthDate!('44051401359')).toEqual({ year: 1944, month: 5, day: 14 });
    expect(pesel.birthDate!('15230812349')).toEqual({ year: 2015, month: 3, day: 8 });
  });

  it('se.personnummer: 12-digit forms only (a 10-digit form lost its century marker in normalisation)', () => {
    expect(personnummer.birthDate!('201405201235')).toEqual({ year: 2014, month: 5, day: 20 });
    expect(personnummer.birthDate!('197010632391')).toEqual({ year: 1970, month: 10, day: 3 });
    expect(personnummer.birthDate!('8803200016')).toBeNull();
  });

  it('children found through them count as minors and trigger the children rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-ids-'));
    writeFileSync(join(dir, 'pupils.txt'), ['PESEL 15230812349', '주민등록번호 160308-3123459', 'personnummer 20140520-1235', 'PESEL 44051401359'].join('\n') + '\n');
    const r = await scan(['pupils.txt'], { cwd: dir, fingerprintKey: 'k', now: () => new Date('2025-06-01T00:00:00Z') });
    const ages = Object.fromEntries(r.findings.map((f) => [f.detector + ':' + f.location.kind + (f.location.kind === 'file' ? f.location.line : ''), f.subjectAge]));
    expect(ages).toEqual({ 'pl.pesel:file1': 10, 'kr.rrn:file2': 9, 'se.personnummer:file3': 11, 'pl.pesel:file4': 81 });
    const a = r.assets[0];
    expect(a.minors).toEqual({ under14: 3, under16: 3 });
    expect(a.sensitivity).toBe('restricted');
    expect(a.triggers).toEqual(expect.arrayContaining(['gdpr:art8', 'ccpa:1798.120-c', 'pipl:art31']));
  });
});
