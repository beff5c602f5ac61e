import { describe, expect, it } from 'vitest';
import { stripCaptures } from '../../src/engine/compile.js';

describe('stripCaptures', () => {
  it('turns capturing and named groups into non-capturing ones, leaving escapes and classes alone', () => {
    expect(stripCaptures('(a)(?:b)(?P<n>c)(?<m>d)')).toBe('(?:a)(?:b)(?:c)(?:d)');
    expect(stripCaptures('\\(x\\)[(]{2}[^)(]')).toBe('\\(x\\)[(]{2}[^)(]');
    expect(stripCaptures('[]()](y)')).toBe('[]()](?:y)');
    expect(stripCaptures('(?i)(z)')).toBe('(?i)(?:z)');
  });
});
