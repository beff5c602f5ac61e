import { PiiscanError } from '../errors.js';

/**
 * Fatal problems of one file. The scan records them in `scan.errors` (DESIGN.md §8) and goes on
 * with the other files; rows delivered before the fault stay delivered.
 *
 * - FORMAT_DECODE: the bytes are not text in any encoding we can tell (never scanned as mojibake).
 * - FORMAT_CORRUPT: truncated or malformed container/document (zip, gzip, JSON), or a file whose
 *   content is not what its name says (a text file renamed .xlsx).
 * - FORMAT_BOMB: a zip or gzip that would inflate past the size or ratio limits.
 * - FORMAT_TOO_LARGE: one token or record larger than its limit (a JSON string of 1 GB).
 * - FORMAT_UNSUPPORTED: a known format we do not read (legacy .xls, encrypted OOXML).
 */
export type FormatErrorCode = 'FORMAT_DECODE' | 'FORMAT_CORRUPT' | 'FORMAT_BOMB' | 'FORMAT_TOO_LARGE' | 'FORMAT_UNSUPPORTED';

export class FormatError extends PiiscanError {
  // A per-file error, recorded and never an exit status of its own; 3 only satisfies the base class.
  readonly exitCode = 3;
  constructor(
    readonly code: FormatErrorCode,
    message: string,
    readonly details: { path?: string; row?: number; sheet?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, undefined, options);
  }
}

export function isFormatError(e: unknown): e is FormatError {
  return e instanceof FormatError;
}
