import { csvReader } from './csv.js';
import { jsonReader, ndjsonReader } from './json.js';
import type { TableReader } from './types.js';
import { xlsxReader } from './xlsx.js';

// Apart from index.ts so that a file scan, which only asks which reader applies, does not load the
// encoding detection (chardet, iconv-lite) that index.ts re-exports.

/** In the order they are asked: NDJSON before JSON (a .json may hold NDJSON). */
export const TABLE_READERS: readonly TableReader[] = [xlsxReader, csvReader, ndjsonReader, jsonReader];

/** The reader for a file, from its path and first bytes (64 KiB is plenty), or undefined for non-tables. */
export function tableReaderFor(path: string, head: Buffer): TableReader | undefined {
  return TABLE_READERS.find((r) => r.detect(path, head));
}
