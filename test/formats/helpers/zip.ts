import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/**
 * A small zip writer for tests: xlsx-shaped archives, bombs built on the fly (never committed),
 * and archives whose headers lie. Entries are written in order, then the central directory.
 */

export interface ZipInput {
  name: string;
  /** Deflated bytes (method 8) or stored bytes (method 0). */
  data: Buffer;
  method?: 0 | 8;
  /** What the headers claim; defaults to the truth. */
  uncompressedSize: number;
  crc?: number;
  /** Write the central entry pointing at this earlier entry's local header (overlap). */
  sameLocalAs?: string;
}

export function deflated(name: string, content: string | Buffer): ZipInput {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data: deflateRawSync(raw), method: 8, uncompressedSize: raw.length, crc: crc32(raw) };
}

/** `repeat` copies of `unit`, deflated chunk by chunk so the test never holds the inflated size. */
export async function deflatedRepeat(name: string, prefix: string, unit: string, repeat: number, suffix: string): Promise<ZipInput> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))));
  const perBlock = block.length / unit.length;
  let size = 0;
  let crc = 0;
  const write = async (b: Buffer) => {
    size += b.length;
    crc = crc32(b, crc);
    if (!deflate.write(b)) await once(deflate, 'drain');
  };
  await write(Buffer.from(prefix));
  let left = repeat;
  while (left > 0) {
    const n = Math.min(left, perBlock);
    await write(n === perBlock ? block : Buffer.from(unit.repeat(n)));
    left -= n;
  }
  await write(Buffer.from(suffix));
  deflate.end();
  await once(deflate, 'end');
  return { name, data: Buffer.concat(out), method: 8, uncompressedSize: size, crc };
}

export async function writeZip(path: string, entries: ZipInput[]): Promise<void> {
  const out = createWriteStream(path);
  const central: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  const put = async (b: Buffer) => {
    offset += b.length;
    if (!out.write(b)) await once(out, 'drain');
  };
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.method ?? 8;
    const crc = e.crc ?? 0;
    let local = offsets.get(e.sameLocalAs ?? '');
    if (local === undefined) {
      local = offset;
      offsets.set(e.name, local);
      const h = Buffer.alloc(30);
      h.writeUInt32LE(0x04034b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(0x0800, 6); // UTF-8 names
      h.writeUInt16LE(method, 8);
      h.writeUInt32LE(crc, 14);
      h.writeUInt32LE(e.data.length, 18);
      h.writeUInt32LE(e.uncompressedSize, 22);
      h.writeUInt16LE(name.length, 26);
      await put(h);
      await put(name);
      await put(e.data);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.uncompressedSize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(local, 42);
    central.push(c, name);
  }
  const dirOffset = offset;
  const dir = Buffer.concat(central);
  await put(dir);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  await put(end);
  out.end();
  await once(out, 'finish');
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="First" sheetId="1" r:id="rId1"/><sheet name="Second" sheetId="2" r:id="rId2"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;
export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** Inline-string cells, so no shared-strings part is needed. */
export function sheetXml(rows: string[][]): string {
  const body = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`)
    .join('');
  return SHEET_HEAD + body + SHEET_TAIL;
}

/** The parts every xlsx needs besides its sheets (two sheets named First and Second). */
export function xlsxParts(): ZipInput[] {
  return [deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), deflated('xl/workbook.xml', WORKBOOK), deflated('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)];
}
