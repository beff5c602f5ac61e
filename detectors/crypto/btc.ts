import { defineDetector } from '../../src/types.js';
import { bech32AddressValid, bitcoinBase58Valid } from '../_lib/crypto-address.js';

/**
 * Bitcoin address (mainnet): legacy Base58Check P2PKH (1…) and P2SH (3…) with their double-SHA-256
 * checksum, and segwit bech32 / bech32m (bc1…, BIP-173 / BIP-350) with their BCH checksum.
 *
 * A wallet address is pseudonymous, but exchanges tie it to a verified customer (KYC) and the public ledger
 * exposes every payment it makes, so it is personal data as soon as it is linked to an account.
 * Witness v1+ programs written with the original bech32 checksum (BIP-173 as first published; still in
 * python-stdnum's vectors) are accepted too: they are unspendable under BIP-350 but people still paste them.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const BECH32_DATA = '[02-9ac-hj-np-z]';
const BECH32_DATA_UPPER = '[02-9AC-HJ-NP-Z]';

export default defineDetector({
  id: 'crypto.btc',
  name: 'Bitcoin address',
  category: 'financial',
  sensitivity: 'confidential',
  description: 'Bitcoin mainnet addresses: Base58Check P2PKH/P2SH and bech32/bech32m segwit, checksums verified.',
  patterns: [
    { name: 'base58', regex: '\\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\\b', score: 0.45 },
    // bech32 is all lower or all upper case (mixed case is invalid by the spec, so not matched).
    { name: 'bech32', regex: `\\b(?:bc1${BECH32_DATA}{11,87}|BC1${BECH32_DATA_UPPER}{11,87})\\b`, score: 0.5 },
  ],
  context: {
    words: ['bitcoin', 'btc', 'wallet', 'address', 'segwit', 'deposit', 'withdraw', 'crypto', '比特币', '钱包', '钱包地址', '地址', '充值', '提币'],
  },
  columnHints: ['btc address', 'bitcoin address', 'wallet address', 'btc wallet', 'crypto address', 'deposit address', '比特币地址', '钱包地址'],
  normalize(raw: string) {
    const s = raw.trim();
    // bech32 is case-insensitive (canonical lower case); Base58 is case-sensitive and kept as is.
    return /^bc1/i.test(s) ? s.toLowerCase() : s;
  },
  validate(n: string) {
    if (n.startsWith('bc1')) return bech32AddressValid(n, { legacyBech32: true }) ? 'valid' : 'invalid';
    return bitcoinBase58Valid(n) ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:recital30', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum test vectors (BIP-173 examples and well-known published addresses).
      '1NEDqZPvTWRaoho48qXuLLsrYomMXPABfD',
      '3KwLBFMtU9Wtn9Yys3imuU2hs2oSDsfZY4',
      'bc1qardv855yjngspvxuttq897aqca3lxju2y69jce',
      'BC1QARDV855YJNGSPVXUTTQ897AQCA3LXJU2Y69JCE',
      'bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj',
      { text: 'Send the refund to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 before Friday.', value: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' },
      { text: 'Deposit address: bc1q362mcakh9p0zr380s4uhhz26263yjep36c8se8', value: 'bc1q362mcakh9p0zr380s4uhhz26263yjep36c8se8' },
      { text: '用户比特币钱包地址：39y1UjCMmxzMYtt4S4wii9e3xmfHngKncL，已核实。', value: '39y1UjCMmxzMYtt4S4wii9e3xmfHngKncL' },
    ],
    noMatch: [
      { text: '1NEDqZPvTWRaoho48qXuLLsrYomMXPABfA', note: 'Base58Check checksum fails' },
      { text: '1BvBMSEYstWetqTFn5Au4m4GFg8xJaNVN2', note: 'one character changed' },
      { text: 'bc1qardv855yjngspvxuttq897aqca3lxju2y69j11', note: "'1' is not a bech32 data character" },
      { text: 'bc1qar0srrr7xfkvy5l643lydnw0re59gtzzwf5mdq', note: 'bech32 checksum fails' },
      { text: 'BC1SW60QA3JX3S', note: 'bech32 checksum fails' },
      { text: 'gzXESMi1caU4L4CWEV96kQMkn5TKLsMzuX', note: 'not a Bitcoin prefix' },
      { text: 'x1NEDqZPvTWRaoho48qXuLLsrYomMXPABfD', note: 'inside a longer token' },
      { text: 'bc1qv93xxeqnnq0uz', note: 'program too short' },
    ],
  },
});
