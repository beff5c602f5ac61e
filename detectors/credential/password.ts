import { defineDetector } from '../../src/types.js';

/**
 * Passwords written next to their key: `password=…`, `"password": "…"`, `DB_PASSWORD=…`, `--password …`,
 * `-storepass …`, `密码：…`, `口令: …`. The value (capture group) is the finding and is masked whole.
 *
 * validate() drops what is not a password: placeholders and template references (`${VAR}`, `{{ var }}`,
 * `<password>`, `%s`, `:param`), masked values (`****`, `[REDACTED]`), code (`self.password`,
 * `os.getenv(…)`), type names (`string`), words that follow "Password:" in UI text, and Chinese prose.
 * A value mixing character classes (letters and digits or symbols) is 'valid'; a single plain word is
 * 'unknown' and then needs the key itself to be a whole context word (`password: dragonfly`), so
 * `Password: Enter …` style prose stays quiet. `changeme`-style defaults are real passwords and are kept.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Key names (en, de, nl, es). pass/pwd only whole, after a separator (db_pass, x-pwd) or as the capitalised last
// word of a camelCase key (smtpPass, bindPwd: YAML and JSON configs), so "bypass" and "compass" stay out.
const KEY =
  '(?:[a-z0-9_.\\-]{0,30}(?:password|passwd|passphrase|passcode|passwort|kennwort|wachtwoord|contraseña|contrasena)|(?:[a-z0-9]{1,20}[_.\\-])?(?:pass|pwd)|(?-i:[a-z][a-zA-Z0-9]{0,19}(?:Pass|Pwd)))';
const ASSIGN = '[ \\t]{0,3}(?:=>|:=|[:=])[ \\t]{0,3}';
// Unquoted value: stops at white space, quotes and list separators; does not end on sentence punctuation.
const BARE_VALUE = "([^ \\t\"'`\\r\\n,;&]{0,127}[^ \\t\"'`\\r\\n,;&.)!?>\\]}])";

// A password told in a sentence (`my password is …`, `密码是…`): printable ASCII holding a digit or a symbol, so
// `the password is stored`, `密码是否正确` or `password is case-sensitive` stay quiet; never ending on sentence
// punctuation, and without `:` (`密码为：…` is the labelled form above).
const SPOKEN_CHAR = '[!#$%()*+\\-./0-9<=>?@A-Z\\[\\]^_a-z{|}~]';
const SPOKEN_LAST = '[#$%(*+\\-/0-9<=@A-Z\\[^_a-z{|~]';
const SPOKEN_VALUE = `((?:${SPOKEN_CHAR}{0,64}[0-9!@#$%^*_+=~])(?:${SPOKEN_CHAR}{0,63}${SPOKEN_LAST})?)`;
// The same after a username in a login pair, where `&` is a character of the password (no query string there).
const PAIR_CHAR = '[!#$%&()*+\\-./0-9<=>?@A-Z\\[\\]^_a-z{|}~]';
const PAIR_VALUE = `((?:${PAIR_CHAR}{0,64}[0-9!@#$%^&*_+=~])(?:${PAIR_CHAR}{0,63}${SPOKEN_LAST})?)`;

// A password quoted after the word, with no `=` or `:` (`password "Password123!"`, `passcode 'x7#Kq2'`): printable
// ASCII holding a digit or a symbol between the quotes, so `your password "twice"` stays quiet.
const QUOTED_CHAR = '[!#$%&()*+\\-./0-9:;<=>?@A-Z\\[\\]^_a-z{|}~]';
const QUOTED_VALUE = `(${QUOTED_CHAR}{0,63}[0-9!@#$%^&*_+=~]${QUOTED_CHAR}{0,63})`;

const WORDS_NOT_PASSWORDS = new Set([
  // empty / null-ish and type names
  'null', 'nil', 'none', 'undefined', 'true', 'false', 'empty', 'blank', 'string', 'str', 'text', 'value',
  'varchar', 'bytes', 'secretstr', 'optional', 'required', 'number', 'integer', 'object', 'default',
  // masked or removed
  'hidden', 'redacted', 'removed', 'masked', 'filtered', 'omitted', 'sensitive', 'secret', 'protected',
  'encrypted', 'hashed', 'unset', 'notset', 'not_set', 'n/a', 'tbd', 'todo', 'fixme',
  // documentation placeholders
  'example', 'sample', 'placeholder', 'your_password', 'yourpassword', 'your-password', 'your_pass',
  'mypassword', 'my_password', 'xxxxxx', 'password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret_key',
  // words that follow "Password:" in UI text, logs and docs
  'enter', 'click', 'reset', 'forgot', 'change', 'changed', 'update', 'updated', 'incorrect', 'invalid',
  'wrong', 'expired', 'same', 'see', 'below', 'above', 'here', 'provided', 'must', 'should', 'please',
  'minimum', 'length', 'strength', 'weak', 'strong', 'match', 'mismatch', 'missing', 'set', 'new', 'old',
  'current', 'confirm', 'your', 'the', 'use', 'type', 'is', 'was', 'not', 'has', 'will', 'ok', 'failed',
  'success', 'successful', 'accepted', 'rejected', 'yes', 'no', 'on', 'off', 'enabled', 'disabled',
]);

// Start-anchored where the closing bracket may fall outside the captured value (it cannot end on one).
const PLACEHOLDER_SHAPES: RegExp[] = [
  /^</, // <password>
  /^\[/, // [REDACTED], [FILTERED]
  /^\(\s*[a-z ]+\s*\)?$/i, // (hidden)
  /^\{/, // {{ var }}, {% … %}, {0}, {password}
  /^\$\{/, // ${VAR}
  /^\$\(/, // $(cmd)
  /^#\{/, // #{ruby}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\$[0-9]+$/, // $1 (SQL)
  /^%\(?[A-Za-z_]*\)?[sd]$/, // %s, %(pw)s
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /^[:@?][A-Za-z_0-9]*$/, // :password, @pw, ?
  /^(?:env|process\.env|os\.environ|getenv|secrets?)\b/i, // ENV[…], process.env.X, secrets.X
  /^[A-Za-z_][A-Za-z0-9_.]*\(/, // a call: get_password(), os.getenv(
  /^[a-z_]*(?:pass(?:word|wd|phrase)?|pwd|secret)[a-z_]*$/i, // new_password, userPassword, DB_PASS
  /^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)/, // a path: PWD=/home/app is the shell's working directory
  /^[a-z][a-z0-9+.-]*:\/\//i, // a URL: reset_password=https://…
  /^\*+[^*]{0,4}$/, // ****, ****1234
  /^[*•●·xX#._-]+$/, // ••••, xxx-xxx
];

function classes(v: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
}

const DOTTED_NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*\.)+[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A code reference (`self.password`, `config.db.pwd`) rather than a value: dotted identifiers. A segment of 16 or
 * more characters in which letters and digits keep alternating is a random token instead, as in an API key used as
 * the SMTP password (SendGrid's `SG.<id>.<secret>`); identifiers hold a digit or two (`config.awsSecretKey2024`).
 */
function codeReference(v: string): boolean {
  return DOTTED_NAME.test(v) && !v.split('.').some((seg) => seg.length >= 16 && (seg.match(/[0-9][A-Za-z]|[A-Za-z][0-9]/g)?.length ?? 0) >= 4);
}

export default defineDetector({
  id: 'credential.password',
  name: 'Password in configuration, logs or text',
  category: 'credential',
  sensitivity: 'restricted',
  description: 'A password assigned to a password key (config, env, JSON, CLI flags, 密码/口令), placeholders excluded.',
  patterns: [
    { name: 'assignment', regex: `(?i)\\b${KEY}${ASSIGN}${BARE_VALUE}`, score: 0.35, group: 1 },
    {
      name: 'quoted',
      regex: `(?i)\\b${KEY}["'\`]?${ASSIGN}["'\`]([^"'\`\\r\\n]{1,128})["'\`]`,
      score: 0.35,
      group: 1,
    },
    {
      // --password value, --db-password=value, -storepass value (keytool), -keypass value
      name: 'cli-flag',
      regex: `(?i)(?:^|[ \\t])(?:--(?:[a-z0-9]{1,20}-)?(?:password|passwd|pass)|-(?:store|key|src|dest)(?:store)?pass)(?:=|[ \\t]{1,3})["']?([^ \\t"'\\r\\n]{1,128})`,
      score: 0.35,
      group: 1,
    },
    {
      name: 'zh',
      regex: "(?:密码|口令)(?:为|是)?[ \\t]{0,3}[:：=][ \\t]{0,3}([^ \\t\"'`\\r\\n,;&，。；、）)]{0,127}[^ \\t\"'`\\r\\n,;&，。；、）).!?！？])",
      score: 0.35,
      group: 1,
    },
    // What it opens may come between (`my password for the portal is …`, `the passcode to the Wi-Fi was …`).
    { name: 'spoken', regex: `(?i)\\b(?:password|passcode|pin code|passwort)(?:[ \\t]{1,3}(?:for|to|on|of)[ \\t]{1,3}(?:the[ \\t]{1,3}|my[ \\t]{1,3}|our[ \\t]{1,3}|your[ \\t]{1,3}|this[ \\t]{1,3})?[A-Za-z0-9][A-Za-z0-9.'\\-]{0,29}(?:[ \\t]{1,3}[A-Za-z0-9][A-Za-z0-9.'\\-]{0,29})?)?[ \\t]{1,3}(?:is|was|will be|is now|is still|is set to|has been changed to|changed to)[ \\t]{1,3}:?[ \\t]{0,2}${SPOKEN_VALUE}`, score: 0.35, group: 1 },
    // A login told as a pair (`with username jsmith and password Tr0ub4dor&3`, `user admin, pwd Adm1n!`): the
    // username before says the word after `password` is its value.
    {
      name: 'login-pair',
      regex: `(?i)\\b(?:username|user[ \\t]?name|user|login|account)[ \\t]{0,2}:?[ \\t]{1,3}[^ \\t\\r\\n,;]{1,64}[ \\t]{0,2}(?:,|/|and|&)[ \\t]{0,3}(?:the[ \\t]+|my[ \\t]+)?(?:password|passwd|pwd|pass|passcode)[ \\t]{1,3}${PAIR_VALUE}`,
      score: 0.35,
      group: 1,
    },
    { name: 'quoted-after-word', regex: `(?i)\\b(?:password|passwd|passcode|pwd)[ \\t]{1,3}(?:(?:is|was|of)[ \\t]{1,3})?["“'‘]${QUOTED_VALUE}["”'’]`, score: 0.35, group: 1 },
    { name: 'zh-spoken', regex: `(?:密码|口令)(?:是|为|改成了?|改为|设为|设置为)[ \\t]{0,3}${SPOKEN_VALUE}`, score: 0.35, group: 1 },
  ],
  context: {
    words: [
      'password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode', 'credentials', 'login',
      'passwort', 'kennwort', 'mot de passe', 'contraseña', 'wachtwoord', '密码', '口令', '登录密码', '비밀번호', 'パスワード',
    ],
  },
  columnHints: [
    'password', 'passwd', 'pwd', 'pass', 'passphrase', 'user password', 'db password', 'login password',
    'password hash', 'hashed password', '密码', '口令', '登录密码', '用户密码',
  ],
  columnHintExcludes: [
    'password changed at', 'password updated at', 'password expires at', 'password expiry', 'password reset at',
    'password last changed', 'password policy', 'password length', 'password strength', 'password age',
    'pwd changed at', 'pass rate', 'pass count', 'passed', '密码修改时间', '密码过期时间',
  ],
  // Passwords are case-sensitive: trim only.
  normalize: (raw: string) => raw.trim(),
  validate(v: string) {
    const n = Array.from(v).length;
    if (n < 4 || n > 128) return 'invalid';
    // A Chinese sentence after 密码： is an instruction ("请联系管理员"), not a password.
    if (/[\u3400-\u9fff\uf900-\ufaff]/u.test(v)) return 'invalid';
    if (/^(.)\1*$/u.test(v)) return 'invalid';
    if (WORDS_NOT_PASSWORDS.has(v.toLowerCase())) return 'invalid';
    if (PLACEHOLDER_SHAPES.some((re) => re.test(v)) || codeReference(v)) return 'invalid';
    return classes(v) >= 2 ? 'valid' : 'unknown';
  },
  mask: () => '********',
  legal: ['gdpr:art32', 'gdpr:art5-1-f', 'ccpa:1798.140-ae-1-b', 'ccpa:1798.81.5-d-1-b', 'ccpa:1798.150', 'pipl:art51'],
  examples: {
    match: [
      { text: 'password=S3cure!Pass_2024', value: 'S3cure!Pass_2024' },
      { text: 'Login with username jsmith and password Tr0ub4dor&3 on the portal.', value: 'Tr0ub4dor&3', note: 'a login told as a pair' },
      { text: 'DB_PASSWORD=hunter2-Prod9', value: 'hunter2-Prod9' },
      { text: '    smtpPass: SG.mN3bV6cX9zL2kJ5h.Qw8Er4Ty7Ui0Op3As6Df9Gh2', value: 'SG.mN3bV6cX9zL2kJ5h.Qw8Er4Ty7Ui0Op3As6Df9Gh2', note: 'a camelCase key in a YAML config' },
      { text: '{"ldapBindPwd": "L3dap-Bind-2025!"}', value: 'L3dap-Bind-2025!', note: 'a camelCase key in JSON' },
      {
        text: '{"username": "test.user", "password": "correct horse battery staple"}',
        value: 'correct horse battery staple',
      },
      { text: '  password: Zx9!kq2LmP', value: 'Zx9!kq2LmP' },
      { text: "spring.datasource.password = 'Wint3r#2024'", value: 'Wint3r#2024' },
      { text: "$config = ['db_pass' => 'p@ssW0rd!'];", value: 'p@ssW0rd!' },
      { text: 'mysql -u app --password=Qw3rty9z -h db.internal', value: 'Qw3rty9z' },
      { text: 'keytool -list -keystore app.jks -storepass s3cr3tSt0re', value: 's3cr3tSt0re' },
      { text: 'pwd: dragonfly', value: 'dragonfly', note: 'plain word, key is a context word' },
      { text: '数据库密码：Abc@123456，请妥善保管。', value: 'Abc@123456' },
      { text: '您的初始密码为：Kx82mQp1', value: 'Kx82mQp1' },
      { text: '口令: xK7#pQ2m', value: 'xK7#pQ2m' },
      { text: 'Hi Tom, my password is Xk9#mq2L, please log in for me.', value: 'Xk9#mq2L' },
      { text: 'The wifi password is hunter2.', value: 'hunter2' },
      { text: 'my password for the portal is Sunflower!2024 if you need to log in', value: 'Sunflower!2024', note: 'what the password opens between' },
      { text: "The passcode to the Wi-Fi was Gx7-21kp.", value: 'Gx7-21kp' },
      { text: 'Test accounts: test.user+qa1@example.com, password "Password123!" (staging only).', value: 'Password123!', note: 'quoted after the word' },
      { text: "log in as admin with password 'S3cure#Pass'", value: 'S3cure#Pass' },
      { text: '我的密码是Xk9mq2L，别告诉别人。', value: 'Xk9mq2L' },
      { text: '登录密码改为 Abc123456 了', value: 'Abc123456' },
    ],
    noMatch: [
      { text: 'firewall.bypass: Allow-All-2024', note: 'bypass is no password key' },
      { text: 'compass=N45-E12', note: 'compass is no password key' },
      { text: 'SMTPPASSIVE=yes-2', note: 'no camelCase word boundary' },
      { text: 'Each user and password reset request is logged.', note: 'no value after password' },
      { text: 'Log in with your username and password twice a day.', note: 'a word, no digit or symbol' },
      'password=${DB_PASSWORD}',
      'password: "{{ vault_db_password }}"',
      'password: ********',
      '"password": "<password>"',
      { text: 'password = os.getenv("DB_PASSWORD")', note: 'code reading the password from the environment' },
      { text: 'user.password = self.password', note: 'code' },
      { text: 'password: config.awsSecretKey2024', note: 'code: an identifier with a digit run is no random token' },
      { text: 'password: string;', note: 'TypeScript type' },
      { text: 'Password: Enter your password below', note: 'UI text' },
      { text: 'password=[REDACTED]' },
      { text: 'password: null' },
      { text: 'pass=abc', note: 'too short' },
      { text: '密码：请联系管理员获取', note: 'instruction, not a password' },
      { text: 'bypass=Qw3rty!9z', note: 'not a password key' },
      { text: 'password_changed_at=2024-01-01T10:00:00Z', note: 'a timestamp about the password' },
      { text: 'SELECT * FROM users WHERE password = :password', note: 'bind parameter' },
      { text: 'mysql --password PASSWORD', note: 'usage text' },
      { text: 'Your password is case-sensitive and must be changed.', note: 'prose: no digit or symbol in the word' },
      { text: 'The password is stored as a bcrypt hash.', note: 'prose' },
      { text: '请确认密码是否正确', note: 'a question about the password' },
      { text: '密码是6位数字', note: 'a rule about the password' },
      { text: 'Password is 8+ characters', note: 'a length rule' },
      { text: 'The password for the admin account is stored in the vault.', note: 'what it opens between, then prose' },
      { text: 'The password for version 2.1 is rotated daily.', note: 'a version between, then prose' },
      { text: 'Enter your password "twice" to confirm.', note: 'a quoted word without digit or symbol' },
      { text: 'Click "Reset password" "Continue" and wait.', note: 'UI labels in quotes' },
    ],
  },
});
