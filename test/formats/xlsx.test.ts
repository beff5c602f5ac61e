import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableReaderFor, xlsxReader } from '../../src/formats/index.js';
import { ROOT } from '../helpers/detector-modules.js';
import { readAll } from './helpers/read-all.js';
import { HR_EMPLOYEES, HR_EMPLOYEES_HEADER, HR_PAYROLL, HR_PAYROLL_HEADER } from './helpers/table-fixtures.js';
import { deflated, deflatedRepeat, SHEET_HEAD, SHEET_TAIL, sheetXml, writeZip, xlsxParts, type ZipInput } from './helpers/zip.js';

const T = (name: string) => join(ROOT, 'fixtures/tables', name);
const B = (name: string) => join(ROOT, 'fixtures/broken', name);
const dir = () => mkdtempSync(join(tmpdir(), 'piiscan-xlsx-'));
const MiB = 1024 * 1024;

async function zipFile(entries: ZipInput[]): Promise<string> {
  const p = join(dir(), 'book.xlsx');
  await writeZip(p, entries);
  return p;
}

/** Peak RSS growth while `fn` runs, sampled every few milliseconds. */
async function rssGrowth<T>(fn: () => Promise<T>): Promise<{ result: T; growthMiB: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMiB: (peak - before) / MiB };
  } finally {
    clearInterval(timer);
  }
}

describe('XLSX reader', () => {
  it('reads every sheet of hr.xlsx: title row, header detection, dates, cached formulas, rich text, hyperlinks', async () => {
    const r = await readAll(xlsxReader, T('hr.xlsx'));
    expect(r.error).toBeUndefined();
    expect([...new Set(r.batches.map((b) => b.sheet))]).toEqual(['Employees', 'Payroll', 'Notes']);
    // The title above the header comes in its own batch, named by position.
    expect(r.batches[0]).toEqual({ sheet: 'Employees', columns: ['column1'], rows: [{ row: 1, values: ['ACME Corp employee register (synthetic data)'] }] });
    expect(r.batches[1].columns).toEqual(HR_EMPLOYEES_HEADER);
    const employees = r.records.filter((x) => x.sheet === 'Employees').slice(1);
    expect(employees).toEqual([
      ...HR_EMPLOYEES.map((e, i) => ({
        row: 4 + i,
        sheet: 'Employees',
        cells: {
          'Employee ID': e.id,
          Name: e.name,
          Email: e.email,
          Mobile: e.mobile,
          'Hire date': e.hired.toISOString().slice(0, 10),
          'Monthly salary': String(e.monthly),
          'Annual salary': String(e.monthly * 12),
          'Password hash': e.hash,
        },
      })),
      // rich text → plain, 0.1 + 0.2 → 0.3, serial 1 as a date → 1900-01-01, a formula whose result is an error → empty
      { row: 8, sheet: 'Employees', cells: { 'Employee ID': 'E-0004', Name: 'Dan Placeholder', Email: 'dan.placeholder@example.com', 'Hire date': '1900-01-01', 'Monthly salary': '0.3' } },
    ]);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'XLSX_FORMULA_NO_VALUE', sheet: 'Employees', row: 8 })]);
    expect(r.records.filter((x) => x.sheet === 'Payroll')).toEqual([
      ...HR_PAYROLL.map((p, i) => ({
        row: 2 + i,
        sheet: 'Payroll',
        cells: { [HR_PAYROLL_HEADER[0]]: p.id, IBAN: p.iban, 'Bank card': p.card, Amount: String(p.amount), 'Paid at': p.paid.toISOString().slice(0, 19) },
      })),
      { row: 4, sheet: 'Payroll', cells: { 'Employee ID': 'Total', Amount: '10000.5' } },
    ]);
    // No header on Notes (sentences are not labels); serials 59/60/61 straddle the 1900 leap-year bug.
    expect(r.records.filter((x) => x.sheet === 'Notes')).toEqual([
      { row: 1, sheet: 'Notes', cells: { column1: 'Reminder: send the contract to alice.example@example.com before Friday.' } },
      { row: 2, sheet: 'Notes', cells: { column1: 'Bob asked to update his phone to (202) 555-0102.' } },
      { row: 3, sheet: 'Notes', cells: { column1: '1900-02-28' } },
      { row: 4, sheet: 'Notes', cells: { column1: '1900-02-29' } },
      { row: 5, sheet: 'Notes', cells: { column1: '1900-03-01' } },
    ]);
  });

  it('reads workbooks with inline strings and no shared-strings part, every sheet', async () => {
    const p = await zipFile([...xlsxParts(), deflated('xl/worksheets/sheet1.xml', sheetXml([['name', 'email'], ['Ann', 'ann@example.com']])), deflated('xl/worksheets/sheet2.xml', sheetXml([['id', 'phone'], ['7', '(202) 555-0107']]))]);
    const r = await readAll(xlsxReader, p);
    expect(r.records).toEqual([
      { row: 2, sheet: 'First', cells: { name: 'Ann', email: 'ann@example.com' } },
      { row: 2, sheet: 'Second', cells: { id: '7', phone: '(202) 555-0107' } },
    ]);
  });

  it('a sheet that cannot be parsed is reported and the next sheet is still read', async () => {
    const broken = SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"></oops>' + SHEET_TAIL;
    const p = await zipFile([...xlsxParts(), deflated('xl/worksheets/sheet1.xml', broken), deflated('xl/worksheets/sheet2.xml', sheetXml([['email'], ['bob@example.com']]))]);
    const r = await readAll(xlsxReader, p);
    expect(r.error).toBeUndefined();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'XLSX_SHEET_UNREADABLE', sheet: 'First' })]);
    expect(r.records.filter((x) => x.sheet === 'Second')).toEqual([{ row: 2, sheet: 'Second', cells: { email: 'bob@example.com' } }]);
  });

  it('truncated and fake xlsx are FORMAT_CORRUPT; legacy/encrypted OLE files are FORMAT_UNSUPPORTED', async () => {
    expect((await readAll(xlsxReader, B('truncated.xlsx'))).error?.code).toBe('FORMAT_CORRUPT');
    const fake = await readAll(xlsxReader, B('fake.xlsx'));
    expect(fake.error?.code).toBe('FORMAT_CORRUPT');
    expect(fake.error?.message).toMatch(/not a zip/);
    const notXlsx = await zipFile([deflated('word/document.xml', '<w/>')]);
    expect((await readAll(xlsxReader, notXlsx)).error?.message).toMatch(/no xl\/workbook\.xml/);
    const ole = join(dir(), 'old.xlsx');
    writeFileSync(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expect((await readAll(xlsxReader, ole)).error?.code).toBe('FORMAT_UNSUPPORTED');
    // Every cut of a real workbook fails cleanly, never with a crash or a hang.
    const hr = readFileSync(T('hr.xlsx'));
    for (const cut of [0.1, 0.5, 0.9, 0.99]) {
      const p = join(dir(), 'cut.xlsx');
      writeFileSync(p, hr.subarray(0, Math.floor(hr.length * cut)));
      expect((await readAll(xlsxReader, p)).error?.code, `cut at ${cut}`).toBe('FORMAT_CORRUPT');
    }
  });

  it('refuses an xlsx zip bomb from its directory, before inflating, with flat memory', async () => {
    // 256 MiB of rows deflated ~340:1 (real bombs nest or repeat far more; the ratio is what tells).
    const sheet = await deflatedRepeat('xl/worksheets/sheet1.xml', SHEET_HEAD, '<row r="1"><c r="A1"><v>0</v></c></row>', (256 * MiB) / 40, SHEET_TAIL);
    const p = await zipFile([...xlsxParts(), sheet]);
    const { result, growthMiB } = await rssGrowth(() => readAll(xlsxReader, p));
    expect(result.error?.code).toBe('FORMAT_BOMB');
    expect(result.error?.message).toMatch(/sheet1\.xml inflates \d+:1/);
    expect(growthMiB).toBeLessThan(64);
    // A total past the limit (configurable), even at a harmless ratio.
    const small = await zipFile([...xlsxParts(), deflated('xl/worksheets/sheet1.xml', sheetXml(Array.from({ length: 2000 }, (_, i) => [`user${i}@example.com`])))]);
    expect((await readAll(xlsxReader, small, { limits: { zipMaxUncompressed: 64 * 1024 } })).error?.message).toMatch(/more than 65536 bytes/);
    // A directory claiming 4 GiB is refused without reading a byte of it.
    const claim = await zipFile([...xlsxParts(), { ...deflated('xl/worksheets/sheet1.xml', sheetXml([['a']])), uncompressedSize: 0xfffffffe }]);
    expect((await readAll(xlsxReader, claim)).error?.code).toBe('FORMAT_BOMB');
  });

  it('an entry that inflates past what its directory declares is a bomb too (stopped at the declared size)', async () => {
    const sheet = await deflatedRepeat('xl/worksheets/sheet1.xml', SHEET_HEAD, '<row r="1"><c r="A1"><v>0</v></c></row>', (256 * MiB) / 40, SHEET_TAIL);
    const p = await zipFile([...xlsxParts(), { ...sheet, uncompressedSize: 4096 }]);
    const { result, growthMiB } = await rssGrowth(() => readAll(xlsxReader, p));
    expect(result.error?.code).toBe('FORMAT_BOMB');
    expect(result.error?.message).toMatch(/past the 4096 bytes its directory declares/);
    expect(growthMiB).toBeLessThan(64);
  });

  it('shared strings too large to hold in memory are FORMAT_TOO_LARGE', async () => {
    const r = await readAll(xlsxReader, T('hr.xlsx'), { limits: { xlsxMaxSharedStrings: 100 } });
    expect(r.error?.code).toBe('FORMAT_TOO_LARGE');
  });

  it('overlapping entries (the other kind of zip bomb) are FORMAT_CORRUPT', async () => {
    const s1 = deflated('xl/worksheets/sheet1.xml', sheetXml([['a']]));
    const p = await zipFile([...xlsxParts(), s1, { ...s1, name: 'xl/worksheets/sheet2.xml', sameLocalAs: 'xl/worksheets/sheet1.xml' }]);
    const r = await readAll(xlsxReader, p);
    expect(r.error?.code).toBe('FORMAT_CORRUPT');
  });

  it('detects by extension and by the zip head naming xl/workbook.xml', () => {
    const head = readFileSync(T('hr.xlsx')).subarray(0, 64 * 1024);
    expect(tableReaderFor('x.xlsx', Buffer.from('text'))?.format).toBe('xlsx');
    expect(tableReaderFor('download', head)?.format).toBe('xlsx');
    expect(xlsxReader.detect('x.docx', Buffer.from('PK\u0003\u0004word/document.xml'))).toBe(false);
  });
});
