import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants as zc, createGunzip, gunzipSync } from 'node:zlib';
import { FormatError } from './errors.js';
import type { FormatLimits } from './types.js';

/**
 * The bytes of one file, gunzipped on the fly when it is gzip: readers never care which.
 * A truncated or corrupt .gz ends the stream with FORMAT_CORRUPT after every byte that did inflate
 * was delivered, and a gzip bomb is refused by size and ratio as it inflates (memory stays flat
 * either way: nothing is buffered beyond one chunk).
 */

const CHUNK = 64 * 1024;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** The name a .gz stands for: `customers.csv.gz` → `customers.csv`. */
export function innerName(path: string): string {
  return path.replace(/\.(gz|gzip)$/i, '');
}

/** The first `max` bytes of a file (fewer for a short file). */
export async function readFileHead(path: string, max = CHUNK): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(max);
    const { bytesRead } = await fh.read(buf, 0, max, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Inflate what a gzip head holds, for sniffing the content of a .gz (tolerates the cut end). */
export function gunzipHead(head: Buffer, max = CHUNK): Buffer {
  try {
    return gunzipSync(head, { finishFlush: zc.Z_SYNC_FLUSH, maxOutputLength: Math.max(max, 1024) });
  } catch {
    return Buffer.alloc(0);
  }
}

export interface ByteSource {
  /** The first bytes of the (inflated) content, for detection. */
  head: Buffer;
  /** The whole (inflated) content from its first byte, head included. Iterate once. */
  chunks: AsyncIterable<Buffer>;
  gzip: boolean;
}

/** Bytes from the file, gunzipped when they are gzip, with bomb limits. */
export async function openBytes(
  path: string,
  limits: Pick<FormatLimits, 'gzipMaxUncompressed' | 'gzipMaxRatio' | 'gzipRatioMinBytes'>,
  options: { headBytes?: number; signal?: AbortSignal } = {},
): Promise<ByteSource> {
  const raw = await readFileHead(path, 4);
  const gzip = isGzip(raw);
  const chunks = gzip ? gunzipFile(path, limits, options.signal) : plainFile(path, options.signal);
  const { head, replay } = await peek(chunks, options.headBytes ?? CHUNK);
  return { head, chunks: replay, gzip };
}

async function* plainFile(path: string, signal?: AbortSignal): AsyncGenerator<Buffer> {
  yield* createReadStream(path, { highWaterMark: CHUNK, signal }) as AsyncIterable<Buffer>;
}

async function* gunzipFile(path: string, limits: Pick<FormatLimits, 'gzipMaxUncompressed' | 'gzipMaxRatio' | 'gzipRatioMinBytes'>, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const file = createReadStream(path, { highWaterMark: CHUNK, signal });
  let bytesIn = 0;
  const gunzip = createGunzip({ chunkSize: CHUNK });
  file.on('error', (e) => gunzip.destroy(e));
  // Not pipe(): at the end a sync flush first hands over everything the data inflates to, and only
  // then does end() (Z_FINISH) tell whether the stream was complete — zlib drops the output of a
  // final call that fails, which would lose the last rows of a truncated file.
  file.on('data', (c: string | Buffer) => {
    bytesIn += c.length;
    if (!gunzip.write(c)) file.pause();
  });
  gunzip.on('drain', () => file.resume());
  file.on('end', () => gunzip.flush(zc.Z_SYNC_FLUSH, () => gunzip.end()));
  let bytesOut = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      bytesOut += chunk.length;
      if (bytesOut > limits.gzipMaxUncompressed) {
        throw new FormatError('FORMAT_BOMB', `gzip inflates past ${limits.gzipMaxUncompressed} bytes (limit gzipMaxUncompressed)`);
      }
      if (bytesOut > limits.gzipRatioMinBytes && bytesOut / Math.max(bytesIn, 1) > limits.gzipMaxRatio) {
        throw new FormatError('FORMAT_BOMB', `gzip inflates more than ${limits.gzipMaxRatio}:1 (${bytesOut} bytes from ${bytesIn}; limit gzipMaxRatio)`);
      }
      yield chunk;
    }
  } catch (e) {
    if (e instanceof FormatError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code?.startsWith('Z_') || err.code === 'ERR_ZLIB') {
      const what = err.code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt';
      throw new FormatError('FORMAT_CORRUPT', `gzip data ${what} after ${bytesOut} inflated bytes (${err.message})`, {}, { cause: e });
    }
    throw e;
  } finally {
    file.destroy();
    gunzip.destroy();
  }
}

/**
 * Take the first `n` bytes off an iterable and give them back in front of the rest. An error while
 * peeking (a tiny truncated .gz) is held back and raised after the bytes that came before it.
 */
export async function peek(source: AsyncIterable<Buffer>, n: number): Promise<{ head: Buffer; replay: AsyncIterable<Buffer> }> {
  const it = source[Symbol.asyncIterator]();
  const got: Buffer[] = [];
  let size = 0;
  let done = false;
  let failure: unknown;
  try {
    while (size < n) {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      got.push(r.value);
      size += r.value.length;
    }
  } catch (e) {
    failure = e;
    done = true;
  }
  const head = Buffer.concat(got).subarray(0, n);
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* got;
      if (failure !== undefined) throw failure;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      // A consumer that stops early releases the file.
      if (!done) await it.return?.();
    }
  }
  return { head, replay: replay() };
}
