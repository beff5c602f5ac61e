import { defineDetector } from '../../src/types.js';
import { eip55Verdict } from '../_lib/crypto-address.js';

/**
 * Ethereum (and EVM-chain) account address: `0x` + 40 hex digits. A mixed-case address carries the EIP-55
 * checksum and must verify (a wrong case pattern is a typo or not an address); an all-lower or all-upper
 * address has no checksum and is the same shape as any 160-bit hex value (a hash fragment, a contract
 * selector table), so it needs a context word (eth, wallet, 钱包 …) or a line of its own.
 *
 * The zero address and other one-digit fillers (burn / placeholder addresses) are refused.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'crypto.eth',
  name: 'Ethereum address',
  category: 'financial',
  sensitivity: 'confidential',
  description: 'Ethereum/EVM addresses (0x + 40 hex); EIP-55 checksum verified when mixed case, context needed otherwise.',
  patterns: [{ name: 'address', regex: '\\b0x[0-9a-fA-F]{40}\\b', score: 0.35 }],
  context: {
    words: [
      'eth', 'ether', 'ethereum', 'wallet', 'address', 'erc20', 'erc-20', 'metamask', 'usdt', 'usdc', 'polygon',
      'bsc', 'evm', 'deposit', 'withdraw',
      '钱包', '以太坊', '钱包地址', '以太坊地址', '充值地址', '提币地址',
    ],
  },
  columnHints: ['eth address', 'ethereum address', 'wallet address', 'wallet', 'evm address', 'deposit address', '钱包地址', '以太坊地址', '钱包'],
  // Case is part of the EIP-55 checksum: validate() needs it, so the value is kept as written.
  normalize: (raw: string) => raw.trim(),
  validate(n: string) {
    if (/^0x(.)\1{39}$/i.test(n)) return 'invalid';
    return eip55Verdict(n);
  },
  legal: ['gdpr:art4-1', 'gdpr:recital30', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      // EIP-55 specification test vectors.
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
      { text: 'Payout wallet 0x52908400098527886E0F7030069857D2E4169EE7 every month.', value: '0x52908400098527886E0F7030069857D2E4169EE7', note: 'all upper case (no checksum) with a context word' },
      { text: 'ETH wallet: 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', value: '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed' },
      { text: '请将USDT转到以太坊钱包 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359。', value: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' },
    ],
    noMatch: [
      { text: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', note: 'EIP-55 case pattern wrong in the last letter' },
      { text: 'commit 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed in the build log', note: 'all lower case, no context' },
      { text: '0x0000000000000000000000000000000000000000', note: 'zero address' },
      { text: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe', note: '39 hex digits' },
      { text: 'tx 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed5aAeb6053F3E94C9b9A09f33669435', note: 'longer hex (transaction hash shape)' },
      { text: 'x0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', note: 'inside a longer token' },
    ],
  },
});
