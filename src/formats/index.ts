import { csvReader } from './csv.js';
import { readFileHead } from './byte-source.js';
import { jsonReader, ndjsonReader } from './json.js';
import { TABLE_READERS, tableReaderFor } from './readers.js';
import type { ReadOptions, TableBatch } from './types.js';
import { xlsxReader } from './xlsx.js';

/**
 * Table readers: CSV/TSV, XLSX, JSON, NDJSON and their .gz forms, as streams of TableBatch
 * (types.ts). Fatal problems reject with FormatError (errors.ts); others go to `onIssue`.
 * `decodeStream` (encoding.ts) serves plain text files too.
 */

export type { FormatIssue, FormatLimits, OnIssue, ReadOptions, TableBatch, TableFormat, TableReader, TableRow } from './types.js';
export { FormatError, isFormatError, type FormatErrorCode } from './errors.js';
export { DEFAULT_LIMITS } from './limits.js';
export { decodeStream, detectEncoding, DETECT_BYTES, type DecodedStream, type EncodingGuess } from './encoding.js';
export { openBytes, type ByteSource } from './byte-source.js';
export { csvReader, jsonReader, ndjsonReader, xlsxReader };

export { TABLE_READERS, tableReaderFor };

/** Read any supported table file; undefined when no reader applies. */
export async function readTable(path: string, options?: ReadOptions): Promise<AsyncIterable<TableBatch> | undefined> {
  const reader = tableReaderFor(path, await readFileHead(path));
  return reader?.read(path, options);
}
