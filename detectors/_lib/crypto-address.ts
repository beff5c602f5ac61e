/**
 * Cryptocurrency address checks: Base58Check (BTC legacy), segwit bech32/bech32m (BIP-173/BIP-350)
 * and the EIP-55 mixed-case checksum of Ethereum addresses. The encodings and hashes come from
 * @scure/base and @noble/hashes (audited); only the address rules live here.
 */

import { base58, bech32, bech32m } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';

const BASE58_CHARS = /^[1-9A-HJ-NP-Za-km-z]+$/;

/**
 * Decodes Base58Check: returns the payload (version byte + data, checksum removed), or null when
 * the string is not Base58 or its 4-byte double-SHA-256 checksum does not hold.
 */
export function base58CheckDecode(s: string): Uint8Array | null {
  if (!BASE58_CHARS.test(s)) return null;
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(s);
  } catch {
    return null;
  }
  if (bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[bytes.length - 4 + i]) return null;
  return payload.slice();
}

// Mainnet P2PKH, mainnet P2SH, testnet P2PKH, testnet P2SH.
const BTC_VERSIONS: ReadonlySet<number> = new Set([0x00, 0x05, 0x6f, 0xc4]);

/** Legacy Bitcoin address (1…, 3…, m/n…, 2…): Base58Check with a known version byte and a 20-byte hash. */
export function bitcoinBase58Valid(s: string): boolean {
  // 21 payload + 4 checksum bytes never take more than 35 characters; the cap also bounds base58's quadratic decode.
  if (s.length < 25 || s.length > 35) return false;
  const payload = base58CheckDecode(s);
  return payload !== null && payload.length === 21 && BTC_VERSIONS.has(payload[0]);
}

export interface Bech32Options {
  /**
   * Also accept witness versions 1-16 encoded with the original bech32 checksum (BIP-173 as first
   * published, and python-stdnum). BIP-350 made those invalid; default false.
   */
  legacyBech32?: boolean;
}

const SEGWIT_HRPS: ReadonlySet<string> = new Set(['bc', 'tb']);

/**
 * Segwit address (bc1… / tb1…): BIP-350 rules. Witness v0 needs the bech32 checksum and a 20- or
 * 32-byte program; v1-16 need bech32m and 2-40 bytes. At most 90 characters; all lower or all upper case.
 */
export function bech32AddressValid(s: string, options: Bech32Options = {}): boolean {
  if (s.length < 14 || s.length > 90) return false;
  const asBech32 = bech32.decodeUnsafe(s, 90);
  const asBech32m = asBech32 ? undefined : bech32m.decodeUnsafe(s, 90);
  const decoded = asBech32 ?? asBech32m;
  if (!decoded || !SEGWIT_HRPS.has(decoded.prefix) || decoded.words.length < 1) return false;
  const version = decoded.words[0];
  if (version > 16) return false;
  const program = (asBech32 ? bech32 : bech32m).fromWordsUnsafe(decoded.words.slice(1));
  if (!program) return false;
  if (version === 0) return asBech32 !== undefined && (program.length === 20 || program.length === 32);
  if (asBech32 && !options.legacyBech32) return false;
  return program.length >= 2 && program.length <= 40;
}

const ETH_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/**
 * EIP-55 verdict for an Ethereum address: 'invalid' unless 0x + 40 hex digits; 'unknown' when the
 * hex is all lower or all upper case (no checksum was applied); otherwise 'valid' iff the case of
 * each letter follows the keccak-256 hash of the lower-case hex.
 */
export function eip55Verdict(addr: string): 'valid' | 'invalid' | 'unknown' {
  if (!ETH_ADDRESS.test(addr)) return 'invalid';
  const hex = addr.slice(2);
  const lower = hex.toLowerCase();
  if (hex === lower || hex === hex.toUpperCase()) return 'unknown';
  const hash = keccak_256(new TextEncoder().encode(lower));
  for (let i = 0; i < 40; i++) {
    const c = hex[i];
    if (c >= '0' && c <= '9') continue;
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    const wantUpper = nibble >= 8;
    if (wantUpper !== (c >= 'A' && c <= 'F')) return 'invalid';
  }
  return 'valid';
}
