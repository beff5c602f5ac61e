import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { TextScanner } from '../engine/text-scanner.js';

/**
 * Reads a text-like file into a TextScanner as UTF-8 chunks: BOMs stripped, UTF-16 transcoded, invalid
 * UTF-8 passed through (the engine works on bytes, so a bad byte never stops a file). Binary files are
 * recognised by their first bytes and reported as skipped, not scanned.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniff = { kind: 'text'; encoding: TextEncoding; bomLength: number } | { kind: 'binary'; reason: string };

const SNIFF_BYTES = 8192;
const CHUNK = 1024 * 1024;

/** Magic numbers of formats that are never text (zip-based documents are handled by format readers later). */
const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

export function sniff(head: Buffer): Sniff {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };
  for (const [name, bytes] of MAGIC) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return { kind: 'binary', reason: name };
  }
  let nul = 0;
  let nulEven = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (nul > 0) {
    // UTF-16 without a BOM: ASCII-range text has a NUL in every other byte.
    const pairs = head.length / 2;
    if (nul > pairs * 0.6 && nul <= pairs * 1.05) {
      if (nulEven > nul * 0.95) return { kind: 'text', encoding: 'utf-16be', bomLength: 0 };
      if (nulEven < nul * 0.05) return { kind: 'text', encoding: 'utf-16le', bomLength: 0 };
    }
    return { kind: 'binary', reason: 'contains NUL bytes' };
  }
  if (head.length > 0 && control / head.length > 0.1) return { kind: 'binary', reason: 'mostly control characters' };
  return { kind: 'text', encoding: 'utf-8', bomLength: 0 };
}

export async function readHead(abs: string): Promise<Buffer> {
  const fh = await open(abs, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Stream the file into the scanner. Resolves with the encoding used; rejects on read errors. */
export async function feedTextFile(abs: string, s: Extract<Sniff, { kind: 'text' }>, scanner: TextScanner, signal?: AbortSignal): Promise<void> {
  const stream = createReadStream(abs, { start: s.bomLength, highWaterMark: CHUNK, signal });
  if (s.encoding === 'utf-8') {
    for await (const chunk of stream as AsyncIterable<Buffer>) scanner.push(chunk);
  } else {
    const decoder = new TextDecoder(s.encoding);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) scanner.push(Buffer.from(text, 'utf8'));
    }
    const rest = decoder.decode();
    if (rest) scanner.push(Buffer.from(rest, 'utf8'));
  }
  scanner.end();
}
