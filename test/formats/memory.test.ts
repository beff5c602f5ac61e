import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvReader } from '../../src/formats/index.js';

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'piiscan-mem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV of `rows` customer-like rows (~110 bytes each), written in slices so the test itself stays small. */
function writeCsv(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, 'id,name,email,phone,card,dob,address\n');
  for (let start = 0; start < rows; start += 10_000) {
    let s = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      s += `${i},Person ${i},user${i}@example.com,(202) 555-01${String(i % 100).padStart(2, '0')},4111111111111111,1980-01-${String((i % 28) + 1).padStart(2, '0')},"${i} Main St, Springfield"\n`;
    }
    writeSync(fd, s);
  }
  closeSync(fd);
}

describe('memory', () => {
  it('streams a 1,000,000-row CSV with flat memory (RSS growth < 150 MB)', async () => {
    const path = join(dir, 'million.csv');
    writeCsv(path, 1_000_000);
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    let rows = 0;
    let last = 0;
    let batches = 0;
    for await (const b of csvReader.read(path)) {
      rows += b.rows.length;
      last = b.rows[b.rows.length - 1].row;
      if (++batches % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(rows).toBe(1_000_000);
    expect(last).toBe(1_000_001);
    expect((peak - before) / MiB).toBeLessThan(150);
  }, 60_000);
});
