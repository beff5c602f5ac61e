/**
 * The common model of the table readers (CSV/TSV, XLSX, JSON, NDJSON, and their .gz forms):
 * one file becomes a stream of table batches, so memory stays flat whatever the file size.
 * Row and column conventions follow CONTRACT.md ("Cells").
 */

/** One record as a person sees it. */
export interface TableRow {
  /**
   * 1-based row: the spreadsheet row; the CSV line where the record starts (the header is row 1);
   * the NDJSON line; 1 for a JSON document; for a JSON file whose top level is an array, the line
   * where the element starts. Several entries may share a row number when one JSON record holds
   * more than one value for a key path (`orders[].email`): the k-th entry carries the k-th value.
   */
  row: number;
  /**
   * Cell text aligned with `TableBatch.columns` (index i belongs to `columns[i]`, whose 1-based
   * `columnIndex` is i + 1). `null` = empty cell. A row may be shorter than `columns`: the missing
   * trailing cells are empty (JSON files discover their key paths as they go).
   */
  values: (string | null)[];
}

export interface TableBatch {
  /** The worksheet name (XLSX only). */
  sheet?: string;
  /**
   * Column names: the header text, `column<N>` (1-based) where there is none, or the JSON key path
   * (`user.contact.email`, arrays as `orders[].email`, `$` for a value that is not inside an object).
   * Within one sheet/file, columns are only ever appended: an index never changes meaning.
   */
  columns: string[];
  rows: TableRow[];
}

/** A problem that does not stop the file: the rest of it is still read. */
export interface FormatIssue {
  /** Stable code, e.g. `CSV_RAGGED_ROW`, `CSV_UNTERMINATED_QUOTE`, `XLSX_SHEET_UNREADABLE`, `JSON_INVALID_LINE`. */
  code: string;
  message: string;
  row?: number;
  sheet?: string;
}

export type OnIssue = (issue: FormatIssue) => void;

export type TableFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

/** Limits against hostile or accidental input; every reader has safe defaults (limits.ts). */
export interface FormatLimits {
  /** XLSX: refuse when the zip's entries add up to more than this many bytes uncompressed. */
  zipMaxUncompressed: number;
  /** XLSX: refuse an entry larger than `zipRatioMinBytes` that inflates more than this ratio. */
  zipMaxRatio: number;
  zipRatioMinBytes: number;
  /** XLSX: exceljs holds the shared strings in memory; a larger xl/sharedStrings.xml is FORMAT_TOO_LARGE. */
  xlsxMaxSharedStrings: number;
  /** gzip: refuse past this many inflated bytes, or past `gzipMaxRatio` once `gzipRatioMinBytes` are out. */
  gzipMaxUncompressed: number;
  gzipMaxRatio: number;
  gzipRatioMinBytes: number;
  /** CSV: one record (a quoted field that never ends) may not buffer more than this. */
  csvMaxRecordBytes: number;
  /** JSON: one string, number or NDJSON line may not be longer than this. */
  jsonMaxTokenBytes: number;
  /** JSON/NDJSON: distinct key paths kept per file (dynamic keys such as ids would grow without end). */
  jsonMaxColumns: number;
  /** Issues reported one by one of each code; the rest are summed up in one last issue. */
  maxIssuesPerCode: number;
}

export interface ReadOptions {
  /** Non-fatal problems; the file goes on. */
  onIssue?: OnIssue;
  signal?: AbortSignal;
  /** Rows per batch (default 1,000). */
  batchRows?: number;
  limits?: Partial<FormatLimits>;
  /** CSV: force the delimiter instead of sniffing it. */
  delimiter?: string;
  /** CSV/XLSX: force whether the first (label) row is a header instead of sniffing it. */
  header?: boolean;
}

export interface TableReader {
  readonly format: TableFormat;
  /**
   * Whether this reader applies, by extension and by content: `head` is the file's first bytes
   * (64 KiB is plenty; 8 KiB is enough for most). A `.gz` of the format applies too.
   */
  detect(path: string, head: Buffer): boolean;
  /** Rejects (while iterating) with a FormatError for a fatal problem, after delivering the rows read before it. */
  read(path: string, options?: ReadOptions): AsyncIterable<TableBatch>;
}
