import { defineDetector } from '../../src/types.js';
import { base62Crc32 } from '../_lib/crc32.js';

/**
 * API tokens of widely used services, recognised by the prefix their issuer gives them: GitHub (`ghp_`, `gho_`,
 * `ghu_`, `ghs_`, `ghr_`, `github_pat_`), npm (`npm_`), GitLab (`glpat-`), Stripe live secret and restricted keys and
 * webhook signing secrets (`sk_live_`, `rk_live_`, `whsec_`), Slack tokens (`xoxb-`, `xoxp-` …) and incoming-webhook
 * URLs, Google API keys (`AIza`), SendGrid keys (`SG.<22>.<43>`), an AWS secret access key as the value of its
 * key name, and any random token assigned to a secret's key in a config or .env file (`JWT_SIGNING_SECRET=…`,
 * `clientSecret: "…"`, `api_key = …`). Each grants access until it is revoked, so wherever it is found it must be
 * rotated.
 *
 * A value under a secret's key name counts only when it looks random: 20 characters or more, three character
 * classes, letters and digits alternating at least four times. Names (`secretName: tls-cert-2024`), placeholders
 * (`${JWT_SECRET}`, `changeme`, `your-api-key-here`) and hex digests do not.
 *
 * GitHub's and npm's tokens end in a CRC-32 of their random part (Base62, six characters), which validate() checks:
 * a typo or a made-up token is refused, a real one is 'valid'. The other shapes carry no public checksum, so their
 * prefix and exact length are the evidence ('unknown', reported on the shape alone). Fillers (`xxxx…`, a repeated
 * character) and documentation samples ending in EXAMPLE are refused.
 *
 * GDPR Art. 32 and 5(1)(f) (security of processing), CCPA §1798.100(e), PIPL Art. 51: restricted, like the AWS keys.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// A continuation of the token's alphabet is taken into the match, so that a longer token is refused by its
// length in validate() instead of yielding a prefix-shaped first part.
const MORE = '(?:[0-9A-Za-z_\\-]{1,40})?';

/** Issuer prefixes: a value that starts with one must have its issuer's exact shape. */
const ISSUER_PREFIX = /^(?:gh[pousr]_|github_pat_|npm_|glpat-|(?:sk|rk)_live_|whsec_|xox[abposr]-|https:\/\/hooks\.slack\.com\/|AIza|SG\.)/;

// A key that names a secret: the last word of an env name, YAML/JSON key or camelCase key (JWT_SIGNING_SECRET,
// clientSecret, api_key, x-auth-token). `secretName` and `secretKeyRef` end in another word and stay out.
const SECRET_WORDS =
  '(?:secret|secret[_\\-]?key(?:[_\\-]?base)?|api[_\\-]?key|api[_\\-]?secret|access[_\\-]?token|auth[_\\-]?token|signing[_\\-]?key|private[_\\-]?token|encryption[_\\-]?key|master[_\\-]?key)';
const SECRET_KEY = `(?i:[a-z0-9_.\\-]{0,30}${SECRET_WORDS})`;

/** Letters and digits next to each other: random tokens switch often, words and names with a number rarely. */
function alternations(s: string): number {
  return s.match(/[0-9][A-Za-z]|[A-Za-z][0-9]/g)?.length ?? 0;
}

const SHAPES: readonly RegExp[] = [
  /^gh[pousr]_[0-9A-Za-z]{36}$/,
  /^github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}$/,
  /^npm_[0-9A-Za-z]{36}$/,
  /^glpat-[0-9A-Za-z_-]{20,50}$/,
  /^(?:sk|rk)_live_[0-9A-Za-z]{20,247}$/,
  /^whsec_[0-9A-Za-z+/=]{32,88}$/,
  /^xox[abposr]-(?:[0-9]{1,15}-){1,4}[0-9A-Za-z]{8,64}$/,
  /^https:\/\/hooks\.slack\.com\/services\/T[0-9A-Z]{8,12}\/B[0-9A-Z]{8,12}\/[0-9A-Za-z]{24}$/,
  /^AIza[0-9A-Za-z_-]{35}$/,
  /^SG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}$/,
];

/** The issuer's prefix, kept in the snippet so the reader knows which service to rotate the token at. */
function prefixOf(raw: string): string {
  if (raw.startsWith('https://')) return 'https://hooks.slack.com/services/';
  const m = ISSUER_PREFIX.exec(raw);
  return m ? m[0] : '';
}

export default defineDetector({
  id: 'secret.api_token',
  name: 'API token (GitHub, npm, GitLab, Stripe, Slack, Google, SendGrid, AWS secret key)',
  category: 'secret',
  sensitivity: 'restricted',
  description: 'Service API tokens by their issuer prefix and length (GitHub and npm CRC-32 checked), Slack webhook URLs, and random tokens (AWS secret access keys, client secrets, API keys) assigned to a secret\'s key name.',
  patterns: [
    // GitHub and npm: the checksum decides, so the base score stays under the reporting threshold without it.
    { name: 'github', regex: '\\bgh[pousr]_[0-9A-Za-z]{36}\\b', score: 0.45 },
    { name: 'npm', regex: '\\bnpm_[0-9A-Za-z]{36}\\b', score: 0.45 },
    { name: 'github-fine-grained', regex: '\\bgithub_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}\\b', score: 0.6 },
    { name: 'gitlab', regex: `\\bglpat-[0-9A-Za-z_\\-]{20}${MORE}`, score: 0.6 },
    { name: 'stripe', regex: '\\b(?:sk|rk)_live_[0-9A-Za-z]{20,247}\\b', score: 0.6 },
    { name: 'stripe-webhook', regex: '\\bwhsec_[0-9A-Za-z+/=]{32,88}', score: 0.6 },
    { name: 'slack', regex: '\\bxox[abposr]-(?:[0-9]{1,15}-){1,4}[0-9A-Za-z]{8,64}\\b', score: 0.6 },
    { name: 'slack-webhook', regex: '\\bhttps://hooks\\.slack\\.com/services/T[0-9A-Z]{8,12}/B[0-9A-Z]{8,12}/[0-9A-Za-z]{24}\\b', score: 0.6 },
    { name: 'google', regex: `\\bAIza[0-9A-Za-z_\\-]{35}${MORE}`, score: 0.6 },
    { name: 'sendgrid', regex: `\\bSG\\.[0-9A-Za-z_\\-]{22}\\.[0-9A-Za-z_\\-]{43}${MORE}`, score: 0.6 },
    // 40 base64 characters are any hash or key; only the value of its own key name is an AWS secret key.
    {
      name: 'aws-secret-key',
      regex: '(?i:aws_?secret_?access_?key|aws[ \\t]+secret[ \\t]+access[ \\t]+key|secretaccesskey)["\']?[ \\t]*(?:=>|:=|[:=])[ \\t]*["\']?([0-9A-Za-z/+]{40})(?:[^0-9A-Za-z/+=]|$)',
      score: 0.6,
      group: 1,
    },
    {
      name: 'secret-assignment',
      regex: `\\b${SECRET_KEY}["']?[ \\t]{0,3}(?:=>|:=|[:=])[ \\t]{0,3}["']?([0-9A-Za-z+/=_.~\\-]{20,200})(?:[^0-9A-Za-z+/=_.~\\-]|$)`,
      // The key's name and its operator, without the open run of name characters before it and the token after: the
      // whole pattern in the prefilter Set slowed every token-heavy block (8 MiB of logs: +0.4 s).
      prefilter: `(?i:${SECRET_WORDS})["']?[ \\t]{0,3}(?:=>|:=|[:=])`,
      score: 0.55,
      group: 1,
    },
  ],
  context: {
    words: [
      'token', 'api key', 'apikey', 'api_key', 'secret', 'access token', 'personal access token', 'webhook', 'bearer',
      'github_token', 'npm_token', 'stripe', 'slack', 'sendgrid', 'credentials',
      '令牌', '密钥', '访问令牌', 'api密钥',
    ],
  },
  columnHints: ['api token', 'api key', 'access token', 'personal access token', 'secret key', 'webhook url', 'api密钥', '访问令牌'],
  columnHintExcludes: ['api key id', 'api key name', 'token type', 'token expires at'],
  normalize: (raw: string) => raw.trim(),
  validate(n: string) {
    const body = n.slice(prefixOf(n).length);
    // Fillers and documentation samples: xxxxxxxx…, a run of one character, …EXAMPLE / …EXAMPLEKEY.
    if (/([0-9A-Za-z])\1{7}/.test(body) || /EXAMPLE(?:KEY)?$/.test(n)) return 'invalid';
    if (ISSUER_PREFIX.test(n)) {
      if (!SHAPES.some((re) => re.test(n))) return 'invalid';
      if (/^(?:gh[pousr]|npm)_/.test(n)) return base62Crc32(n.slice(4, 34)) === n.slice(34) ? 'valid' : 'invalid';
      return 'unknown';
    }
    // The value of a key name (an AWS secret key, any secret): a random token mixes three character classes, or is
    // a long hex string (Rails' secret_key_base, Flask's secret_key), and keeps switching between letters and
    // digits; a word, a name with a number or a placeholder does not.
    if (!/^[0-9A-Za-z+/=_.~-]{20,200}$/.test(n) || alternations(n) < 4) return 'invalid';
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^0-9A-Za-z]/].filter((re) => re.test(n)).length;
    return classes >= 3 || /^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/.test(n) ? 'unknown' : 'invalid';
  },
  mask: (raw: string) => prefixOf(raw) + '*'.repeat(12),
  legal: ['gdpr:art32', 'gdpr:art5-1-f', 'ccpa:1798.100-e', 'pipl:art51'],
  examples: {
    match: [
      // Synthetic tokens: random bodies; GitHub and npm checksums computed.
      { text: 'GITHUB_TOKEN=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', value: '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' },
      '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',
      { text: '//registry.npmjs.org/:_authToken=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', value: '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' },
      { text: 'git clone https://oauth2:glpat-kmvCJHFsBGzGOteNbyFh@gitlab.example.com/ops/infra.git', value: 'glpat-kmvCJHFsBGzGOteNbyFh' },
      { text: 'STRIPE_SECRET_KEY=sk_live_51OoQ2vKz8fA1bC2dR7yT9uW3xE5qL0pM4nB6vC8zX2aS4dF6gH8jK0lQ1wE3rT5yU7iO9pA', value: 'sk_live_51OoQ2vKz8fA1bC2dR7yT9uW3xE5qL0pM4nB6vC8zX2aS4dF6gH8jK0lQ1wE3rT5yU7iO9pA' },
      { text: 'STRIPE_WEBHOOK_SECRET=whsec_9aB8cD7eF6gH5iJ4kL3mN2oP1qR0sT9u', value: 'whsec_9aB8cD7eF6gH5iJ4kL3mN2oP1qR0sT9u' },
      { text: 'SLACK_BOT_TOKEN=xoxb-6926498606901-6092656521656-kiux8vBy8rOF1IXvKLJPJ3PG', value: 'xoxb-6926498606901-6092656521656-kiux8vBy8rOF1IXvKLJPJ3PG' },
      { text: 'alerts: https://hooks.slack.com/services/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', value: 'https://hooks.slack.com/services/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' },
      { text: '<script src="https://maps.googleapis.com/maps/api/js?key=AIzai6-XlJbjz44YJMCdBGaRFTT6fkq3ttkgP6v"></script>', value: 'AIzai6-XlJbjz44YJMCdBGaRFTT6fkq3ttkgP6v' },
      { text: 'SENDGRID_API_KEY=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', value: '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' },
      { text: 'aws_secret_access_key = k7Xq2M9vR4tL8wP3zN6bY1cF5hJ0sD2gA8eK4uQm', value: 'k7Xq2M9vR4tL8wP3zN6bY1cF5hJ0sD2gA8eK4uQm' },
      { text: '{"AccessKeyId": "AKIAVX4N2B7C3D5F6G7H", "SecretAccessKey": "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"}', value: 'Zp4+Lq8vR2tW6yB0nM3cX7kJ1hG5dS9aF2eQ8uTi' },
      { text: 'JWT_SIGNING_SECRET=Zm9vYmFyYmF6cXV4LXByb2QtMjAyNS0wMi0xNC1yb3RhdGVk', value: 'Zm9vYmFyYmF6cXV4LXByb2QtMjAyNS0wMi0xNC1yb3RhdGVk', note: 'a random value under a secret key' },
      { text: '    clientSecret: "vX8~Kq2.Lm9-Rt4_Wz7Pn3Bc6Yh1Jd5Gs0Fa"', value: 'vX8~Kq2.Lm9-Rt4_Wz7Pn3Bc6Yh1Jd5Gs0Fa', note: 'a camelCase key in YAML' },
      { text: 'payments.api_key = 3f9a1c7e-52b4-4d8e-a06f-7c2e9b1d4a83', value: '3f9a1c7e-52b4-4d8e-a06f-7c2e9b1d4a83', note: 'a UUID used as an API key' },
      { text: 'SECRET_KEY_BASE=9c1d4e7f2a8b5c3d6e9f0a1b2c3d4e5f6a7b8c9d4e1f', value: '9c1d4e7f2a8b5c3d6e9f0a1b2c3d4e5f6a7b8c9d4e1f', note: 'a hex secret' },
    ],
    noMatch: [
      { text: 'GITHUB_TOKEN=ghp_aWuhkgW93EHzifMF6tqqRHq2lxn7Ke01K6bb', note: 'GitHub checksum fails (last character changed)' },
      { text: 'token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', note: 'a filler' },
      { text: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', note: 'a Stripe test key: no live account behind it' },
      { text: 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', note: 'a filler' },
      { text: 'AIzai6-XlJbjz44YJMCdBGaRFTT6fkq3ttkgP6vQ7', note: 'too long for a Google API key' },
      { text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', note: 'the AWS documentation sample' },
      { text: 'commit 9c1d4e7f2a8b5c3d6e9f0a1b2c3d4e5f6a7b8c9d', note: 'a 40-character hex digest without the key name' },
      { text: 'aws_secret_access_key = AwsSecretAccessKeyGoesHereForTheDemoApp', note: 'words, no random token' },
      { text: 'see docs/xoxb-tokens.md', note: 'no token after the prefix' },
      { text: 'SG.mN3bV6cX9zL2kJ5h.Qw8Er4Ty7Ui0Op3As6Df9Gh2', note: 'not the SendGrid lengths' },
      { text: '  secretName: tls-portal-kestrel-2024', note: 'a Kubernetes secret name: the key ends in another word' },
      { text: 'JWT_SECRET=${JWT_SECRET_FROM_VAULT_2024}', note: 'an environment reference' },
      { text: 'api_key: your-api-key-goes-here-12345', note: 'a placeholder: words, no random token' },
      { text: 'client_secret = changeme-please-20241212', note: 'a default, not random' },
      { text: 'build_secret = v2-release-candidate-9', note: 'words and a number, no random token' },
    ],
  },
});
