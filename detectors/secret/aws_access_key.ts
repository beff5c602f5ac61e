import { defineDetector } from '../../src/types.js';
import { isRepeatedDigit } from '../_lib/normalize.js';

/**
 * AWS access key IDs and IAM unique IDs: a 4-letter type prefix and 16 base32 characters (A-Z, 2-7).
 * The key ID is the public half of an access key pair, but where it appears the secret half usually
 * sits on the next line; IAM unique IDs (AIDA user, AROA role, …) name the principal the key belongs to.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'secret.aws_access_key',
  name: 'AWS access key ID',
  category: 'secret',
  sensitivity: 'restricted',
  description: 'AWS access key IDs (AKIA/ASIA/…) and IAM unique IDs: type prefix + 16 base32 characters.',
  patterns: [
    // Long-term (AKIA), temporary STS (ASIA), STS bearer (ABIA) and context-specific (ACCA) credentials.
    { name: 'access-key-id', regex: '\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b', score: 0.6 },
    // IAM unique IDs: group, user, role, instance profile, managed policy (and version), public key.
    { name: 'iam-unique-id', regex: '\\b(?:AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}\\b', score: 0.5 },
  ],
  context: {
    words: [
      'aws', 'aws_access_key_id', 'access key', 'access key id', 'access_key_id', 'accesskeyid', 'access_key',
      'accesskey', 'key id', 'iam', 'credentials', 'sts', '访问密钥', '密钥', '凭证', 'aws密钥',
    ],
  },
  columnHints: ['aws access key id', 'aws access key', 'access key id', 'access key', 'aws key', 'aws key id', '访问密钥', '访问密钥id'],
  normalize: (raw: string) => raw.trim().toUpperCase(),
  validate(n: string) {
    const body = n.slice(4);
    // AWS documentation samples end in EXAMPLE (the best known are also in deny).
    if (body.endsWith('EXAMPLE')) return 'invalid';
    // AKIAAAAAAAAAAAAAAAAA and the like are placeholders.
    if (isRepeatedDigit(body)) return 'invalid';
    return 'unknown';
  },
  deny: ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'],
  // The key type prefix tells the reader what leaked; the rest is the credential.
  mask: (raw: string) => raw.slice(0, 4) + '*'.repeat(Math.max(0, raw.length - 4)),
  legal: ['gdpr:art32', 'gdpr:art5-1-f', 'ccpa:1798.100-e', 'pipl:art51'],
  examples: {
    match: [
      // Synthetic IDs: right prefix and alphabet, random body.
      'AKIA2E3F4G5H6J7K7L2M',
      { text: 'aws_access_key_id = AKIAZ7Q2W3E4R5T6Y7U2', value: 'AKIAZ7Q2W3E4R5T6Y7U2' },
      { text: 'export AWS_ACCESS_KEY_ID=ASIA3MPLX7QW2ERTY5UI', value: 'ASIA3MPLX7QW2ERTY5UI' },
      { text: '{"AccessKeyId": "AKIAVX4N2B7C3D5F6G7H", "Status": "Active"}', value: 'AKIAVX4N2B7C3D5F6G7H' },
      { text: '请立即轮换泄露的访问密钥 AKIAQW2E3R4T5Y6U7I2O。', value: 'AKIAQW2E3R4T5Y6U7I2O' },
      { text: 'Role AROA4BCDEFGHJKLMN2PQ assumed by the deploy job', value: 'AROA4BCDEFGHJKLMN2PQ' },
    ],
    noMatch: [
      { text: 'AKIAIOSFODNN7EXAMPLE', note: 'the AWS documentation sample' },
      { text: 'aws_access_key_id = AKIAI44QH8DHBEXAMPLE', note: 'another documentation sample' },
      { text: 'AKIAAAAAAAAAAAAAAAAA', note: 'placeholder' },
      { text: 'AKIA2E3F4G5H6J7K7L2', note: '15 characters after the prefix' },
      { text: 'AKIA2E3F4G5H6J7K7L2M9', note: '17 characters: not a key ID' },
      { text: 'AKIA2E3F4G5H6J7K8L1M', note: '8 and 1 are not base32' },
      { text: 'xAKIA2E3F4G5H6J7K7L2M', note: 'inside a longer token' },
      { text: 'AKIB2E3F4G5H6J7K7L2M', note: 'unknown prefix' },
    ],
  },
});
