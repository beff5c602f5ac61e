import { extname } from 'node:path';
import { gunzipHead, innerName, isGzip } from './byte-source.js';
import { Batcher, DEFAULT_BATCH_ROWS } from './batcher.js';
import { columnName, titleRowsBatch } from './column-names.js';
import { sniffDelimiter } from './delimiter-sniff.js';
import { FormatError } from './errors.js';
import { findHeaderRow } from './header-sniff.js';
import { IssueSink } from './issues.js';
import { resolveLimits } from './limits.js';
import { openText } from './open-text.js';
import { normalizeNewlines, skipLines } from './text-lines.js';
import type { FormatIssue, FormatLimits, ReadOptions, TableBatch, TableReader } from './types.js';

/**
 * CSV/TSV through csv-parse, streamed: delimiter sniffed from the first 64 KiB and the header among the
 * first rows (header-sniff.ts: below any title rows), any
 * encoding (encoding.ts), quoted multi-line fields (a row is the line where its record starts),
 * ragged rows kept and reported. A quote that never closes (or a record past csvMaxRecordBytes)
 * is reported, and the file is read again from that record's line with quotes off, so the rows
 * after it are still scanned rather than swallowed into one endless field.
 */

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.tab', '.psv']);
/** Rows examined before deciding which one, if any, is the header (title rows may come first). */
const HEADER_SAMPLE = 20;

export const csvReader: TableReader = {
  format: 'csv',
  detect(path, head) {
    const name = isGzip(head) ? innerName(path) : path;
    if (CSV_EXTENSIONS.has(extname(name).toLowerCase())) return true;
    if (extname(name) !== '') return false;
    // No extension at all: tabular if most lines split the same way.
    const text = (isGzip(head) ? gunzipHead(head) : head).toString('utf8');
    return looksTabular(text);
  },
  read: (path, options) => readCsv(path, options),
};

/** At least 3 complete lines, nearly all with the same number (≥ 1) of the sniffed delimiter. */
function looksTabular(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const lines = text.split(/\r?\n/).slice(0, -1).filter((l) => l.trim() !== '').slice(0, 50);
  if (lines.length < 3) return false;
  const d = sniffDelimiter(text);
  const counts = lines.map((l) => l.split(d).length - 1);
  return counts[0] > 0 && counts.filter((c) => c === counts[0]).length >= lines.length * 0.9;
}

/** csv-parse errors after which the rest of the file is re-read without quote handling. */
const QUOTE_FAILURES = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE', 'CSV_INVALID_CLOSING_QUOTE', 'INVALID_OPENING_QUOTE']);

interface PassResult {
  /** Set when a quote failure asks for a second pass from this line, quotes off. */
  recoverFrom?: number;
}

class CsvTable {
  columns: string[] = [];
  /** Fields the header (or the first row) has; other counts are ragged. */
  width = 0;
  private sample: { row: number; fields: string[] }[] | null = [];
  /** Line where the last complete record ended. */
  lastLine = 0;
  lastRow = 0;
  readonly ready: TableBatch[] = [];
  private readonly batcher: Batcher;

  constructor(
    private readonly issues: IssueSink,
    private readonly forceHeader: boolean | undefined,
    batchRows: number,
  ) {
    this.batcher = new Batcher(batchRows);
  }

  /** Set when the input broke off: a record ending on this line is cut and is not delivered. */
  cutLine = Infinity;

  /** Line where the next record starts (csv-parse is given LF-only text, and empty lines as records). */
  cursor = 1;

  record(fields: string[]): void {
    // A quoted field holding line breaks makes the record end below the line where it starts.
    let breaks = 0;
    for (const f of fields) {
      for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) breaks++;
    }
    const row = this.cursor;
    const endLine = row + breaks;
    this.cursor = endLine + 1;
    if (endLine >= this.cutLine) return;
    this.lastLine = endLine;
    if (fields.length === 1 && fields[0] === '') return; // an empty line
    if (this.sample) {
      this.sample.push({ row, fields });
      if (this.sample.length >= HEADER_SAMPLE) this.decideHeader();
      return;
    }
    this.emit(row, fields);
  }

  decideHeader(): void {
    const sample = this.sample;
    if (!sample) return;
    this.sample = null;
    if (sample.length === 0) return;
    const h = this.forceHeader === false ? -1 : this.forceHeader === true ? 0 : findHeaderRow(sample.map((r) => r.fields));
    if (h > 0) this.ready.push(titleRowsBatch(sample.slice(0, h).map((r) => ({ row: r.row, values: r.fields.map((f) => (f === '' ? null : f)) }))));
    const first = sample[Math.max(0, h)];
    this.width = first.fields.length;
    if (h >= 0) {
      this.columns = first.fields.map((name, i) => name.trim() || columnName(i));
      this.lastRow = first.row;
    } else {
      this.columns = first.fields.map((_, i) => columnName(i));
      this.emit(first.row, first.fields);
    }
    for (const r of sample.slice(Math.max(0, h) + 1)) this.emit(r.row, r.fields);
  }

  private emit(row: number, fields: string[]): void {
    let n = fields.length;
    // Trailing empty fields ("a,b,c,") are a common export habit, not a different shape.
    while (n > this.width && fields[n - 1] === '') n--;
    if (n !== this.width) {
      this.issues.report({ code: 'CSV_RAGGED_ROW', row, message: `row ${row} has ${n} fields where the ${this.columns.length && this.columns[0] !== 'column1' ? 'header' : 'first row'} has ${this.width}; values kept` });
      for (let i = this.columns.length; i < n; i++) this.columns.push(columnName(i));
    }
    const values = new Array<string | null>(n);
    for (let i = 0; i < n; i++) values[i] = fields[i] === '' ? null : fields[i];
    this.lastRow = row;
    if (this.batcher.push({ row, values })) this.ready.push(this.batcher.take(this.columns));
  }

  report(issue: FormatIssue): void {
    this.issues.report(issue);
  }

  flush(): void {
    this.decideHeader();
    if (this.batcher.pending) this.ready.push(this.batcher.take(this.columns));
  }
}

async function* readCsv(path: string, options: ReadOptions = {}): AsyncGenerator<TableBatch> {
  const limits = resolveLimits(options.limits);
  const issues = new IssueSink(options.onIssue, limits.maxIssuesPerCode);
  const table = new CsvTable(issues, options.header, options.batchRows ?? DEFAULT_BATCH_ROWS);
  try {
    const first = await openText(path, limits, { onIssue: (i) => issues.report(i), signal: options.signal });
    const preferred = ['.tsv', '.tab'].includes(extname(first.gzip ? innerName(path) : path).toLowerCase()) ? '\t' : undefined;
    const delimiter = options.delimiter ?? sniffDelimiter(first.headText, preferred);
    const result = yield* parsePass(first.chunks, { delimiter, quoted: true, lineOffset: 0, limits }, table);
    if (result.recoverFrom !== undefined) {
      // Second and last pass: from the failed record's first line, every line is a record.
      const again = await openText(path, limits, { signal: options.signal, encoding: first.decoded.encoding });
      const rest = skipLines(normalizeNewlines(again.chunks), result.recoverFrom - 1);
      yield* parsePass(rest, { delimiter, quoted: false, lineOffset: result.recoverFrom - 1, limits }, table, true);
    }
    table.flush();
    yield* table.ready.splice(0);
  } finally {
    issues.finish();
  }
}

async function* parsePass(
  chunks: AsyncIterable<Buffer>,
  opts: { delimiter: string; quoted: boolean; lineOffset: number; limits: FormatLimits },
  table: CsvTable,
  normalized = false,
): AsyncGenerator<TableBatch, PassResult> {
  // csv-parse is loaded by the first CSV read, not by every scan that might meet one.
  const { CsvError, Parser } = await import('csv-parse');
  // Records are read off the stream side rather than through on_record, whose per-record info
  // object costs a third of the parse; rows are counted here instead (CsvTable.cursor).
  const parser = new Parser({
    delimiter: opts.delimiter,
    quote: opts.quoted ? '"' : false,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    max_record_size: opts.limits.csvMaxRecordBytes,
  });
  table.cursor = opts.lineOffset + 1;
  // Errors are read from `parser.errored` (set as soon as a write fails); unheard 'error' events would crash the process.
  parser.on('error', () => undefined);
  const drain = () => {
    for (let r = parser.read() as string[] | null; r !== null; r = parser.read() as string[] | null) table.record(r);
  };
  const fail = () => {
    if (parser.errored) throw parser.errored;
  };
  const end = () =>
    new Promise<void>((resolve, reject) => {
      parser.on('readable', drain);
      parser.once('end', resolve);
      parser.once('error', reject);
      parser.end();
    });
  const input = normalized ? chunks : normalizeNewlines(chunks);
  let lastByte = 0x0a;
  let written = false;
  let newlines = 0; // in the bytes handed to csv-parse, which may not have parsed them all yet
  try {
    try {
      for await (const chunk of input) {
        // csv-parse handles the chunk synchronously inside write(); its records wait on the readable side.
        parser.write(chunk);
        drain();
        fail();
        written = true;
        lastByte = chunk[chunk.length - 1];
        for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) newlines++;
        if (table.ready.length) yield* table.ready.splice(0);
      }
    } catch (e) {
      if (e instanceof CsvError || !written) throw e;
      // The bytes broke off (truncated .gz): csv-parse still holds the last complete line, waiting
      // for lookahead. Ending the parse releases it; a line cut in the middle is not a record.
      if (lastByte !== 0x0a) table.cutLine = opts.lineOffset + newlines + 1;
      await end().catch(() => undefined);
      throw e;
    }
    await end();
    return {};
  } catch (e) {
    if (e instanceof CsvError) {
      const from = table.lastLine + 1;
      if (opts.quoted && QUOTE_FAILURES.has(e.code)) {
        const what = e.code === 'CSV_MAX_RECORD_SIZE' ? `a record longer than ${opts.limits.csvMaxRecordBytes} bytes (likely a quote that never closes)` : e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote that never closes' : 'a malformed quote';
        table.report({ code: 'CSV_UNTERMINATED_QUOTE', row: from, message: `${what} in the record starting at line ${from}; from line ${from} on, lines are read again without quote handling` });
        return { recoverFrom: from };
      }
      table.flush();
      yield* table.ready.splice(0);
      if (e.code === 'CSV_MAX_RECORD_SIZE') {
        throw new FormatError('FORMAT_TOO_LARGE', `line ${from} is longer than ${opts.limits.csvMaxRecordBytes} bytes (limit csvMaxRecordBytes); stopped after row ${table.lastRow}`, { row: table.lastRow }, { cause: e });
      }
      throw new FormatError('FORMAT_CORRUPT', `CSV parse error at line ${from}: ${e.message}; stopped after row ${table.lastRow}`, { row: table.lastRow }, { cause: e });
    }
    // The bytes themselves failed (truncated .gz, undecodable tail): deliver what was read, then say where it stopped.
    table.flush();
    yield* table.ready.splice(0);
    if (e instanceof FormatError) {
      throw new FormatError(e.code, `${e.message}; stopped after row ${table.lastRow}`, { ...e.details, row: table.lastRow }, { cause: e });
    }
    throw e;
  } finally {
    parser.destroy();
  }
}
