/**
 * Byte offset → 1-based line and UTF-16 column (CONTRACT.md "Positions"), the one place positions are computed.
 * Works over a stream: each chunk starts at a known line and column, and only surviving findings pay for
 * the conversion. Lines end at LF; a CR before it belongs to the line end, so CRLF and LF files agree.
 */

const NL = 0x0a;

/** UTF-16 code units of the UTF-8 bytes buf[from, to). Invalid bytes count as one unit each (U+FFFD). */
export function utf16Length(buf: Buffer, from: number, to: number): number {
  let units = 0;
  let i = from;
  while (i < to) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 1 && i + len <= to && isContinuation(buf, i + 1, i + len)) {
      units += len === 4 ? 2 : 1; // astral plane characters are surrogate pairs
      i += len;
    } else {
      units++; // ASCII, or an invalid byte decoded as one U+FFFD
      i++;
    }
  }
  return units;
}

function isContinuation(buf: Buffer, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if ((buf[j] & 0xc0) !== 0x80) return false;
  return true;
}

export interface Position {
  line: number;
  column: number;
}

/**
 * Converts increasing byte offsets of one chunk to positions. Offsets must be requested in non-decreasing
 * order (findings are sorted by start); end offsets are computed from their start without moving the cursor.
 */
export class ChunkPositions {
  private pos: number;
  private line: number;
  private lineStart: number;
  private colAtLineStart: number;
  private lastOffset: number;
  private lastCol: number;

  constructor(
    private readonly buf: Buffer,
    from: number,
    startLine: number,
    startColumn0: number,
  ) {
    this.pos = from;
    this.line = startLine;
    this.lineStart = from;
    this.colAtLineStart = startColumn0;
    this.lastOffset = from;
    this.lastCol = startColumn0;
  }

  at(offset: number): Position {
    for (;;) {
      const nl = this.buf.indexOf(NL, this.pos);
      if (nl < 0 || nl >= offset) break;
      this.line++;
      this.lineStart = nl + 1;
      this.colAtLineStart = 0;
      this.lastOffset = this.lineStart;
      this.lastCol = 0;
      this.pos = nl + 1;
    }
    if (offset < this.lastOffset) {
      this.lastOffset = this.lineStart;
      this.lastCol = this.colAtLineStart;
    }
    this.lastCol += utf16Length(this.buf, this.lastOffset, offset);
    this.lastOffset = offset;
    return { line: this.line, column: this.lastCol + 1 };
  }

  /** Position of an end offset (exclusive) for a span that starts at `start` (already located). */
  endOf(start: Position, startOffset: number, endOffset: number): Position {
    let line = start.line;
    let col0 = start.column - 1;
    let p = startOffset;
    for (;;) {
      const nl = this.buf.indexOf(NL, p);
      if (nl < 0 || nl >= endOffset) break;
      line++;
      col0 = 0;
      p = nl + 1;
    }
    return { line, column: col0 + utf16Length(this.buf, p, endOffset) + 1 };
  }
}

/** Lines and the UTF-16 column reached after consuming buf[from, to) starting at (line, col0). */
export function advance(buf: Buffer, from: number, to: number, line: number, col0: number): { line: number; col0: number } {
  let p = from;
  let lastStart = -1;
  for (;;) {
    const nl = buf.indexOf(NL, p);
    if (nl < 0 || nl >= to) break;
    line++;
    lastStart = nl + 1;
    p = nl + 1;
  }
  if (lastStart < 0) return { line, col0: col0 + utf16Length(buf, from, to) };
  return { line, col0: utf16Length(buf, lastStart, to) };
}
