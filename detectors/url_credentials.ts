import { defineDetector } from '../src/types.js';

/**
 * Credentials embedded in a URL: `scheme://user:password@host[:port]` (database DSNs, broker URLs, HTTP basic
 * auth). The value is the scheme plus the whole authority; path and query are left out so the finding and its
 * fingerprint stay the same when the same credential is used against another database.
 *
 * Placeholders that documentation and templates put in the password position (`password`, `${DB_PASS}`,
 * `<password>`, `****`, `{{ pass }}`, `%(password)s`, `$PASSWORD`) are not credentials and are refused.
 * The mask hides the password entirely (no length), keeping scheme, user and host for triage.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// scheme :// user (may be empty: redis://:pass@) : password @ host [:port]. The password may hold a `#`: a URL
// would have it percent-encoded, but configs and logs carry DSNs as people typed them (`app:Xk9#pQ2!@db:5432`),
// and a fragment never comes before an `@` and a host. Bounded so that a match stays
// within the engine's 256-byte block overlap; a longer password (a token) is then simply not matched.
const URL_CREDENTIALS =
  '\\b[A-Za-z][A-Za-z0-9+.\\-]{1,20}://[^ \\t\\r\\n:/?#@"\'<>`]{0,48}:[^ \\t\\r\\n/?@"\'<>`]{1,100}@' +
  '(?:\\[[0-9A-Fa-f:.]{2,45}\\]|[A-Za-z0-9](?:[A-Za-z0-9._\\-]{0,58}[A-Za-z0-9])?)(?::[0-9]{1,5})?';

const PLACEHOLDER_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'pw', 'secret', 'changeme', 'change_me', 'changeit', 'yourpassword',
  'your_password', 'your-password', 'mypassword', 'my_password', 'db_password', 'dbpassword', 'example', 'redacted',
  'hidden', 'masked', 'placeholder', 'xxx', 'xxxx', 'xxxxx', 'xxxxxx', 'xxxxxxxx', 'none', 'null', 'token',
  'api_key', 'apikey', 'pass123', 'userpass', 'mysecretpassword',
]);

/** The password part of a matched credential URL, or null when the shape is wrong. */
function parse(raw: string): { prefix: string; user: string; password: string; host: string } | null {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^:@]*):([^@]*)@(.+)$/.exec(raw);
  if (!m) return null;
  return { prefix: m[1], user: m[2], password: m[3], host: m[4] };
}

function isPlaceholder(password: string): boolean {
  const p = password.toLowerCase();
  if (PLACEHOLDER_WORDS.has(p)) return true;
  // Template and environment references: ${X}, $X, {{ x }}, %(x)s, %s, <x>, [x], {x}, :x (SQLAlchemy docs).
  if (/^\$\{[^}]*\}?$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{\{.*\}\}$|^\{[^}]*\}$|^%\(.*\)s$|^%s$|^\[.*\]$/.test(password)) return true;
  if (/^%7B%7B|^%24%7B|^%3C/i.test(password)) return true;
  // Masked or filler: ****, ..., xxxxxx, ******** — one repeated symbol.
  if (/^([*x.#_\-•])\1*$/i.test(password)) return true;
  return false;
}

export default defineDetector({
  id: 'url_credentials',
  name: 'Credentials in a URL',
  category: 'credential',
  sensitivity: 'restricted',
  description: 'User name and password embedded in a URL or DSN (postgres://, mysql://, redis://, amqp://, https://…).',
  patterns: [{ name: 'userinfo', regex: URL_CREDENTIALS, score: 0.6 }],
  context: {
    words: [
      'dsn', 'database_url', 'connection string', 'connection', 'url', 'uri', 'password', 'credentials', 'conn',
      '连接串', '连接字符串', '数据库', '密码', '凭据',
    ],
  },
  columnHints: ['dsn', 'database url', 'connection string', 'conn str', 'jdbc url', 'broker url', 'redis url', '连接串', '连接字符串', '数据库连接'],
  normalize: (raw: string) => raw.trim(),
  validate(n: string) {
    const p = parse(n);
    if (!p) return 'invalid';
    if (p.password === '' || isPlaceholder(p.password)) return 'invalid';
    return 'valid';
  },
  mask(raw: string) {
    const p = parse(raw);
    if (!p) return '*'.repeat(12);
    return `${p.prefix}${p.user}:****@${p.host}`;
  },
  legal: ['gdpr:art4-1', 'gdpr:art32', 'ccpa:1798.140-ae-1-b', 'ccpa:1798.81.5-d-1-b', 'ccpa:1798.150', 'pipl:art51'],
  examples: {
    match: [
      'postgres://app_user:S3cr3t-Pa55@db.example.com:5432',
      'mysql://root:hunter2@127.0.0.1:3306',
      'redis://:n0tReal-xyz@cache.example.internal:6379',
      { text: 'DATABASE_URL=postgresql://billing:Tr0ub4dor3@pg.example.com:5432/billing?sslmode=require', value: 'postgresql://billing:Tr0ub4dor3@pg.example.com:5432' },
      { text: 'The broker is amqp://guest:Gu3st-2024@mq.example.org/vhost in staging.', value: 'amqp://guest:Gu3st-2024@mq.example.org' },
      { text: 'curl https://deploy:gh-7f3a9c1e@ci.example.com/api', value: 'https://deploy:gh-7f3a9c1e@ci.example.com' },
      { text: '数据库连接串：mongodb://admin:Zx9%40kLm2@[2001:db8::10]:27017', value: 'mongodb://admin:Zx9%40kLm2@[2001:db8::10]:27017' },
      { text: 'DEBUG [db] connecting postgres://app_user:Xk9#pQ2!vLm8@db-prod-01.internal:5432/customers', value: 'postgres://app_user:Xk9#pQ2!vLm8@db-prod-01.internal:5432', note: 'a # typed into the password, as configs and logs carry it' },
    ],
    noMatch: [
      { text: 'postgres://user:password@localhost:5432/db', note: 'documentation placeholder' },
      { text: 'mysql://app:${DB_PASSWORD}@db:3306/app', note: 'environment reference' },
      { text: 'postgresql://admin:<password>@db.example.com/app', note: 'template placeholder' },
      { text: 'redis://default:****@cache.example.com:6379', note: 'already masked' },
      { text: 'amqp://guest:{{ rabbit_pass }}@mq/vhost', note: 'Jinja template' },
      { text: 'https://example.com/login?next=/home', note: 'no credentials' },
      { text: 'https://user@example.com/path', note: 'user name only, no password' },
      { text: 'See https://docs.example.com:443/#install and mail ops@example.org', note: 'a fragment after a port and a path is no password' },
      { text: 'redis://cache:6379#primary', note: 'a fragment, no @ host after it' },
      { text: 'sqlalchemy: postgresql+psycopg2://scott:%(password)s@localhost/test', note: 'Python format placeholder' },
    ],
  },
});
