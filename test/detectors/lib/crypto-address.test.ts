import { describe, expect, it } from 'vitest';
import { bech32, bech32m } from '@scure/base';
import {
  base58CheckDecode,
  bech32AddressValid,
  bitcoinBase58Valid,
  eip55Verdict,
} from '../../../detectors/_lib/crypto-address.js';
import { vectors } from './_vectors.js';

const isSegwit = (v: string) => /^(bc|tb)1/i.test(v);

// Segwit v1+ vectors that python-stdnum encodes with the BIP-173 bech32 checksum; BIP-350 requires
// bech32m for them, so they pass only with { legacyBech32: true }.
const LEGACY_V1_PLUS = ['BC1SW50QA3JX3S', 'bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj'];

describe('base58CheckDecode', () => {
  it('returns the versioned payload when the checksum holds', () => {
    const p = base58CheckDecode('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2');
    expect(p).not.toBeNull();
    expect(p?.length).toBe(21);
    expect(p?.[0]).toBe(0x00);
  });

  it('returns null for a bad checksum or non-Base58 characters', () => {
    expect(base58CheckDecode('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toBeNull();
    expect(base58CheckDecode('0BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBeNull();
    expect(base58CheckDecode('')).toBeNull();
    expect(base58CheckDecode('1111')).toBeNull();
  });
});

describe('bitcoinBase58Valid', () => {
  it('accepts the valid legacy vectors and rejects mutated and invalid ones', () => {
    const legacy = (v: string) => !isSegwit(v);
    for (const v of vectors('crypto.btc', 'valid').filter(legacy)) expect(bitcoinBase58Valid(v), v).toBe(true);
    for (const v of vectors('crypto.btc', 'mutated').filter(legacy)) expect(bitcoinBase58Valid(v), v).toBe(false);
    for (const v of vectors('crypto.btc', 'invalid').filter(legacy)) expect(bitcoinBase58Valid(v), v).toBe(false);
  });

  it('accepts testnet versions and rejects other version bytes', () => {
    expect(bitcoinBase58Valid('mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn')).toBe(true);
    expect(bitcoinBase58Valid('2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc')).toBe(true);
    // Version 0x80 (a WIF private key, 51 chars) is not an address.
    expect(bitcoinBase58Valid('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ')).toBe(false);
    expect(bitcoinBase58Valid('bc1qardv855yjngspvxuttq897aqca3lxju2y69jce')).toBe(false);
  });
});

describe('bech32AddressValid', () => {
  it('accepts the valid segwit vectors (v1+ legacy encodings only with the option)', () => {
    for (const v of vectors('crypto.btc', 'valid').filter(isSegwit)) {
      expect(bech32AddressValid(v, { legacyBech32: true }), v).toBe(true);
      expect(bech32AddressValid(v), v).toBe(!LEGACY_V1_PLUS.includes(v));
    }
  });

  it('rejects every mutated and invalid segwit vector', () => {
    const bad = [...vectors('crypto.btc', 'mutated'), ...vectors('crypto.btc', 'invalid')].filter(isSegwit);
    expect(bad.length).toBeGreaterThanOrEqual(8);
    for (const v of bad) {
      expect(bech32AddressValid(v), v).toBe(false);
      expect(bech32AddressValid(v, { legacyBech32: true }), v).toBe(false);
    }
  });

  it('follows BIP-350 test vectors', () => {
    for (const v of [
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
      'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7',
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
      'BC1SW50QGDZ25J',
      'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs',
      'tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c',
    ]) {
      expect(bech32AddressValid(v), v).toBe(true);
    }
    for (const v of [
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', // v1 with bech32
      'tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47', // v0 with bech32m
      'BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', // version 17
      'bc1pw5dgrnzv', // 1-byte program
      'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', // v0 with 16 bytes
      'bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du', // non-zero padding
      'bc1gmk9yu', // empty data
    ]) {
      expect(bech32AddressValid(v), v).toBe(false);
    }
  });

  it('rejects mixed case, other prefixes and wrong checksum variants', () => {
    expect(bech32AddressValid('bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
    const program = new Uint8Array(20).fill(7);
    const words = [0, ...bech32.toWords(program)];
    expect(bech32AddressValid(bech32.encode('bc', words))).toBe(true);
    expect(bech32AddressValid(bech32.encode('tb', words))).toBe(true);
    expect(bech32AddressValid(bech32.encode('ltc', words))).toBe(false);
    expect(bech32AddressValid(bech32m.encode('bc', words))).toBe(false);
    const taproot = [1, ...bech32m.toWords(new Uint8Array(32).fill(9))];
    expect(bech32AddressValid(bech32m.encode('bc', taproot))).toBe(true);
    expect(bech32AddressValid(bech32m.encode('bc', [1, ...bech32m.toWords(new Uint8Array(41))]))).toBe(false);
  });
});

describe('eip55Verdict', () => {
  it('accepts the EIP-55 examples', () => {
    for (const a of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ]) {
      expect(eip55Verdict(a), a).toBe('valid');
    }
  });

  it('is invalid when one letter has the wrong case', () => {
    expect(eip55Verdict('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe('invalid');
    expect(eip55Verdict('0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe('invalid');
  });

  it('is unknown without a checksum (single case)', () => {
    expect(eip55Verdict('0x52908400098527886E0F7030069857D2E4169EE7')).toBe('unknown');
    expect(eip55Verdict('0xde709f2102306220921060314715629080e2fb77')).toBe('unknown');
    expect(eip55Verdict('0x1234567890123456789012345678901234567890')).toBe('unknown');
  });

  it('is invalid for anything but 0x and 40 hex digits', () => {
    for (const a of ['', '0x', '5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg']) {
      expect(eip55Verdict(a), a).toBe('invalid');
    }
  });
});
