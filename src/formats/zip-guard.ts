import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { FormatError } from './errors.js';
import type { FormatLimits } from './types.js';

/**
 * Zip checks made before exceljs inflates anything (exceljs keeps shared strings in memory, so a
 * bomb there would exhaust it). From the central directory alone: totals and ratios against the
 * limits, encryption, unknown methods, truncation. Then a streaming pass inflates each entry and
 * stops the moment it produces more than the directory declared — a lying header cannot get past
 * — and checks that local headers tile the archive (no overlapping entries, the other classic
 * bomb, and no unlisted entries that a streaming unzipper would read but the directory hides).
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX_ENTRIES = 100_000;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

const corrupt = (message: string) => new FormatError('FORMAT_CORRUPT', message);

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('zip64 size or offset out of range');
  return Number(v);
}

/** Read the central directory. FORMAT_CORRUPT when the archive is truncated or malformed. */
export async function readZipDirectory(path: string): Promise<{ entries: ZipEntry[]; directoryOffset: number; size: number }> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
    const tailLength = Math.min(size, 22 + 65_535 + 20);
    const tail = await readAt(fh, size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === SIG_EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
        at = i;
        break;
      }
    }
    if (at === -1) throw corrupt('zip archive truncated or damaged: no end-of-central-directory record');
    let count = tail.readUInt16LE(at + 10);
    let dirSize = tail.readUInt32LE(at + 12);
    let dirOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
      const loc = at - 20;
      if (loc < 0 || tail.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) throw corrupt('zip64 archive without its locator');
      const z = await readAt(fh, u64(tail, loc + 8), 56);
      if (z.length < 56 || z.readUInt32LE(0) !== SIG_ZIP64_EOCD) throw corrupt('zip64 end record missing');
      count = u64(z, 32);
      dirSize = u64(z, 40);
      dirOffset = u64(z, 48);
    }
    if (count > MAX_ENTRIES || dirSize > MAX_DIRECTORY_BYTES) throw corrupt(`zip directory too large (${count} entries, ${dirSize} bytes)`);
    if (dirOffset + dirSize > size) throw corrupt('zip archive truncated: the central directory lies past the end of the file');
    const dir = await readAt(fh, dirOffset, dirSize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== SIG_CENTRAL) throw corrupt('zip central directory damaged');
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const e: ZipEntry = {
        name: dir.toString('utf8', p + 46, p + 46 + nameLength),
        flags: dir.readUInt16LE(p + 8),
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        uncompressedSize: dir.readUInt32LE(p + 24),
        localOffset: dir.readUInt32LE(p + 42),
      };
      // zip64 extra field: the 64-bit values of exactly the fields saturated above, in this order.
      let x = p + 46 + nameLength;
      const xEnd = x + extraLength;
      while (x + 4 <= xEnd) {
        const id = dir.readUInt16LE(x);
        const len = dir.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let f = x + 4;
          if (e.uncompressedSize === 0xffffffff) {
            e.uncompressedSize = u64(dir, f);
            f += 8;
          }
          if (e.compressedSize === 0xffffffff) {
            e.compressedSize = u64(dir, f);
            f += 8;
          }
          if (e.localOffset === 0xffffffff) e.localOffset = u64(dir, f);
        }
        x += 4 + len;
      }
      entries.push(e);
      p = xEnd + commentLength;
    }
    return { entries, directoryOffset: dirOffset, size };
  } finally {
    await fh.close();
  }
}

/** The declared sizes against the limits; nothing is inflated. */
export function checkZipLimits(entries: readonly ZipEntry[], limits: Pick<FormatLimits, 'zipMaxUncompressed' | 'zipMaxRatio' | 'zipRatioMinBytes'>): void {
  let total = 0;
  for (const e of entries) {
    if (e.flags & 0x1) throw new FormatError('FORMAT_UNSUPPORTED', `zip entry ${e.name} is encrypted`);
    if (e.method !== 0 && e.method !== 8) throw new FormatError('FORMAT_UNSUPPORTED', `zip entry ${e.name} uses compression method ${e.method}`);
    total += e.uncompressedSize;
    if (total > limits.zipMaxUncompressed) {
      throw new FormatError('FORMAT_BOMB', `zip entries inflate to more than ${limits.zipMaxUncompressed} bytes (limit zipMaxUncompressed; ${e.name} alone declares ${e.uncompressedSize})`);
    }
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize > limits.zipRatioMinBytes && ratio > limits.zipMaxRatio) {
      throw new FormatError('FORMAT_BOMB', `zip entry ${e.name} inflates ${Math.round(ratio)}:1 to ${e.uncompressedSize} bytes (limit zipMaxRatio ${limits.zipMaxRatio}:1)`);
    }
  }
}

/**
 * Inflate every entry once, in bounded memory, and compare with the directory. Throws FORMAT_BOMB
 * when an entry inflates past its declared size, FORMAT_CORRUPT on overlapping or hidden entries,
 * mismatched local headers, or damaged data.
 */
export async function verifyZipEntries(path: string, entries: readonly ZipEntry[], directoryOffset: number): Promise<ZipTile[]> {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const fh = await open(path, 'r');
  const spans: { name: string; start: number; end: number }[] = [];
  try {
    let cursor = 0;
    for (const e of sorted) {
      // Data descriptors (flag bit 3) leave up to 24 bytes between entries; a hidden local header needs 30.
      if (e.localOffset < cursor) throw corrupt(`zip entries overlap at ${e.name}`);
      if (e.localOffset - cursor >= 30) throw corrupt(`zip archive holds ${e.localOffset - cursor} bytes not listed in its directory before ${e.name}`);
      const h = await readAt(fh, e.localOffset, 30);
      if (h.length < 30 || h.readUInt32LE(0) !== SIG_LOCAL) throw corrupt(`zip local header of ${e.name} missing`);
      const nameLength = h.readUInt16LE(26);
      const extraLength = h.readUInt16LE(28);
      const name = (await readAt(fh, e.localOffset + 30, nameLength)).toString('utf8');
      if (name !== e.name) throw corrupt(`zip local header names ${JSON.stringify(name)} where the directory says ${JSON.stringify(e.name)}`);
      const localCompressed = h.readUInt32LE(18);
      if (!(h.readUInt16LE(6) & 0x8) && localCompressed !== 0xffffffff && localCompressed !== e.compressedSize) {
        throw corrupt(`zip local header of ${e.name} disagrees with the directory on its size`);
      }
      const start = e.localOffset + 30 + nameLength + extraLength;
      const end = start + e.compressedSize;
      if (end > directoryOffset) throw corrupt(`zip archive truncated inside ${e.name}`);
      spans.push({ name: e.name, start, end });
      cursor = end;
    }
    if (directoryOffset - cursor >= 30) throw corrupt(`zip archive holds ${directoryOffset - cursor} bytes not listed in its directory`);
  } finally {
    await fh.close();
  }
  for (const [k, s] of spans.entries()) {
    const e = sorted[k];
    if (e.compressedSize === 0) continue;
    await inflateCounting(path, e, s.start, s.end);
  }
  // Each entry's bytes run from its local header to the next one (data descriptor included).
  return sorted.map((e, k) => ({ name: e.name, start: e.localOffset, end: k + 1 < sorted.length ? sorted[k + 1].localOffset : directoryOffset }));
}

/** The raw bytes of one entry in the archive: local header, data, data descriptor. */
export interface ZipTile {
  name: string;
  start: number;
  end: number;
}

/** A stored zip entry made on the spot (local header and data), for parts a reader needs first. */
export function storedEntry(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const nameBytes = Buffer.from(name);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(SIG_LOCAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6);
  h.writeUInt32LE(crc32(data), 14);
  h.writeUInt32LE(data.length, 18);
  h.writeUInt32LE(data.length, 22);
  h.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([h, nameBytes, data]);
}

/**
 * The archive's entries re-sequenced for a streaming unzipper: `first` (in that order) ahead of
 * the rest, `extra` entries inserted after them, then the original central directory. The
 * unzipper reads local headers one after another and never seeks, so order is all it sees.
 */
export async function* reorderedZip(path: string, tiles: readonly ZipTile[], first: readonly string[], extra: readonly Buffer[], directoryOffset: number): AsyncGenerator<Buffer> {
  const rank = (name: string) => {
    const i = first.indexOf(name);
    return i === -1 ? first.length : i;
  };
  const ordered = tiles.map((t, k) => ({ t, k })).sort((a, b) => rank(a.t.name) - rank(b.t.name) || a.k - b.k);
  const copy = async function* (start: number, end: number) {
    if (end > start) yield* createReadStream(path, { start, end: end - 1, highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>;
  };
  let extraDone = false;
  for (const { t } of ordered) {
    if (!extraDone && rank(t.name) === first.length) {
      yield* extra;
      extraDone = true;
    }
    yield* copy(t.start, t.end);
  }
  if (!extraDone) yield* extra;
  yield* copy(directoryOffset, Number.MAX_SAFE_INTEGER);
}

function inflateCounting(path: string, e: ZipEntry, start: number, end: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(path, { start, end: end - 1, highWaterMark: 64 * 1024 });
    let out = 0;
    let failed = false;
    const inflater = e.method === 0 ? null : createInflateRaw({ chunkSize: 64 * 1024 });
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      input.destroy();
      inflater?.destroy();
      reject(err);
    };
    const count = (n: number) => {
      out += n;
      if (out > e.uncompressedSize) fail(new FormatError('FORMAT_BOMB', `zip entry ${e.name} inflates past the ${e.uncompressedSize} bytes its directory declares`));
    };
    input.on('error', fail);
    if (!inflater) {
      input.on('data', (c: string | Buffer) => count(c.length));
      input.on('end', () => (failed ? undefined : out === e.uncompressedSize ? resolve() : fail(corrupt(`zip entry ${e.name} is shorter than declared`))));
      return;
    }
    inflater.on('data', (c: Buffer) => count(c.length));
    inflater.on('error', (err) => fail(corrupt(`zip entry ${e.name} is damaged (${err.message})`)));
    inflater.on('end', () => {
      if (failed) return;
      if (out !== e.uncompressedSize) fail(corrupt(`zip entry ${e.name} inflates to ${out} bytes, not the ${e.uncompressedSize} declared`));
      else resolve();
    });
    input.pipe(inflater);
  });
}
