/**
 * Spreadsheet cell values as a person reads them: numbers without binary float noise (Excel shows
 * 15 significant digits), dates in ISO 8601, TRUE/FALSE, a formula's cached result, rich text and
 * hyperlinks as their text, error values (#N/A, #DIV/0!) as empty.
 */

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Number text without float noise: 0.1 + 0.2 → "0.3", 1000.5 → "1000.5". */
export function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  return String(Number(n.toPrecision(15)));
}

function timeText(ms: number): string {
  const d = new Date(ms);
  const base = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return d.getUTCMilliseconds() ? `${base}.${pad(d.getUTCMilliseconds(), 3)}` : base;
}

function isoFromMs(ms: number): string {
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return ms % DAY_MS === 0 ? date : `${date}T${timeText(ms)}`;
}

/**
 * An Excel serial date (1900 system) as ISO 8601: `YYYY-MM-DD`, with `THH:MM:SS` when it has a
 * time, or just `HH:MM:SS` for a time of day (serial < 1). Excel counts 1900 as a leap year (the
 * Lotus 1-2-3 bug): serial 60 is the day that never was, shown as 1900-02-29, and serials below it
 * are one day later than plain arithmetic from the 1899-12-30 epoch gives.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const ms = Math.round(serial * DAY_MS);
  if (serial < 1) return timeText(ms);
  if (serial >= 60 && serial < 61) {
    const t = ms - 60 * DAY_MS;
    return t ? `1900-02-29T${timeText(t)}` : '1900-02-29';
  }
  // Day 0 of the arithmetic is 1899-12-30; before the phantom 29 Feb, Excel's days are one later.
  const shift = serial < 60 ? DAY_MS : 0;
  return isoFromMs(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS) + shift);
}

/**
 * A Date that exceljs made from a serial (`styles: 'cache'`): exceljs does plain arithmetic, so
 * the serial is recovered and converted with the 1900 rules above; timezones play no part (Excel
 * dates have none, and exceljs builds them in UTC).
 */
export function excelDateText(d: Date): string | null {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return null;
  return excelSerialToIso(ms / DAY_MS + UNIX_EPOCH_SERIAL);
}

type RichText = { richText: { text?: unknown }[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export interface CellTextOptions {
  /** Told about a formula cell saved without its result (nothing to show). */
  onMissingResult?: () => void;
}

/** The text of one exceljs cell value; null for empty cells and error values. */
export function cellText(v: unknown, options: CellTextOptions = {}): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return excelDateText(v);
  if (!isObject(v)) return null;
  if ('error' in v) return null;
  if ('formula' in v || 'sharedFormula' in v) {
    if (!('result' in v) || v.result === undefined) {
      options.onMissingResult?.();
      return null;
    }
    return cellText(v.result, options);
  }
  if ('richText' in v && Array.isArray(v.richText)) {
    const text = (v as RichText).richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    return text === '' ? null : text;
  }
  if ('text' in v) return cellText(v.text, options); // hyperlink: { text, hyperlink }
  return null;
}
