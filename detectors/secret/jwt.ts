import { defineDetector } from '../../src/types.js';

/**
 * JSON Web Token (RFC 7519, compact JWS serialisation): three base64url segments; the header always
 * encodes a JSON object, so it starts with `eyJ` (`{"`). A bearer token grants access until it expires and
 * its payload often names the user (sub, email, name), so it is both a secret and personal data.
 * validate(): the header decodes to a JSON object with a string `alg` and the payload to a JSON object.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

type Json = Record<string, unknown>;

function decodeObject(segment: string): Json | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
  } catch {
    return null;
  }
}

export default defineDetector({
  id: 'secret.jwt',
  name: 'JSON Web Token',
  category: 'secret',
  sensitivity: 'restricted',
  description: 'Compact JWT/JWS (header.payload.signature) whose header and payload decode to JSON.',
  patterns: [
    // Bounds cover RS/PS-4096 signatures (683 chars) and payloads up to 2,000 chars; RE2 caps one
    // repetition at 1,000, hence the payload in two pieces.
    {
      name: 'jwt',
      regex: '\\beyJ[A-Za-z0-9_\\-]{10,500}\\.[A-Za-z0-9_\\-]{4,1000}[A-Za-z0-9_\\-]{0,1000}\\.[A-Za-z0-9_\\-]{0,700}',
      score: 0.55,
    },
  ],
  context: {
    words: [
      'jwt', 'token', 'bearer', 'authorization', 'id_token', 'access_token', 'refresh_token', 'auth', 'session',
      '令牌', '访问令牌', '身份令牌', '认证', 'トークン', '토큰',
    ],
  },
  columnHints: ['jwt', 'token', 'access token', 'id token', 'auth token', 'bearer token', 'session token', '令牌', '访问令牌'],
  columnHintExcludes: ['token type', 'token expires at', 'token expiry', 'token count'],
  normalize: (raw: string) => raw.trim(),
  validate(n: string) {
    const parts = n.split('.');
    if (parts.length !== 3) return 'invalid';
    const header = decodeObject(parts[0]);
    if (!header || typeof header.alg !== 'string') return 'invalid';
    if (!decodeObject(parts[1])) return 'invalid';
    // A signed token cut before its signature still leaks the payload, but is no longer a usable credential.
    if (parts[2] === '' && header.alg.toLowerCase() !== 'none') return 'unknown';
    return 'valid';
  },
  // The jwt.io debugger's default token, pasted into countless tutorials.
  deny: [
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ],
  mask: (raw: string) => raw.slice(0, 6) + '*'.repeat(12),
  legal: ['gdpr:art32', 'gdpr:art5-1-f', 'ccpa:1798.140-ae-1-b', 'ccpa:1798.100-e', 'pipl:art51'],
  examples: {
    match: [
      // Synthetic tokens signed with HMAC key "not-a-real-secret".
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQ3MTEiLCJuYW1lIjoiVGVzdCBVc2VyIiwiaWF0IjoxNzAwMDAwMDAwfQ.oDggcJH9LI8mlutKoRLVudqBAPKIXmv69bGx8AXkWx0',
      {
        text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTEwMDEiLCJlbWFpbCI6ImphbmUuZG9lQGV4YW1wbGUuY29tIiwiZXhwIjoxOTAwMDAwMDAwfQ.uN7rUbr3DysfPvinr6-zejGdsSFQeeqrpGK8wlJo-uQ',
        value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTEwMDEiLCJlbWFpbCI6ImphbmUuZG9lQGV4YW1wbGUuY29tIiwiZXhwIjoxOTAwMDAwMDAwfQ.uN7rUbr3DysfPvinr6-zejGdsSFQeeqrpGK8wlJo-uQ',
      },
      {
        text: '{"id_token": "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkLmV4YW1wbGUuY29tIiwic3ViIjoiNDIiLCJhdWQiOiJhcHAifQ.ioUf9VIVv-vZDJfdPiVd0rL6teoDFBg2-c6D9DBraiU"}',
        value: 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkLmV4YW1wbGUuY29tIiwic3ViIjoiNDIiLCJhdWQiOiJhcHAifQ.ioUf9VIVv-vZDJfdPiVd0rL6teoDFBg2-c6D9DBraiU',
      },
      {
        text: '日志中出现了访问令牌 eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiLnlKjmiLctODgiLCJuYW1lIjoi5rWL6K-V55So5oi3In0._SP-sKE8mfxnJ0jU1WFrN10VHpsKQKRqTF0LYcTI2Do，请吊销。',
        value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiLnlKjmiLctODgiLCJuYW1lIjoi5rWL6K-V55So5oi3In0._SP-sKE8mfxnJ0jU1WFrN10VHpsKQKRqTF0LYcTI2Do',
      },
      {
        text: 'GET /callback?token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIiwiYWRtaW4iOnRydWV9. HTTP/1.1',
        value: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIiwiYWRtaW4iOnRydWV9.',
        note: 'unsecured JWT (alg none) has an empty signature',
      },
    ],
    noMatch: [
      {
        text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        note: 'the jwt.io sample',
      },
      { text: 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4LTEifQ.shzElaezZO00Ju9qo8zjClIdNN4mBSh_n9FlgxvDn5g', note: 'header without alg' },
      { text: 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24gYXQgYWxs.c2lnbmF0dXJl', note: 'payload is not JSON' },
      { text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQ3MTEi', note: 'two segments' },
      { text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6.eyJzdWIiOiJ1c2VyLTQ3MTEi.c2lnbmF0dXJl', note: 'truncated header' },
      { text: 'abc.def.ghi', note: 'three dotted words' },
    ],
  },
});
