import { defineDetector } from '../../src/types.js';

/**
 * Private key material: the armour header of a PEM (PKCS#1, PKCS#8, SEC1, encrypted PKCS#8), OpenSSH,
 * SSH2 (RFC 4716 style, written by some commercial SSH tools), PGP or PuTTY private key. The scanner
 * works on line blocks, so the header line is the finding; public keys, certificates and CSRs have other
 * labels and never match. The header alone is not secret, so the snippet shows it as is.
 * Every key of one type has the same header, so fingerprints cannot tell two keys apart.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Exactly the labels real tools write; "PGP PRIVATE KEY" without BLOCK or "RSA PRIVATE KEY BLOCK" are not keys.
const HEADERS = new Set([
  '-----BEGIN PRIVATE KEY-----',
  '-----BEGIN RSA PRIVATE KEY-----',
  '-----BEGIN DSA PRIVATE KEY-----',
  '-----BEGIN EC PRIVATE KEY-----',
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  '-----BEGIN ENCRYPTED PRIVATE KEY-----',
  '-----BEGIN PGP PRIVATE KEY BLOCK-----',
  '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
]);

export default defineDetector({
  id: 'secret.private_key',
  name: 'Private key (PEM / OpenSSH / PGP)',
  category: 'secret',
  sensitivity: 'restricted',
  description: 'Armour header of a PEM, OpenSSH, PGP, SSH2 or PuTTY private key (public keys and certificates excluded).',
  patterns: [
    {
      name: 'pem-header',
      regex: '-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----',
      score: 0.6,
    },
    { name: 'ssh2-header', regex: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', score: 0.6 },
    { name: 'putty-header', regex: '\\bPuTTY-User-Key-File-[23]: (?:ssh-rsa|ssh-dss|ssh-ed25519|ssh-ed448|ecdsa-sha2-nistp(?:256|384|521))\\b', score: 0.6 },
  ],
  context: { words: ['private key', 'privatekey', 'private_key', 'id_rsa', 'id_ed25519', 'pem', 'ssh key', '私钥', '密钥'] },
  columnHints: ['private key', 'privatekey', 'ssh private key', 'pem', 'signing key', '私钥'],
  columnHintExcludes: ['private key id', 'private key fingerprint', 'private key path'],
  normalize: (raw: string) => raw.trim(),
  validate: (n: string) => (HEADERS.has(n) || n.startsWith('PuTTY-User-Key-File-') ? 'valid' : 'invalid'),
  mask: (raw: string) => raw,
  legal: ['gdpr:art32', 'gdpr:art5-1-f', 'ccpa:1798.100-e', 'pipl:art51'],
  examples: {
    match: [
      '-----BEGIN RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----',
      '-----BEGIN EC PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
      '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
      { text: 'PuTTY-User-Key-File-3: ssh-ed25519', value: 'PuTTY-User-Key-File-3: ssh-ed25519' },
      {
        text: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg…"}',
        value: '-----BEGIN PRIVATE KEY-----',
        note: 'cloud service-account JSON keeps the key on one line with escaped newlines',
      },
      { text: '部署机上的私钥文件以 -----BEGIN OPENSSH PRIVATE KEY----- 开头', value: '-----BEGIN OPENSSH PRIVATE KEY-----' },
    ],
    noMatch: [
      '-----BEGIN PUBLIC KEY-----',
      '-----BEGIN RSA PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----',
      '-----BEGIN CERTIFICATE REQUEST-----',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      { text: '-----END RSA PRIVATE KEY-----', note: 'the footer: the header is already reported' },
      { text: '-----BEGIN PGP PRIVATE KEY-----', note: 'not a label any tool writes' },
      { text: 'Paste the BEGIN PRIVATE KEY block here', note: 'prose about keys' },
    ],
  },
});
