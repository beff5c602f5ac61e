import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, FormatError, tableReaderFor } from '../src/formats/index.js';
import { readFileHead } from '../src/formats/byte-source.js';
import { deflatedRepeat, SHEET_HEAD, SHEET_TAIL, writeZip, xlsxParts } from '../test/formats/helpers/zip.js';

/**
 * npm run bench:tables [-- --csv-rows N --xlsx-rows N]: the table readers alone, single-threaded —
 * rows/s, MB/s and peak RSS for a 1,000,000-row CSV and a 200,000-row XLSX, and how fast and in
 * how much memory a 1 GiB xlsx zip bomb is refused. Inputs are generated once into bench/.corpus;
 * each measurement runs in a fresh process so its peak RSS is its own.
 */

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

interface Measure {
  rows: number;
  bytes: number;
  ms: number;
  maxRssMiB: number;
  error?: string;
}

/** Child mode: read one file, print one JSON line. */
async function measure(path: string): Promise<void> {
  const reader = tableReaderFor(path, await readFileHead(path));
  if (!reader) throw new Error(`no reader for ${path}`);
  const t0 = performance.now();
  let rows = 0;
  let error: string | undefined;
  try {
    for await (const b of reader.read(path)) rows += b.rows.length;
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    error = `${e.code}: ${e.message}`;
  }
  const ms = performance.now() - t0;
  const out: Measure = { rows, bytes: statSync(path).size, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, error };
  console.log(JSON.stringify(out));
}

export function makeCsv(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, 'id,name,email,phone,card,dob,address,note\n');
  for (let start = 0; start < rows; start += 10_000) {
    let s = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      s += `${i},Person ${i},user${i}@example.com,(202) 555-01${String(i % 100).padStart(2, '0')},4111111111111111,1980-01-${String((i % 28) + 1).padStart(2, '0')},"${i} Main St, Springfield",${i % 7 === 0 ? '"multi\nline note"' : 'ok'}\n`;
    }
    writeSync(fd, s);
  }
  closeSync(fd);
}

export async function makeXlsx(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Customers');
  ws.addRow(['id', 'name', 'email', 'phone', 'card', 'joined', 'balance', 'annual']).commit();
  for (let i = 0; i < rows; i++) {
    const row = ws.addRow([i, `Person ${i}`, `user${i}@example.com`, `(202) 555-01${String(i % 100).padStart(2, '0')}`, '4111111111111111', new Date(Date.UTC(2020, 0, 1 + (i % 1000))), i * 1.25, { formula: `G${i + 2}*12`, result: i * 15 }]);
    row.getCell(6).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

async function makeBomb(path: string): Promise<void> {
  const sheet = await deflatedRepeat('xl/worksheets/sheet1.xml', SHEET_HEAD, '<row r="1"><c r="A1"><v>0</v></c></row>', Math.floor((1.1 * 2 ** 30) / 40), SHEET_TAIL);
  await writeZip(path, [...xlsxParts(), sheet]);
}

function run(path: string): Measure {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', path], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

async function main(): Promise<void> {
  const m = process.argv.indexOf('--measure');
  if (m >= 0) return measure(process.argv[m + 1]);
  const csvRows = arg('--csv-rows', 1_000_000);
  const xlsxRows = arg('--xlsx-rows', 200_000);
  const dir = join(here, '.corpus');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `tables-${csvRows}.csv`);
  const xlsx = join(dir, `tables-${xlsxRows}.xlsx`);
  const bomb = join(dir, 'tables-bomb-1.1gib.xlsx');
  if (!existsSync(csv)) makeCsv(csv, csvRows);
  if (!existsSync(xlsx)) await makeXlsx(xlsx, xlsxRows);
  if (!existsSync(bomb)) await makeBomb(bomb);

  const line = (name: string, o: Measure) =>
    `${name.padEnd(28)} ${String(o.rows).padStart(9)} rows  ${(o.bytes / 1e6).toFixed(1).padStart(7)} MB  ${(o.ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(o.rows / (o.ms / 1000))
      .toLocaleString('en-US')
      .padStart(9)} rows/s  ${(o.bytes / 1e6 / (o.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak RSS ${o.maxRssMiB.toFixed(0)} MiB${o.error ? `  → ${o.error.slice(0, 90)}` : ''}`;
  console.log(`piiscan table readers, one thread, Node ${process.version}`);
  console.log(line(`CSV ${csvRows.toLocaleString('en-US')} rows`, run(csv)));
  console.log(line(`XLSX ${xlsxRows.toLocaleString('en-US')} rows`, run(xlsx)));
  console.log(line(`xlsx bomb (1.1 GiB inflated)`, run(bomb)));
  console.log(`limits: zip ${DEFAULT_LIMITS.zipMaxUncompressed / 2 ** 30} GiB total, ${DEFAULT_LIMITS.zipMaxRatio}:1 above ${DEFAULT_LIMITS.zipRatioMinBytes / 2 ** 20} MiB per entry; gzip ${DEFAULT_LIMITS.gzipMaxRatio}:1 above ${DEFAULT_LIMITS.gzipRatioMinBytes / 2 ** 20} MiB`);
}

// Also a module: bench/workers.ts makes the same tables with makeCsv / makeXlsx.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
