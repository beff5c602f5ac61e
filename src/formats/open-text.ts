import { openBytes, peek } from './byte-source.js';
import type { DecodedStream } from './encoding.js';
import type { FormatLimits, OnIssue } from './types.js';

export interface TextSource {
  /** UTF-8 chunks of the whole text (BOM removed), head included. Iterate once. */
  chunks: AsyncIterable<Buffer>;
  /** The first decoded bytes as text, for sniffing delimiters, headers and JSON shapes. */
  headText: string;
  decoded: DecodedStream;
  gzip: boolean;
}

/** Open a (possibly gzipped) text file as UTF-8 whatever its encoding; FORMAT_DECODE when it is not text. */
export async function openText(
  path: string,
  limits: FormatLimits,
  options: { onIssue?: OnIssue; signal?: AbortSignal; encoding?: string } = {},
): Promise<TextSource> {
  // chardet and iconv-lite come with the first table file read, not with every scan.
  const { decodeStream, DETECT_BYTES } = await import('./encoding.js');
  const bytes = await openBytes(path, limits, { headBytes: DETECT_BYTES, signal: options.signal });
  const decoded = decodeStream(bytes.chunks, bytes.head, { onIssue: options.onIssue, encoding: options.encoding });
  const { head, replay } = await peek(decoded, DETECT_BYTES);
  return { chunks: replay, headText: head.toString('utf8'), decoded, gzip: bytes.gzip };
}
