import { describe, expect, it } from 'vitest';
import { mysqlOptions, scrubMessage } from '../../src/db/mysql/driver.js';
import { mysqlValueClass } from '../../src/db/mysql/value-class.js';
import { parseTarget } from '../../src/db/target.js';

/** Connection options from a target URL, without a server: password source, TLS pass-through, schemes. */

const OPTS = { statementTimeoutMs: 1000, lockTimeoutMs: 1000, connectTimeoutMs: 2500 };

describe('mysqlOptions', () => {
  it('takes host, port, user and database from the URL and the password from the target', () => {
    const o = mysqlOptions(parseTarget('mysql://app:s%40cret@db.internal:3307/shop', { env: {} }), OPTS);
    expect(o).toMatchObject({ host: 'db.internal', port: 3307, user: 'app', password: 's@cret', database: 'shop', connectTimeout: 2500, dateStrings: true, multipleStatements: false });
  });

  it('uses MYSQL_PWD when the URL has no password, and no database when the URL names none', () => {
    const o = mysqlOptions(parseTarget('mariadb://app@127.0.0.1/', { env: { MYSQL_PWD: 'from-env' } }), OPTS);
    expect(o).toMatchObject({ host: '127.0.0.1', port: 3306, user: 'app', password: 'from-env', database: undefined });
  });

  it('passes TLS options through: mysql2 JSON (?ssl=…) and the client ssl-mode spelling', () => {
    const json = mysqlOptions(parseTarget('mysql://u@h/db?ssl={"rejectUnauthorized":true,"minVersion":"TLSv1.2"}', { env: {} }), OPTS);
    expect(json.ssl).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2' });
    expect(mysqlOptions(parseTarget('mysql://u@h/db?ssl-mode=REQUIRED', { env: {} }), OPTS).ssl).toEqual({ rejectUnauthorized: false });
    expect(mysqlOptions(parseTarget('mysql://u@h/db?sslmode=VERIFY_IDENTITY', { env: {} }), OPTS).ssl).toEqual({ rejectUnauthorized: true });
  });

  it('a password in a query parameter does not override the target password', () => {
    const o = mysqlOptions(parseTarget('mysql://u:right@h/db?password=wrong', { env: {} }), OPTS);
    expect(o.password).toBe('right');
  });
});

describe('scrubMessage', () => {
  it('removes the password, raw and URL-encoded, and URL credentials', () => {
    expect(scrubMessage("connect mysql://u:p%40ss@h failed for p@ss and 'p%40ss'", 'p@ss')).toBe("connect mysql://u@h failed for *** and '***'");
  });
});

describe('mysqlValueClass', () => {
  it.each([
    ['tinyint', 'tinyint(1)', false, 'boolean'],
    ['tinyint', 'tinyint(4)', false, 'number'],
    ['bit', 'bit(1)', false, 'boolean'],
    ['bit', 'bit(8)', false, 'binary'],
    ['longtext', 'longtext', true, 'json'],
    ['json', 'json', false, 'json'],
    ['varchar', 'varchar(64)', false, 'text'],
    ['inet4', 'inet4', false, 'text'],
    ['set', "set('a','b')", false, 'enum'],
    ['timestamp', 'timestamp(6)', false, 'timestamp'],
    ['date', 'date', false, 'date'],
    ['varbinary', 'varbinary(16)', false, 'binary'],
    ['uuid', 'uuid', false, 'uuid'],
    ['time', 'time', false, 'other'],
  ])('%s %s → %s', (dataType, columnType, isJson, want) => {
    expect(mysqlValueClass(dataType, columnType, isJson)).toBe(want);
  });
});
