import { describe, expect, it } from 'vitest';
import RE2 from 're2';
import { compileEngine } from '../../src/engine/compile.js';
import { relaxRepetitions, stripCaptures } from '../../src/engine/regex-rewrite.js';
import { defineDetector } from '../../src/types.js';

describe('stripCaptures', () => {
  it('turns capturing and named groups into non-capturing ones, leaving escapes and classes alone', () => {
    expect(stripCaptures('(a)(?:b)(?P<n>c)(?<m>d)')).toBe('(?:a)(?:b)(?:c)(?:d)');
    expect(stripCaptures('\\(x\\)[(]{2}[^)(]')).toBe('\\(x\\)[(]{2}[^)(]');
    expect(stripCaptures('[]()](y)')).toBe('[]()](?:y)');
    expect(stripCaptures('(?i)(z)')).toBe('(?i)(?:z)');
  });
});

describe('relaxRepetitions', () => {
  it('opens repetitions bounded above the limit and keeps short ones, escapes and classes', () => {
    expect(relaxRepetitions('[A-Z0-9]{20,40}x{3}', 16)).toBe('[A-Z0-9]{16,}x{3}');
    expect(relaxRepetitions('a{2,64}b{17}c{5,}d{20,}', 16)).toBe('a{2,}b{16,}c{5,}d{16,}');
    expect(relaxRepetitions('\\p{L}{1,30}[{]{99}\\{40}', 16)).toBe('\\p{L}{1,}[{]{16,}\\{40}');
    expect(relaxRepetitions('(?P<v>[0-9]{1,16})', 16)).toBe('(?P<v>[0-9]{1,16})');
  });

  it('gives a superset: wherever the original matches, the relaxed form matches the same bytes', () => {
    const cases: [string, string[]][] = [
      ['\\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\\b', ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']],
      ['eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{10,1000}', ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0']],
    ];
    for (const [src, texts] of cases) {
      const relaxed = new RE2(relaxRepetitions(src, 16), 'u');
      for (const t of texts) {
        expect(new RE2(src, 'u').test(t)).toBe(true);
        expect(relaxed.test(t)).toBe(true);
      }
    }
  });
});

describe('keyword gates', () => {
  it('a short Latin keyword opens its gate only when no letter or digit stands before it', () => {
    const d = defineDetector({
      id: 'test.gate',
      name: 'gate',
      category: 'online_id',
      sensitivity: 'internal',
      patterns: [{ name: 'p', regex: '[0-9]{5,11}', score: 0.5 }],
      keywords: ['qq', 'account'],
      legal: [],
      examples: { match: [], noMatch: [] },
    });
    const gate = compileEngine([d]).detectors[0].keywordRe!;
    for (const open of ['QQ：12345678', '加我qq12345678', 'qq:1234', 'line one\nQQ 12345', 'bank_account 12345678', 'myaccount 123456'])
      expect(gate.test(Buffer.from(open)), open).toBe(true);
    // Inside base64 and hex tokens (a log's request ids) the two letters are no keyword.
    for (const shut of ['sess=AqqB9x+/0=', 'id=7fqq21ab'])
      expect(gate.test(Buffer.from(shut)), shut).toBe(false);
  });
});
