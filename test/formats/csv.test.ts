import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvReader } from '../../src/formats/index.js';
import { sniffDelimiter } from '../../src/formats/delimiter-sniff.js';
import { looksLikeHeader } from '../../src/formats/header-sniff.js';
import { ROOT } from '../helpers/detector-modules.js';
import { cellsOf, readAll } from './helpers/read-all.js';
import { CUSTOMER_ROWS, CUSTOMERS, CUSTOMERS_HEADER, CUSTOMERS_ZH, CUSTOMERS_ZH_HEADER } from './helpers/table-fixtures.js';

const T = (name: string) => join(ROOT, 'fixtures/tables', name);
const B = (name: string) => join(ROOT, 'fixtures/broken', name);
const tmp = (name: string, content: string | Buffer) => {
  const p = join(mkdtempSync(join(tmpdir(), 'piiscan-csv-')), name);
  writeFileSync(p, content);
  return p;
};

const expectedCustomers = CUSTOMERS.map((c, i) => ({ row: CUSTOMER_ROWS[i], cells: cellsOf(CUSTOMERS_HEADER, c) }));

describe('CSV reader', () => {
  it('reads customers.csv: header, values, the line where each record starts (a quoted address spans two lines)', async () => {
    const r = await readAll(csvReader, T('customers.csv'));
    expect(r.error).toBeUndefined();
    expect(r.issues).toEqual([]);
    expect(r.batches).toHaveLength(1);
    expect(r.batches[0].columns).toEqual(CUSTOMERS_HEADER);
    expect(r.records).toEqual(expectedCustomers);
    expect(r.records[1].cells.address).toBe('34 Oak Ave\nApt 5, Springfield');
    expect(r.records[1].cells.notes).toBe('call after 5pm, "urgent" only');
  });

  it('reads the Chinese-header variant', async () => {
    const r = await readAll(csvReader, T('customers-zh.csv'));
    expect(r.batches[0].columns).toEqual(['身份证号', '手机号', '姓名', '地址', '邮箱']);
    expect(r.records).toEqual(CUSTOMERS_ZH.map((c, i) => ({ row: i + 2, cells: cellsOf(CUSTOMERS_ZH_HEADER, c) })));
  });

  it('reads UTF-16LE tab-separated exports and gzip as the same table', async () => {
    for (const f of ['export-utf16.csv', 'customers.csv.gz']) {
      const r = await readAll(csvReader, T(f));
      expect(r.error, f).toBeUndefined();
      expect(r.records, f).toEqual(expectedCustomers);
    }
  });

  it('reports ragged rows and keeps their values (trailing empty fields are not ragged)', async () => {
    const r = await readAll(csvReader, B('ragged.csv'));
    expect(r.error).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([
      ['CSV_RAGGED_ROW', 3],
      ['CSV_RAGGED_ROW', 4],
    ]);
    expect(r.batches.at(-1)!.columns).toEqual(['id', 'name', 'email', 'phone', 'column5']);
    expect(r.records.map((x) => x.row)).toEqual([2, 3, 4, 5]);
    expect(r.records[1].cells).toEqual({ id: '2', name: 'Bob Sample', email: 'bob.sample@example.com' });
    expect(r.records[2].cells.column5).toBe('extra-field');
    expect(r.records[3].cells).toEqual({ id: '4', name: 'Dan Placeholder', email: 'dan.placeholder@example.com', phone: '(202) 555-0104' });
  });

  it('an unterminated quote is reported; rows before it and after it are still read', async () => {
    const r = await readAll(csvReader, B('unterminated-quote.csv'));
    expect(r.error).toBeUndefined();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'CSV_UNTERMINATED_QUOTE', row: 3 })]);
    expect(r.records.map((x) => [x.row, x.cells.email])).toEqual([
      [2, 'alice.example@example.com'],
      [3, 'bob.sample@example.com'],
      [4, 'carol.test@example.com'],
      [5, 'dan.placeholder@example.com'],
    ]);
  });

  it('a runaway quoted field is bounded by csvMaxRecordBytes and recovered the same way', async () => {
    const lines = ['id,note', '1,"starts here', ...Array.from({ length: 200 }, (_, i) => `${i + 2},user${i}@example.com`)];
    const r = await readAll(csvReader, tmp('runaway.csv', lines.join('\n') + '\n'), { limits: { csvMaxRecordBytes: 1024 } });
    expect(r.error).toBeUndefined();
    expect(r.issues[0]).toMatchObject({ code: 'CSV_UNTERMINATED_QUOTE', row: 2 });
    expect(r.records).toHaveLength(201);
    expect(r.records.at(-1)).toEqual({ row: 202, cells: { id: '201', note: 'user199@example.com' } });
  });

  it('a single line longer than the record limit is FORMAT_TOO_LARGE, after the rows before it', async () => {
    const r = await readAll(csvReader, tmp('long.csv', `a,b\n1,2\n3,${'x'.repeat(5000)}\n`), { limits: { csvMaxRecordBytes: 1024 } });
    expect(r.records).toEqual([{ row: 2, cells: { a: '1', b: '2' } }]);
    expect(r.error?.code).toBe('FORMAT_TOO_LARGE');
  });

  it('handles BOM, CRLF, CR-only and mixed line ends with exact rows', async () => {
    const text = 'name;email\r\n"Ann\r\nLee";ann@example.com\rBob;bob@example.com\n\nCy;cy@example.com';
    const r = await readAll(csvReader, tmp('mixed.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(r.batches[0].columns).toEqual(['name', 'email']);
    expect(r.records).toEqual([
      { row: 2, cells: { name: 'Ann\nLee', email: 'ann@example.com' } },
      { row: 4, cells: { name: 'Bob', email: 'bob@example.com' } },
      { row: 6, cells: { name: 'Cy', email: 'cy@example.com' } },
    ]);
  });

  it('names columns column<N> when the first row is data', async () => {
    const r = await readAll(csvReader, tmp('nohead.csv', 'Alice Example,alice.example@example.com,(202) 555-0101\nBob Sample,bob.sample@example.com,(202) 555-0102\n'));
    expect(r.batches[0].columns).toEqual(['column1', 'column2', 'column3']);
    expect(r.records.map((x) => x.row)).toEqual([1, 2]);
    const forced = await readAll(csvReader, tmp('forced.csv', 'a,b\n1,2\n'), { header: false });
    expect(forced.records).toEqual([
      { row: 1, cells: { column1: 'a', column2: 'b' } },
      { row: 2, cells: { column1: '1', column2: '2' } },
    ]);
  });

  it('finds the header below title rows (an export with a report name, its author and a blank line on top)', async () => {
    const text = '2023年度员工花名册,,,\r\n制表人：人事部,,,\r\n,,,\r\n序号,姓名,手机号,身份证号码\r\n1,张伟,13812345678,110101199003074514\r\n2,李娜,13987654321,310104198811236026\r\n';
    const r = await readAll(csvReader, tmp('roster.csv', text));
    expect(r.issues).toEqual([]);
    expect(r.batches.map((b) => b.columns)).toEqual([
      ['column1', 'column2', 'column3', 'column4'],
      ['序号', '姓名', '手机号', '身份证号码'],
    ]);
    expect(r.records.map((x) => x.row)).toEqual([1, 2, 3, 5, 6]);
    expect(r.records[3].cells).toEqual({ 序号: '1', 姓名: '张伟', 手机号: '13812345678', 身份证号码: '110101199003074514' });
    // A one-field title line (no padding commas) is not a ragged row either.
    const bare = await readAll(csvReader, tmp('bare-title.csv', 'Staff list 2024\nname,email\nAlice Example,alice@example.com\n'));
    expect(bare.issues).toEqual([]);
    expect(bare.batches.at(-1)?.columns).toEqual(['name', 'email']);
  });

  it('streams in batches of 1,000 rows', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `${i},user${i}@example.com`);
    const r = await readAll(csvReader, tmp('many.csv', ['id,email', ...rows].join('\n')));
    expect(r.batches.map((b) => b.rows.length)).toEqual([1000, 1000, 500]);
    expect(r.records.at(-1)).toEqual({ row: 2501, cells: { id: '2499', email: 'user2499@example.com' } });
  });

  it('detects by extension, inside .gz, and by content for files without one', () => {
    const csv = Buffer.from('a,b,c\n1,2,3\n4,5,6\n7,8,9\n');
    expect(csvReader.detect('x.csv', Buffer.from('hello'))).toBe(true);
    expect(csvReader.detect('x.TSV', Buffer.alloc(0))).toBe(true);
    expect(csvReader.detect('x.txt', csv)).toBe(false);
    expect(csvReader.detect('export', csv)).toBe(true);
    expect(csvReader.detect('notes', Buffer.from('Dear Bob,\nthanks for the call.\nSee you\n'))).toBe(false);
  });
});

describe('delimiter and header sniffing', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,5,6\n'],
    [';', 'name;city;note\nAnn;Paris;"a, b, c"\nBob;Rome;x,y\n'],
    ['\t', 'a\tb\n1\t2\n3\t4\n'],
    ['|', 'id|email\n1|a@example.com\n2|b@example.com\n'],
    [',', 'a single column\nof text\n'],
    [',', 'x,"multi\nline; with; semicolons",y\n1,2,3\n'],
  ])('%j in %j', (d, text) => {
    expect(sniffDelimiter(text)).toBe(d);
  });

  it('needs evidence for a header: words, identifier style, or a column of another kind below', () => {
    expect(looksLikeHeader(['name', 'email'], [['Ann', 'ann@example.com']])).toBe(true);
    expect(looksLikeHeader(['first_name', 'lastName'], [['Ann', 'Lee']])).toBe(true);
    expect(looksLikeHeader(['姓名', '手机号'], [['张三', '13800138000']])).toBe(true);
    expect(looksLikeHeader(['Colour', 'Fruit'], [['red', '12']])).toBe(true);
    expect(looksLikeHeader(['Ann', 'Paris'], [['Bob', 'Rome']])).toBe(false);
    expect(looksLikeHeader(['Ann', 'ann@example.com'], [['Bob', 'bob@example.com']])).toBe(false);
    expect(looksLikeHeader(['1', '2'], [['3', '4']])).toBe(false);
    expect(looksLikeHeader(['name', 'name'], [['a', 'b']])).toBe(false);
    // An abbreviation's dot ends a label, not a sentence; a sentence's does.
    expect(looksLikeHeader(['Telephone No.', 'Sex', '联系人'], [['0121 367 6368', 'M', '朱涛']])).toBe(true);
    expect(looksLikeHeader(['Bob asked to update his phone.', 'x'], [['y', 'z']])).toBe(false);
  });
});
