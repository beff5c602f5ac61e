import { maskEmail } from '../src/engine/mask.js';
import { defineDetector } from '../src/types.js';
import { isCountryCode } from './_lib/iso3166.js';

/**
 * Email address: an RFC 5322 dot-atom local part (the characters people actually use) and a DNS domain whose
 * last label is a real top-level-domain shape. What looks like an address but is not one is refused:
 * retina image names (`logo@2x.png`), file names and package specs (`pkg@1.2.3`, `@scope/pkg@latest`),
 * host-only targets (`user@localhost`) and the SSH remotes of code hosts (`git@github.com:org/repo`).
 *
 * The mask keeps the domain (it tells which organisation, not which person): `a***@example.com`.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Top-level "domains" that are really file extensions (none of them is delegated in the root zone).
const FILE_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'tif', 'tiff', 'heic', 'avif', 'psd', 'eps',
  'css', 'scss', 'sass', 'less', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'vue', 'svelte', 'json', 'yaml', 'yml',
  'toml', 'ini', 'cfg', 'conf', 'lock', 'map', 'html', 'htm', 'xhtml', 'txt', 'csv', 'tsv', 'log', 'pdf', 'doc',
  'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'gz', 'tgz', 'bz2', 'xz', 'tar', 'rar', 'exe', 'dll',
  'bin', 'dat', 'tmp', 'bak', 'swp', 'woff', 'woff2', 'ttf', 'otf', 'eot', 'mp3', 'mp4', 'wav', 'avi', 'mkv',
  'flac', 'ogg', 'webm', 'java', 'class', 'jar', 'php', 'asp', 'aspx', 'jsp', 'pyc', 'rb', 'kt', 'swift', 'sql',
  'sqlite', 'db', 'wasm', 'pem', 'crt', 'cer', 'der', 'csr', 'p12', 'pfx', 'apk', 'ipa', 'dmg', 'iso', 'img',
  'hpp', 'cpp', 'cxx', 'lua', 'ps1', 'bat', 'cmd',
]);

// Two-letter TLDs that are not ISO 3166 codes but are delegated.
const EXTRA_CC_TLDS = new Set(['uk', 'eu', 'ac', 'su']);

// Reserved or private-use names: still an address someone uses (internal mail), but unverifiable.
const PRIVATE_TLDS = new Set(['local', 'localdomain', 'lan', 'internal', 'intranet', 'corp', 'home', 'test', 'example', 'invalid']);

// `name@2x.png`, `icon@1.5x.webp`: density suffixes of image assets.
const DENSITY_LABEL = /^[0-9]+(?:\.[0-9]+)?x$/;

/**
 * Local parts that a program made, not a person: Message-ID and Content-ID values (`<B3CC4D54143D6F7B.151463@
 * mail.example.com>`, `<CA+oL9TWkUMZEH1DGU57r8q@mail.gmail.com>`) and the `git@` account of SSH remotes on any
 * host (`ssh://git@git.example.com:2222/…`). People's addresses are names, initials, words and a few digits;
 * a long token in which letters and digits keep alternating (hex ids, base64 fragments) is generated, and so is
 * a date-time stamp to the minute or second (Postfix and Exim ids: `<20250303164107.77A1C2@mail.example.com>`).
 */
const DATE_TIME_STAMP = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])[0-5][0-9](?:[0-5][0-9])?$/;

function machineLocalPart(local: string): boolean {
  if (local === 'git') return true;
  for (const seg of local.split(/[._+=$-]/)) {
    if (DATE_TIME_STAMP.test(seg)) return true;
    if (seg.length < 12) continue;
    // A hex id (letters a-f and at least four digits).
    if (/^[0-9a-f]+$/.test(seg) && /[a-f]/.test(seg) && /(?:[0-9][^0-9]*){4}/.test(seg)) return true;
    let switches = 0;
    for (let i = 1; i < seg.length; i++) if (/[0-9]/.test(seg[i]) !== /[0-9]/.test(seg[i - 1])) switches++;
    if (switches >= 5) return true;
  }
  return false;
}

function emailVerdict(n: string): 'valid' | 'invalid' | 'unknown' {
  const at = n.lastIndexOf('@');
  if (at <= 0) return 'invalid';
  const local = n.slice(0, at);
  const domain = n.slice(at + 1);
  if (local.length > 64 || domain.length > 253) return 'invalid';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'invalid';
  if (machineLocalPart(local)) return 'invalid';
  const labels = domain.split('.');
  if (labels.length < 2) return 'invalid';
  if (DENSITY_LABEL.test(labels[0])) return 'invalid';
  const tld = labels[labels.length - 1];
  if (!/^[a-z]{2,24}$/.test(tld)) return 'invalid';
  // Two-letter TLDs are country codes; anything else of that length is not delegated.
  if (tld.length === 2) return isCountryCode(tld.toUpperCase()) || EXTRA_CC_TLDS.has(tld) ? 'valid' : 'invalid';
  if (FILE_EXTENSIONS.has(tld)) return 'invalid';
  if (PRIVATE_TLDS.has(tld)) return 'unknown';
  return 'valid';
}

export default defineDetector({
  id: 'email',
  name: 'Email address',
  category: 'contact',
  sensitivity: 'confidential',
  description: 'Email addresses with a real top-level domain; image names, package specs and host-only targets excluded.',
  patterns: [
    {
      name: 'email',
      regex:
        "\\b[A-Za-z0-9_][A-Za-z0-9._%+'\\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}\\b",
      // Every match has a local-part character, '@' and a domain character in a row; the 63-character
      // counter stays out of the Set.
      prefilter: "[A-Za-z0-9_.%+'\\-]@[A-Za-z0-9]",
      score: 0.55,
    },
    {
      // Written against harvesting bots, in forums, tickets and CVs: `jane[dot]doe[at]example[dot]org`,
      // `bob (at) example (dot) com`. The bracketed `at` is the anchor (a bare ` at ` is an English word), and
      // the domain must end in a common or a country-code TLD: `array[at] index.length` is code.
      name: 'obfuscated',
      regex:
        '\\b[A-Za-z0-9_][A-Za-z0-9._%+\\-]{0,63}(?:[ \\t]?[\\[({](?:dot|DOT)[\\])}][ \\t]?[A-Za-z0-9_%+\\-]{1,63}){0,3}[ \\t]?[\\[({](?:at|AT|@)[\\])}][ \\t]?[A-Za-z0-9\\-]{1,63}(?:(?:[ \\t]?[\\[({](?:dot|DOT|\\.)[\\])}][ \\t]?|\\.)[A-Za-z0-9\\-]{1,63}){0,3}(?:[ \\t]?[\\[({](?:dot|DOT|\\.)[\\])}][ \\t]?|\\.)(?i:com|org|net|edu|gov|info|biz|io|co|me|app|dev|ai|name|[a-z]{2})\\b',
      prefilter: '[\\[({](?:at|AT|@)[\\])}]',
      score: 0.45,
    },
  ],
  context: {
    words: ['email', 'e-mail', 'mail', 'mailto', 'contact', 'reply-to', '邮箱', '电子邮件', '电邮', '邮件', '联系方式', '邮箱地址'],
  },
  columnHints: ['email', 'e mail', 'email address', 'mail', 'mail address', 'contact email', 'user email', '邮箱', '电子邮件', '电子邮箱', '邮箱地址', '邮件地址'],
  columnHintExcludes: ['email verified', 'email status', 'email opt in', 'email count'],
  // The obfuscated form is checked, fingerprinted and counted as the address it spells.
  normalize: (raw: string) =>
    raw
      .trim()
      .toLowerCase()
      .replace(/[ \t]?[[({](?:at|@)[\])}][ \t]?/g, '@')
      .replace(/[ \t]?[[({](?:dot|\.)[\])}][ \t]?/g, '.'),
  validate: emailVerdict,
  // SSH remotes of code hosts: service accounts, not people.
  deny: ['git@github.com', 'git@gitlab.com', 'git@bitbucket.org'],
  mask: maskEmail,
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-b', 'pipl:art4'],
  examples: {
    match: [
      { text: 'Email: 13812345678@163.com (手机号邮箱)', value: '13812345678@163.com', note: 'a digits-only local part that is no date-time stamp' },
      'alice.smith@example.com',
      'j_o-hn+newsletter@mail.example.co.uk',
      'x@example.org',
      { text: 'Contact our DPO at dpo@example.de for any request.', value: 'dpo@example.de' },
      { text: "Reply to o'brien.k@example.ie before Monday.", value: "o'brien.k@example.ie" },
      { text: '请发送简历至邮箱：zhang.san@example.cn，谢谢。', value: 'zhang.san@example.cn' },
      { text: 'From: "Bob" <bob_1984@example.net>', value: 'bob_1984@example.net' },
      { text: 'internal: ops@mailhost.corp', value: 'ops@mailhost.corp', note: 'private TLD, still an address' },
      { text: 'Write to chloe_rivera2019@example.org or jsmith42@example.co.uk.', value: 'chloe_rivera2019@example.org', note: 'digits in a name are not a token' },
      { text: 'Contact: jane[dot]doe[at]example[dot]org', value: 'jane[dot]doe[at]example[dot]org', note: 'obfuscated against bots' },
      { text: 'mail me: bob (at) example (dot) com', value: 'bob (at) example (dot) com' },
    ],
    noMatch: [
      { text: 'logo@2x.png', note: 'retina image asset' },
      { text: 'icon@3x.webp', note: 'retina image asset' },
      { text: 'user@localhost', note: 'no top-level domain' },
      { text: 'npm install lodash@4.17.21', note: 'package version' },
      { text: 'pnpm add @types/node@20.1.0', note: 'scoped package version' },
      { text: 'styles@media.css', note: 'file extension, not a TLD' },
      { text: 'john..doe@example.com', note: 'double dot in local part' },
      { text: 'user@example.c', note: 'one-letter TLD' },
      { text: 'git clone git@github.com:example/repo.git; git@gitlab.com; git@bitbucket.org', note: 'SSH remotes' },
      // Found by the evaluation corpus (bench/eval).
      { text: 'ssh://git@git.example.com:2222/ops/api.git', note: 'SSH remote on a self-hosted server' },
      { text: 'Message-ID: <B3CC4D54143D6F7B.151463@mail.example.com>', note: 'generated message id (hex)' },
      { text: 'In-Reply-To: <CA+oL9TWkUMZEH1DGU57r8q@mail.gmail.com>', note: 'generated message id (mixed token)' },
      { text: 'In-Reply-To: <20250303164107.77A1C2@mail.harwoodlogistics.co.uk>', note: 'generated message id (a date-time stamp and a queue id)' },
      { text: 'Meet me [at] the station (at) noon.', note: 'a bracketed at with no domain after it' },
      { text: 'array[at] index.length', note: 'code, no top-level domain' },
    ],
  },
});
