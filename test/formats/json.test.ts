import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonReader, ndjsonReader, tableReaderFor } from '../../src/formats/index.js';
import { ROOT } from '../helpers/detector-modules.js';
import { readAll } from './helpers/read-all.js';

const T = (name: string) => join(ROOT, 'fixtures/tables', name);
const tmp = (name: string, content: string | Buffer) => {
  const p = join(mkdtempSync(join(tmpdir(), 'piiscan-json-')), name);
  writeFileSync(p, content);
  return p;
};

describe('NDJSON reader', () => {
  it('reads events.ndjson: key paths as columns, the line as the row, arrays fanned out', async () => {
    const r = await readAll(ndjsonReader, T('events.ndjson'));
    expect(r.error).toBeUndefined();
    expect(r.batches.at(-1)!.columns).toEqual(['ts', 'event', 'user.id', 'user.email', 'ip', 'payment.card', 'payment.amount', 'user.phone', 'changes[]', 'message', 'vip']);
    expect(r.records).toEqual([
      { row: 1, cells: { ts: '2024-05-01T10:00:00Z', event: 'login', 'user.id': 'u1001', 'user.email': 'alice.example@example.com', ip: '192.0.2.10' } },
      { row: 2, cells: { ts: '2024-05-01T10:05:00Z', event: 'purchase', 'user.id': 'u1002', 'user.email': 'bob.sample@example.com', 'payment.card': '4111111111111111', 'payment.amount': '19.99' } },
      { row: 3, cells: { ts: '2024-05-01T10:07:00Z', event: 'profile_update', 'user.id': 'u1003', 'user.email': 'carol.test@example.com', 'user.phone': '+1 202-555-0103', 'changes[]': 'phone' } },
      { row: 3, cells: { 'changes[]': 'address' } },
      { row: 4, cells: { ts: '2024-05-01T11:00:00Z', event: 'support_ticket', 'user.id': 'u1004', message: 'Please call me on (202) 555-0104', vip: 'true' } },
    ]);
  });

  it('reports invalid lines and goes on; keeps long numbers exact', async () => {
    const text = ['{"card": 4111111111111111111, "n": 1.50}', '{"a": 1,', '', 'not json', '{"a": "x\\ty\\u00e9"}', '"just a string"', '[1, {"z": 2}]', '{"a": 4'].join('\n');
    const r = await readAll(ndjsonReader, tmp('x.ndjson', text));
    expect(r.error).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([
      ['JSON_INVALID_LINE', 2],
      ['JSON_INVALID_LINE', 4],
      ['JSON_INVALID_LINE', 8],
    ]);
    expect(r.records).toEqual([
      { row: 1, cells: { card: '4111111111111111111', n: '1.50' } },
      { row: 5, cells: { a: 'x\tyé' } },
      { row: 6, cells: { $: 'just a string' } },
      { row: 7, cells: { '[]': '1', '[].z': '2' } },
    ]);
  });
});

describe('JSON reader', () => {
  it('reads orders.json as one record (row 1) whose repeated paths fan out', async () => {
    const r = await readAll(jsonReader, T('orders.json'));
    expect(r.error).toBeUndefined();
    expect(r.records.every((x) => x.row === 1)).toBe(true);
    expect(r.records).toEqual([
      {
        row: 1,
        cells: {
          exportedAt: '2024-06-30T23:59:59Z',
          source: 'synthetic fixture',
          'orders[].id': 'SO-1001',
          'orders[].customer.name': 'Alice Example',
          'orders[].customer.contact.email': 'alice.example@example.com',
          'orders[].customer.contact.phone': '(202) 555-0101',
          'orders[].items[].sku': 'BK-1',
          'orders[].items[].qty': '2',
          'orders[].items[].price': '12.5',
          'orders[].payment.card': '4111111111111111',
          'orders[].payment.iban': 'DE89370400440532013000',
          'orders[].gift': 'true',
        },
      },
      {
        row: 1,
        cells: {
          'orders[].id': 'SO-1002',
          'orders[].customer.name': 'Bob Sample',
          'orders[].customer.contact.email': 'bob.sample@example.com',
          'orders[].items[].sku': 'PN-7',
          'orders[].items[].qty': '1',
          'orders[].items[].price': '3',
          'orders[].payment.card': '5555555555554444',
        },
      },
      { row: 1, cells: { 'orders[].items[].sku': 'MG-3', 'orders[].items[].qty': '1', 'orders[].items[].price': '99.9' } },
    ]);
  });

  it('a top-level array is a table: one record per element, row = the line where it starts', async () => {
    const text = '[\n  {"name": "Ann", "email": "ann@example.com"},\n  {"name": "Bob",\n   "email": "bob@example.com", "tags": ["a", "b"]},\n  "loose value", null, {}\n]\n';
    const r = await readAll(jsonReader, tmp('list.json', text));
    expect(r.records).toEqual([
      { row: 2, cells: { name: 'Ann', email: 'ann@example.com' } },
      { row: 3, cells: { name: 'Bob', email: 'bob@example.com', 'tags[]': 'a' } },
      { row: 3, cells: { 'tags[]': 'b' } },
      { row: 5, cells: { $: 'loose value' } },
    ]);
  });

  it('truncated JSON is FORMAT_CORRUPT after the records before the cut', async () => {
    const r = await readAll(jsonReader, tmp('cut.json', '[{"email": "a@example.com"},\n{"email": "b@example.com"},\n{"email": "c@exa'));
    expect(r.records.map((x) => x.cells.email)).toEqual(['a@example.com', 'b@example.com']);
    expect(r.error?.code).toBe('FORMAT_CORRUPT');
    expect(r.error?.message).toMatch(/line 3.*stopped after row 2/);
    const bad = await readAll(jsonReader, tmp('bad.json', '{"a": 1, "b": }'));
    expect(bad.error?.code).toBe('FORMAT_CORRUPT');
  });

  it('a string longer than jsonMaxTokenBytes is FORMAT_TOO_LARGE; key paths are capped', async () => {
    const big = await readAll(jsonReader, tmp('big.json', `{"a": "ok", "b": "${'x'.repeat(5000)}"}`), { limits: { jsonMaxTokenBytes: 1024 } });
    expect(big.error?.code).toBe('FORMAT_TOO_LARGE');
    expect(big.records).toEqual([{ row: 1, cells: { a: 'ok' } }]);
    const wide = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, `v${i}`]));
    const capped = await readAll(jsonReader, tmp('wide.json', JSON.stringify(wide)), { limits: { jsonMaxColumns: 10 } });
    expect(capped.batches[0].columns).toHaveLength(10);
    expect(capped.issues.map((i) => i.code)).toContain('JSON_TOO_MANY_COLUMNS');
  });

  it('streams a document far larger than a batch in bounded pieces', async () => {
    const users = Array.from({ length: 5000 }, (_, i) => ({ id: i, email: `user${i}@example.com` }));
    const r = await readAll(jsonReader, tmp('wrapped.json', JSON.stringify({ data: { users } })));
    expect(r.batches.map((b) => b.rows.length)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(r.records.at(-1)).toEqual({ row: 1, cells: { 'data.users[].id': '4999', 'data.users[].email': 'user4999@example.com' } });
  });

  it('detects JSON, NDJSON (also under .json) and their .gz by content', async () => {
    const nd = Buffer.from('{"a":1}\n{"a":2}\n{"a":3}\n');
    expect(tableReaderFor('x.json', nd)?.format).toBe('ndjson');
    expect(tableReaderFor('x.json', Buffer.from('{\n "a": 1\n}\n'))?.format).toBe('json');
    expect(tableReaderFor('x.jsonl', Buffer.from(''))?.format).toBe('ndjson');
    expect(tableReaderFor('x.ndjson.gz', gzipSync(nd))?.format).toBe('ndjson');
    expect(tableReaderFor('dump', Buffer.from('[{"a":1}]'))?.format).toBe('json');
    expect(tableReaderFor('x.txt', Buffer.from('{"a":1}'))).toBeUndefined();
    const gz = tmp('events.ndjson.gz', gzipSync(nd));
    expect((await readAll(ndjsonReader, gz)).records.map((x) => x.row)).toEqual([1, 2, 3]);
  });
});
