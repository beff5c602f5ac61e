import { describe, expect, it } from 'vitest';
import { binaryText, feedValue, toInstant } from '../../src/db/values.js';
import type { DbValue, DbValueClass } from '../../src/db/types.js';

function values(valueClass: DbValueClass, v: DbValue): { texts: [string, string | null][]; binary: number } {
  const texts: [string, string | null][] = [];
  let binary = 0;
  feedValue({ valueClass }, v, { value: (t, p) => texts.push([t, p]), binary: () => binary++ });
  return { texts, binary };
}

describe('database values as text', () => {
  it('writes scalars, dates and booleans out', () => {
    expect(values('text', 'a@b.co').texts).toEqual([['a@b.co', null]]);
    expect(values('number', 42).texts).toEqual([['42', null]]);
    expect(values('number', 12345678901234567890n).texts).toEqual([['12345678901234567890', null]]);
    expect(values('boolean', true).texts).toEqual([['true', null]]);
    expect(values('timestamp', new Date('2020-01-02T03:04:05Z')).texts).toEqual([['2020-01-02T03:04:05.000Z', null]]);
    expect(values('text', null).texts).toEqual([]);
  });

  it('walks JSON by key path, arrays as []', () => {
    const doc = { contact: { email: 'x@y.io', phones: ['+1 415 555 0100', '+1 415 555 0101'] }, n: 2, ok: false, none: null, list: [{ ip: '10.0.0.1' }] };
    expect(values('json', doc).texts).toEqual([
      ['x@y.io', 'contact.email'],
      ['+1 415 555 0100', 'contact.phones[]'],
      ['+1 415 555 0101', 'contact.phones[]'],
      ['2', 'n'],
      ['false', 'ok'],
      ['10.0.0.1', 'list[].ip'],
    ]);
    // Drivers that hand JSON over as text are parsed too.
    expect(values('json', '{"a":{"b":"c"}}').texts).toEqual([['c', 'a.b']]);
    expect(values('json', '[1,2]').texts).toEqual([['1', '[]'], ['2', '[]']]);
    expect(values('json', 'not json').texts).toEqual([['not json', null]]);
  });

  it('takes each SQL array element as a value of the column', () => {
    expect(values('array', ['a', null, 'b']).texts).toEqual([['a', null], ['b', null]]);
  });

  it('reads binary as text only when it is printable UTF-8', () => {
    expect(values('binary', new TextEncoder().encode('张三 zhang@example.cn')).texts).toEqual([['张三 zhang@example.cn', null]]);
    expect(values('binary', Uint8Array.from([0xff, 0xfe, 0x00, 0x41])).binary).toBe(1);
    expect(binaryText(Uint8Array.from([0x41, 0x00, 0x42]))).toBeNull();
  });

  it('turns date and timestamp text into instants (no zone = UTC)', () => {
    expect(toInstant('2021-03-04')).toBe('2021-03-04T00:00:00.000Z');
    expect(toInstant('2021-03-04 10:11:12')).toBe('2021-03-04T10:11:12.000Z');
    expect(toInstant('2021-03-04 10:11:12.5+00')).toBe('2021-03-04T10:11:12.500Z');
    expect(toInstant('2021-03-04T10:11:12+0530')).toBe('2021-03-04T04:41:12.000Z');
    expect(toInstant('yesterday')).toBeNull();
    expect(toInstant(5)).toBeNull();
  });
});
