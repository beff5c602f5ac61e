import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { Batcher, DEFAULT_BATCH_ROWS } from './batcher.js';
import { columnName, titleRowsBatch } from './column-names.js';
import { readFileHead } from './byte-source.js';
import { cellText } from './cell-text.js';
import { FormatError } from './errors.js';
import { findHeaderRow } from './header-sniff.js';
import { IssueSink } from './issues.js';
import { resolveLimits } from './limits.js';
import type { ReadOptions, TableBatch, TableReader } from './types.js';
import { checkZipLimits, readZipDirectory, reorderedZip, storedEntry, verifyZipEntries } from './zip-guard.js';

/**
 * XLSX through exceljs's streaming WorkbookReader, every sheet in turn, after zip-guard.ts has
 * vetted the archive (so exceljs never inflates a bomb). Shared strings and styles are cached —
 * styles tell which numbers are dates. The header is the first of the top rows that looks like
 * labels and is about as wide as the table below, so a title row above it ("Staff list 2024") is
 * not taken for the header; rows above the header come in their own batch with `column<N>` names.
 * A sheet that fails to parse is reported and the reader goes on with the next one.
 */

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm']);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Top rows searched for the header. */
const HEADER_SCAN = 10;

const startsWith = (head: Uint8Array, magic: number[]) => head.length >= magic.length && magic.every((b, i) => head[i] === b);

export const xlsxReader: TableReader = {
  format: 'xlsx',
  detect(path, head) {
    if (XLSX_EXTENSIONS.has(extname(path).toLowerCase())) return true;
    // An OOXML zip ([Content_Types].xml) whose parts in the head live under xl/ (docx uses word/, pptx ppt/).
    return startsWith(head, ZIP) && head.includes('[Content_Types].xml') && head.includes('xl/');
  },
  read: (path, options) => readXlsx(path, options),
};

/**
 * Parts exceljs must meet before any worksheet: it streams a sheet straight from the zip only once
 * it holds the shared strings and the workbook's relationships; otherwise it parks sheets in
 * temporary files, a path where exceljs 4.4 can lose sheets (its zip iteration ends early when a
 * small archive arrives in one chunk). Styles first too, or dates arrive as bare numbers.
 */
const PARTS_FIRST = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const EMPTY_SHARED_STRINGS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/** The archive is a well-formed xlsx within the limits, or this throws; returns the bytes to give exceljs. */
async function vet(path: string, options: ReadOptions): Promise<() => Readable> {
  const limits = resolveLimits(options.limits);
  const head = await readFileHead(path, 8);
  if (startsWith(head, OLE)) throw new FormatError('FORMAT_UNSUPPORTED', 'a legacy .xls or a password-protected workbook (OLE compound file), not an OOXML zip');
  if (!startsWith(head, ZIP)) throw new FormatError('FORMAT_CORRUPT', 'not an xlsx: the file is not a zip archive');
  const { entries, directoryOffset } = await readZipDirectory(path);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new FormatError('FORMAT_CORRUPT', 'not an xlsx: the zip archive has no xl/workbook.xml');
  checkZipLimits(entries, limits);
  const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (sst && sst.uncompressedSize > limits.xlsxMaxSharedStrings) {
    throw new FormatError('FORMAT_TOO_LARGE', `the shared strings of this workbook take ${sst.uncompressedSize} bytes, more than can be held in memory (limit xlsxMaxSharedStrings ${limits.xlsxMaxSharedStrings})`);
  }
  const tiles = await verifyZipEntries(path, entries, directoryOffset);
  // A workbook with inline strings only has no shared-strings part: an empty one keeps exceljs streaming.
  const extra = entries.some((e) => e.name === 'xl/sharedStrings.xml') ? [] : [storedEntry('xl/sharedStrings.xml', EMPTY_SHARED_STRINGS)];
  return () => Readable.from(reorderedZip(path, tiles, PARTS_FIRST, extra, directoryOffset), { objectMode: false });
}

type Cells = (string | null)[];

/** exceljs's sparse, 1-based `row.values` as 0-based cell text. */
function rowCells(values: unknown, onMissingResult: () => void): Cells {
  if (!Array.isArray(values)) return [];
  const out: Cells = new Array<string | null>(Math.max(values.length - 1, 0)).fill(null);
  values.forEach((v, i) => {
    if (i > 0) out[i - 1] = cellText(v, { onMissingResult });
  });
  let n = out.length;
  while (n > 0 && out[n - 1] === null) n--;
  out.length = n;
  return out;
}

const filled = (c: Cells) => c.reduce((n, v) => (v === null ? n : n + 1), 0);

interface SheetLike {
  name?: string;
  id?: number;
  [Symbol.asyncIterator](): AsyncIterator<{ number: number; values: unknown }>;
}

class SheetTable {
  private top: { row: number; cells: Cells }[] | null = [];
  columns: string[] = [];
  private readonly batcher: Batcher;
  readonly ready: TableBatch[] = [];
  lastRow = 0;

  constructor(
    private readonly sheet: string,
    batchRows: number,
    private readonly forceHeader: boolean | undefined,
  ) {
    this.batcher = new Batcher(batchRows, sheet);
  }

  add(row: number, cells: Cells): void {
    this.lastRow = row;
    if (this.top) {
      this.top.push({ row, cells });
      if (this.top.length >= HEADER_SCAN) this.decide();
      return;
    }
    this.emit(row, cells);
  }

  private decide(): void {
    const top = this.top;
    if (!top) return;
    this.top = null;
    if (top.length === 0) return;
    const h = this.forceHeader === false ? -1 : this.forceHeader === true ? top.findIndex((r) => filled(r.cells) > 0) : findHeaderRow(top.map((r) => r.cells));
    if (h > 0) this.ready.push(titleRowsBatch(top.slice(0, h).map((r) => ({ row: r.row, values: r.cells })), this.sheet));
    if (h >= 0) this.columns = top[h].cells.map((c, i) => c?.trim() || columnName(i));
    for (const r of top.slice(h + 1)) this.emit(r.row, r.cells);
  }

  private emit(row: number, cells: Cells): void {
    for (let i = this.columns.length; i < cells.length; i++) this.columns.push(columnName(i));
    if (this.batcher.push({ row, values: cells })) this.ready.push(this.batcher.take(this.columns));
  }

  flush(): void {
    this.decide();
    if (this.batcher.pending) this.ready.push(this.batcher.take(this.columns));
  }
}

/** exceljs is large (hundreds of ms and tens of MiB to load): every scan imports this module, few read a workbook. */
type ExcelModule = typeof import('exceljs');
let excel: Promise<ExcelModule> | undefined;
function loadExcel(): Promise<ExcelModule> {
  // A CommonJS module: under ESM its exports arrive as `default`.
  excel ??= import('exceljs').then((m) => (m as { default?: ExcelModule }).default ?? m);
  return excel;
}

async function* readXlsx(path: string, options: ReadOptions = {}): AsyncGenerator<TableBatch> {
  const ExcelJS = await loadExcel();
  const limits = resolveLimits(options.limits);
  const issues = new IssueSink(options.onIssue, limits.maxIssuesPerCode);
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  try {
    const open = await vet(path, options);
    // Sheets finished or given up; after a sheet fails, a fresh reader skips past them.
    let done = 0;
    for (let restart = true; restart; ) {
      restart = false;
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(open(), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
      let index = 0;
      try {
        for await (const ws of reader as AsyncIterable<unknown>) {
          index++;
          if (index <= done) continue;
          options.signal?.throwIfAborted();
          const sheet = ws as SheetLike;
          const name = sheet.name ?? `Sheet${sheet.id ?? index}`;
          const table = new SheetTable(name, batchRows, options.header);
          let current = 0;
          const onMissingResult = () =>
            issues.report({ code: 'XLSX_FORMULA_NO_VALUE', sheet: name, row: current, message: `a formula in sheet ${name}, row ${current}, has no readable cached result (never calculated, or an error value); read as empty` });
          try {
            for await (const row of sheet) {
              current = row.number;
              table.add(row.number, rowCells(row.values, onMissingResult));
              if (table.ready.length) yield* table.ready.splice(0);
            }
          } catch (e) {
            table.flush();
            yield* table.ready.splice(0);
            issues.report({ code: 'XLSX_SHEET_UNREADABLE', sheet: name, row: table.lastRow || undefined, message: `sheet ${name} could not be read${table.lastRow ? ` past row ${table.lastRow}` : ''} (${(e as Error).message}); going on with the next sheet` });
            done = index;
            restart = true;
            break;
          }
          table.flush();
          yield* table.ready.splice(0);
          done = index;
        }
      } catch (e) {
        if (e instanceof FormatError || (e as Error).name === 'AbortError') throw e;
        throw new FormatError('FORMAT_CORRUPT', `xlsx could not be parsed: ${(e as Error).message}`, { path }, { cause: e });
      }
    }
  } finally {
    issues.finish();
  }
}
