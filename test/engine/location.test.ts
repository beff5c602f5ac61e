import { describe, expect, it } from 'vitest';
import { advance, ChunkPositions, utf16Length } from '../../src/engine/location.js';

function posOf(text: string, needle: string) {
  const buf = Buffer.from(text, 'utf8');
  const off = buf.indexOf(Buffer.from(needle, 'utf8'));
  const cp = new ChunkPositions(buf, 0, 1, 0);
  const start = cp.at(off);
  const end = cp.endOf(start, off, off + Buffer.byteLength(needle));
  return { start, end };
}

describe('positions', () => {
  it('counts UTF-16 units: ASCII, CJK, astral characters and invalid bytes', () => {
    expect(utf16Length(Buffer.from('abc'), 0, 3)).toBe(3);
    expect(utf16Length(Buffer.from('身份证'), 0, 9)).toBe(3);
    expect(utf16Length(Buffer.from('😀x'), 0, 5)).toBe(3);
    expect(utf16Length(Buffer.from([0xff, 0x41]), 0, 2)).toBe(2);
  });

  it('gives 1-based lines and columns with an exclusive end column (SARIF)', () => {
    expect(posOf('ab\ncd XYZ', 'XYZ')).toEqual({ start: { line: 2, column: 4 }, end: { line: 2, column: 7 } });
  });

  it('treats CRLF like LF', () => {
    expect(posOf('a\r\nb\r\n  XYZ\r\n', 'XYZ').start).toEqual({ line: 3, column: 3 });
  });

  it('counts CJK as one unit and astral characters as two', () => {
    expect(posOf('身份证号：XYZ', 'XYZ').start).toEqual({ line: 1, column: 6 });
    expect(posOf('😀😀 XYZ', 'XYZ').start).toEqual({ line: 1, column: 6 });
  });

  it('handles spans that cross lines', () => {
    expect(posOf('x\nAB\nCD', 'AB\nCD')).toEqual({ start: { line: 2, column: 1 }, end: { line: 3, column: 3 } });
  });

  it('continues a line across chunks', () => {
    const a = Buffer.from('line1\nabc😀');
    expect(advance(a, 0, a.length, 1, 0)).toEqual({ line: 2, col0: 5 });
    const b = Buffer.from('de XYZ');
    const cp = new ChunkPositions(b, 0, 2, 5);
    expect(cp.at(3)).toEqual({ line: 2, column: 9 });
  });

  it('locates many offsets on one line incrementally', () => {
    const text = 'a'.repeat(10) + 'X' + 'b'.repeat(10) + 'Y';
    const buf = Buffer.from(text);
    const cp = new ChunkPositions(buf, 0, 1, 0);
    expect(cp.at(10)).toEqual({ line: 1, column: 11 });
    expect(cp.at(21)).toEqual({ line: 1, column: 22 });
  });
});
