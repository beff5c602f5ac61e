import { describe, expect, it } from 'vitest';
import { displayTarget, isDatabaseTarget, parseTarget, safeMessage } from '../../src/db/target.js';

describe('database targets', () => {
  it('recognises server URLs and sqlite: paths, not files', () => {
    for (const t of ['postgres://u@h/db', 'postgresql://h/db', 'mysql://root@127.0.0.1:3306/x', 'mariadb://h/x', 'sqlite:data/app.db', 'SQLITE:/tmp/a.db']) expect(isDatabaseTarget(t)).toBe(true);
    for (const t of ['fixtures/files', 'postgres.sql', 'http://example.com', 'sqlite.db']) expect(isDatabaseTarget(t)).toBe(false);
  });

  it('keeps the password out of the display form, and takes it from the URL first', () => {
    const t = parseTarget('postgres://app:s3cr%40t@db.internal:5432/app?sslmode=require', { env: { PGPASSWORD: 'other' } });
    expect(t.dialect).toBe('postgres');
    expect(t.password).toBe('s3cr@t');
    expect(t.display).toBe('postgres://app@db.internal:5432/app');
    expect(t.url).toContain('sslmode=require');
    expect(displayTarget('postgres://app:s3cr%40t@db.internal:5432/app')).not.toContain('s3cr');
  });

  it('takes the password from the variable the config names, then PGPASSWORD / MYSQL_PWD', () => {
    expect(parseTarget('postgres://app@h/db', { env: { DB_PW: 'a', PGPASSWORD: 'b' }, passwordEnv: 'DB_PW' }).password).toBe('a');
    expect(parseTarget('postgres://app@h/db', { env: { PGPASSWORD: 'b' } }).password).toBe('b');
    expect(parseTarget('mariadb://root@h/db', { env: { MYSQL_PWD: 'm', PGPASSWORD: 'b' } })).toMatchObject({ dialect: 'mysql', password: 'm' });
    expect(parseTarget('mysql://root@h/db', { env: {} }).password).toBe('');
  });

  it('parses sqlite: paths', () => {
    expect(parseTarget('sqlite:fixtures/db/app.sqlite')).toMatchObject({ dialect: 'sqlite', url: 'fixtures/db/app.sqlite', display: 'sqlite:fixtures/db/app.sqlite' });
    expect(parseTarget('sqlite:///tmp/x.db').url).toBe('/tmp/x.db');
    expect(() => parseTarget('sqlite:')).toThrow(/file path/);
  });

  it('scrubs the password, raw and URL-encoded, from driver messages', () => {
    const t = parseTarget('postgres://app:p%2Fw%40rd@h/db');
    expect(safeMessage('auth failed for p/w@rd and p%2Fw%40rd at postgres://app:p%2Fw%40rd@h/db', t)).not.toMatch(/p\/w@rd|p%2Fw%40rd/);
  });
});
