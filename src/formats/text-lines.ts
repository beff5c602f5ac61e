/**
 * Line helpers over UTF-8 byte chunks. CSV is parsed after CRLF and lone CR become LF: csv-parse
 * then counts exactly one line per line break, inside quoted fields too (with several record
 * delimiters it counts a quoted CRLF twice), and the rows it reports match what an editor shows.
 */

const CR = 0x0d;
const LF = 0x0a;

/** CRLF → LF and lone CR → LF, across chunk boundaries. */
export async function* normalizeNewlines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pendingCr = false; // a CR ended the previous chunk: it is a line break whatever follows
  for await (const chunk of chunks) {
    let start = 0;
    if (pendingCr) {
      pendingCr = false;
      if (chunk.length && chunk[0] === LF) start = 1; // the LF of a CRLF already emitted as LF
    }
    if (chunk.indexOf(CR, start) === -1) {
      if (start < chunk.length) yield start ? chunk.subarray(start) : chunk;
      continue;
    }
    const out = Buffer.allocUnsafe(chunk.length - start);
    let o = 0;
    for (let i = start; i < chunk.length; ) {
      const cr = chunk.indexOf(CR, i);
      const end = cr === -1 ? chunk.length : cr;
      o += chunk.copy(out, o, i, end);
      if (cr === -1) break;
      out[o++] = LF;
      if (cr + 1 === chunk.length) pendingCr = true;
      i = chunk[cr + 1] === LF ? cr + 2 : cr + 1;
    }
    if (o) yield out.subarray(0, o);
  }
}

/** Drop the first `n` lines (LF-terminated) and yield the rest. */
export async function* skipLines(chunks: AsyncIterable<Buffer>, n: number): AsyncGenerator<Buffer> {
  let left = n;
  for await (const chunk of chunks) {
    if (left === 0) {
      yield chunk;
      continue;
    }
    let i = 0;
    while (left > 0) {
      const lf = chunk.indexOf(LF, i);
      if (lf === -1) break;
      left--;
      i = lf + 1;
    }
    if (left === 0 && i < chunk.length) yield chunk.subarray(i);
  }
}
