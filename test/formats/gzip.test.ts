import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvReader, ndjsonReader, tableReaderFor } from '../../src/formats/index.js';
import { ROOT } from '../helpers/detector-modules.js';
import { readAll } from './helpers/read-all.js';

const B = (name: string) => join(ROOT, 'fixtures/broken', name);
const tmp = (name: string, content: string | Buffer) => {
  const p = join(mkdtempSync(join(tmpdir(), 'piiscan-gz-')), name);
  writeFileSync(p, content);
  return p;
};

describe('gzip', () => {
  it('a truncated .gz delivers every complete row, then FORMAT_CORRUPT saying where it stopped', async () => {
    // The oracle: what zlib can inflate from the cut file, in complete lines.
    const inflated = gunzipSync(readFileSync(B('truncated.csv.gz')), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    const complete = inflated.slice(0, inflated.lastIndexOf('\n') + 1).split('\n').slice(1, -1);
    expect(complete.length).toBeGreaterThan(1000);

    const r = await readAll(csvReader, B('truncated.csv.gz'));
    expect(r.error?.code).toBe('FORMAT_CORRUPT');
    expect(r.records).toHaveLength(complete.length);
    expect(r.records.map((x) => x.row)).toEqual(complete.map((_, i) => i + 2));
    expect(r.records.at(-1)!.cells).toEqual(Object.fromEntries(['id', 'email', 'phone'].map((k, i) => [k, complete.at(-1)!.split(',')[i]])));
    expect(r.error?.message).toMatch(new RegExp(`truncated.*stopped after row ${complete.length + 1}$`));
    expect(r.error?.details.row).toBe(complete.length + 1);
  });

  it('refuses a gzip bomb by ratio as it inflates', async () => {
    const bomb = tmp('bomb.csv.gz', gzipSync(Buffer.concat([Buffer.from('a,b\n'), Buffer.alloc(32 * 1024 * 1024, 0x78)]), { level: 9 }));
    const r = await readAll(csvReader, bomb, { limits: { gzipRatioMinBytes: 4 * 1024 * 1024, gzipMaxRatio: 100 } });
    expect(r.error?.code).toBe('FORMAT_BOMB');
    expect(r.error?.message).toMatch(/more than 100:1/);
    const capped = await readAll(csvReader, tmp('big.csv.gz', gzipSync('a,b\n'.repeat(100_000))), { limits: { gzipMaxUncompressed: 100_000 } });
    expect(capped.error?.code).toBe('FORMAT_BOMB');
  });

  it('reads gzipped NDJSON and tells formats apart inside .gz', async () => {
    const nd = '{"email":"a@example.com"}\n{"email":"b@example.com"}\n';
    const p = tmp('events.ndjson.gz', gzipSync(nd));
    expect(tableReaderFor(p, readFileSync(p))?.format).toBe('ndjson');
    expect((await readAll(ndjsonReader, p)).records).toEqual([
      { row: 1, cells: { email: 'a@example.com' } },
      { row: 2, cells: { email: 'b@example.com' } },
    ]);
    expect(tableReaderFor('data.gz', gzipSync('id,email\n1,a@example.com\n2,b@example.com\n3,c@example.com\n'))?.format).toBe('csv');
    expect(tableReaderFor('notes.txt.gz', gzipSync('hello'))).toBeUndefined();
  });
});
