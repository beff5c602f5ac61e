import { describe, expect, it } from 'vitest';
import { base62Crc32, crc32 } from '../../../detectors/_lib/crc32.js';

describe('crc32', () => {
  it('matches the standard check value and known strings', () => {
    // The CRC-32/ISO-HDLC check value of "123456789".
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });

  it('encodes the checksum in six Base62 characters, zero-padded', () => {
    expect(base62Crc32('123456789')).toBe('3jZRME');
    expect(base62Crc32('')).toBe('000000');
    expect(base62Crc32('a')).toHaveLength(6);
  });
});
