import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvReader, decodeStream, detectEncoding, FormatError, type FormatIssue } from '../../src/formats/index.js';
import { ROOT } from '../helpers/detector-modules.js';
import { readAll } from './helpers/read-all.js';

const T = (name: string) => join(ROOT, 'fixtures/tables', name);
const tmp = (name: string, content: string | Buffer) => {
  const p = join(mkdtempSync(join(tmpdir(), 'piiscan-enc-')), name);
  writeFileSync(p, content);
  return p;
};

async function* chunked(buf: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

async function decodeAll(bytes: Buffer, chunk = 7, onIssue?: (i: FormatIssue) => void): Promise<{ text: string; encoding: string }> {
  const d = decodeStream(chunked(bytes, chunk), bytes.subarray(0, 64 * 1024), { onIssue });
  const parts: Buffer[] = [];
  for await (const b of d) parts.push(b);
  return { text: Buffer.concat(parts).toString('utf8'), encoding: d.encoding };
}

describe('encodings', () => {
  it('GBK (Excel China) decodes to the same table as the UTF-8 original', async () => {
    expect(detectEncoding(readFileSync(T('customers-gbk.csv'))).encoding).toBe('gb18030');
    const gbk = await readAll(csvReader, T('customers-gbk.csv'));
    const utf8 = await readAll(csvReader, T('customers-zh.csv'));
    expect(gbk.error).toBeUndefined();
    expect(gbk.batches[0].columns).toEqual(['身份证号', '手机号', '姓名', '地址', '邮箱']);
    expect(gbk.records).toEqual(utf8.records);
  });

  it('Big5 (Excel Hong Kong / Taiwan) decodes to the traditional-script table', async () => {
    expect(detectEncoding(readFileSync(T('customers-big5.csv'))).encoding).toBe('big5');
    const big5 = await readAll(csvReader, T('customers-big5.csv'));
    expect(big5.error).toBeUndefined();
    expect(big5.batches[0].columns).toEqual(['身份證號', '手機號碼', '姓名', '地址', '電郵']);
    expect(big5.records.length).toBe(8);
    expect(big5.records[2].cells).toMatchObject({ 姓名: '王五', 地址: '廣東省深圳市南山區樣例大道3號' });
  });

  it('UTF-16LE with a BOM decodes to the same table as the UTF-8 original', async () => {
    expect(detectEncoding(readFileSync(T('export-utf16.csv')))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    const utf16 = await readAll(csvReader, T('export-utf16.csv'));
    const utf8 = await readAll(csvReader, T('customers.csv'));
    expect(utf16.records).toEqual(utf8.records);
  });

  it('decodes BOMs and BOM-less UTF-16 in any chunking (split characters and surrogate pairs)', async () => {
    const text = 'name,city\n张三,北京 😀\nJosé,São Paulo\n';
    const cases: [Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
      [Buffer.from('name,email\nAnn,ann@example.com\nBob,bob@example.com\n', 'utf16le'), 'utf-16le'],
    ];
    for (const [bytes, encoding] of cases) {
      for (const chunk of [1, 3, 5, 4096]) {
        const d = await decodeAll(bytes, chunk);
        expect(d.encoding).toBe(encoding);
        expect(d.text).toBe(encoding === 'utf-16le' && bytes[0] !== 0xff ? 'name,email\nAnn,ann@example.com\nBob,bob@example.com\n' : text);
      }
    }
  });

  it('decodes windows-1252 when the bytes are not UTF-8', async () => {
    const text = 'name,city,note\nJosé Müller,Zürich,café crème\nFrançois Dupont,Besançon,déjà vu\n'.repeat(5);
    const d = await decodeAll(iconv.encode(text, 'windows-1252'), 100);
    expect(d.text).toBe(text);
    expect(d.encoding).toMatch(/^(windows-1252|iso-8859-1|iso-8859-15)$/);
  });

  it('switches from an ASCII head to the encoding the first non-ASCII bytes show', async () => {
    const ascii = 'id,email\n' + Array.from({ length: 3000 }, (_, i) => `${i},user${i}@example.com`).join('\n') + '\n';
    const zh = '9999,张三 北京市东城区示例街1号 李四 上海市徐汇区测试路22号 王五 广东省深圳市南山区\n'.repeat(20);
    const bytes = Buffer.concat([Buffer.from(ascii), iconv.encode(zh, 'gbk')]);
    expect(bytes.subarray(0, 64 * 1024).every((b) => b < 0x80)).toBe(true);
    const issues: FormatIssue[] = [];
    const d = await decodeAll(bytes, 64 * 1024, (i) => issues.push(i));
    expect(d.text).toBe(ascii + zh);
    expect(d.encoding).toBe('gb18030');
    expect(issues).toEqual([expect.objectContaining({ code: 'ENCODING_SWITCHED' })]);
  });

  it('refuses binary data and undecodable text (FORMAT_DECODE), never mojibake', async () => {
    const random = Buffer.alloc(8192);
    let x = 12345;
    for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
    expect(() => detectEncoding(random)).toThrow(FormatError);
    const r = await readAll(csvReader, tmp('random.csv', random));
    expect(r.error?.code).toBe('FORMAT_DECODE');
    expect(r.records).toEqual([]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random]);
    expect((await readAll(csvReader, tmp('image.csv', png))).error?.code).toBe('FORMAT_DECODE');
  });

  it('a file that turns to garbage after a good start stops with FORMAT_DECODE after the good rows', async () => {
    const good = 'id,email\n' + Array.from({ length: 5000 }, (_, i) => `${i},user${i}@example.com`).join('\n') + '\n';
    // Binary noise: any byte value, controls included (regular high bytes alone would be valid GBK).
    const junk = Buffer.alloc(200_000);
    let x = 99;
    for (let i = 0; i < junk.length; i++) junk[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
    const r = await readAll(csvReader, tmp('tail.csv', Buffer.concat([Buffer.from(good), junk])));
    expect(r.error?.code).toBe('FORMAT_DECODE');
    expect(r.records.length).toBeGreaterThan(2500);
    expect(r.records.slice(0, 2).map((x) => x.row)).toEqual([2, 3]);
  });

  it('tolerates a stray invalid byte in a UTF-8 file', async () => {
    const text = Buffer.concat([Buffer.from('name,email\nAnn,ann@example.com\nB'), Buffer.from([0xff]), Buffer.from('b,bob@example.com\n')]);
    const r = await readAll(csvReader, tmp('stray.csv', text));
    expect(r.error).toBeUndefined();
    expect(r.records.map((x) => x.cells.email)).toEqual(['ann@example.com', 'bob@example.com']);
  });
});
