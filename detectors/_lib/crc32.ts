/**
 * CRC-32 (IEEE 802.3, the zlib / PNG polynomial 0xEDB88320, reflected) over ASCII text, and the Base62 checksum
 * GitHub and npm append to their access tokens: CRC-32 of the token's random part, in Base62 (0-9, A-Z, a-z),
 * left-padded with 0 to six characters.
 */

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of the string's UTF-16 code units taken as bytes (callers pass ASCII). */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The six-character Base62 checksum of a GitHub or npm token's random part. */
export function base62Crc32(s: string): string {
  let n = crc32(s);
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(6, '0');
}
