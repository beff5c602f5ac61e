import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../src/engine/registry.js';
import { explicitKey } from '../../src/engine/fingerprint.js';
import { AnnotationIndex, annotationProblems, knownKinds, parseAnnotation } from '../../src/migrations/annotations.js';
import { judgeColumns } from '../../src/migrations/judge.js';
import type { DdlEvent } from '../../src/migrations/model.js';
import { parseMysqlMigration } from '../../src/migrations/mysql.js';
import { splitMysqlStatements } from '../../src/migrations/mysql-split.js';
import { parsePostgresMigration } from '../../src/migrations/postgres.js';
import { replay } from '../../src/migrations/replay.js';
import { classifyDeclaredColumn, typeClass } from '../../src/classify/schema-column.js';

const where = (e: DdlEvent) => `${e.at.line}:${e.at.column}`;

describe('PostgreSQL migrations (libpg-query)', () => {
  it('reads CREATE TABLE, ADD / ALTER TYPE / RENAME / DROP COLUMN, COMMENT ON COLUMN with exact lines', async () => {
    const sql = [
      '-- 用户表：身份信息', //                                 1 (multi-byte before the first statement)
      'CREATE TABLE app.users (', //                               2
      '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', // 3
      '  id_card_no varchar(18) NOT NULL,', //                     4
      '  "手机号" varchar(20),', //                                5
      '  nickname text', //                                        6
      ');', //                                                     7
      "COMMENT ON COLUMN app.users.id_card_no IS 'pii: cn.resident_id; purpose: kyc; retention: 5y';", // 8
      'ALTER TABLE app.users ADD COLUMN email text, ALTER COLUMN nickname TYPE varchar(40), DROP COLUMN "手机号";', // 9
      'ALTER TABLE app.users RENAME COLUMN nickname TO "Nick";', // 10
      "DO $$ BEGIN RAISE NOTICE '配置'; END $$;", //              11
    ].join('\n');
    const m = await parsePostgresMigration(sql, 'db/001.sql');
    expect(m.error).toBeUndefined();
    const create = m.events[0];
    expect(create.kind).toBe('create-table');
    if (create.kind !== 'create-table') return;
    expect(create.columns.map((c) => [c.column, c.type, `${c.at.line}:${c.at.column}`, c.at.endColumn])).toEqual([
      ['id', 'bigint', '3:3', 5],
      ['id_card_no', 'varchar(18)', '4:3', 13],
      ['手机号', 'varchar(20)', '5:3', 8],
      ['nickname', 'text', '6:3', 11],
    ]);
    expect(m.events.slice(1).map((e) => [e.kind, where(e)])).toEqual([
      ['comment', '8:1'],
      ['add-column', '9:34'],
      ['alter-type', '9:59'],
      ['drop-column', '9:1'],
      ['rename-column', '10:49'],
    ]);
    const cols = replay([m], 'postgres');
    expect(cols.map((c) => [c.schema, c.table, c.column, c.type, c.comment, c.definedAt.line])).toEqual([
      ['app', 'users', 'id', 'bigint', null, 3],
      ['app', 'users', 'id_card_no', 'varchar(18)', 'pii: cn.resident_id; purpose: kyc; retention: 5y', 4],
      ['app', 'users', 'email', 'text', null, 9],
      ['app', 'users', 'Nick', 'varchar(40)', null, 10],
    ]);
  });

  it('reports a syntax error at its line, counting characters after multi-byte text', async () => {
    const m = await parsePostgresMigration('-- 迁移\nCREATE TABLE t (\n  a int,,\n  b int\n);', 'db/002.sql');
    expect(m.error).toMatchObject({ file: 'db/002.sql', line: 3, column: 9 });
    expect(m.error?.message).toMatch(/syntax error at or near ","/);
    expect(m.events).toEqual([]);
  });
});

describe('MySQL / MariaDB migrations (node-sql-parser)', () => {
  it('reads inline COMMENTs, MODIFY/CHANGE (which drop a comment not restated), RENAME COLUMN', async () => {
    const sql = [
      'CREATE TABLE users (', //                                                          1
      '  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,', //                               2
      "  id_card_no varchar(18) NOT NULL COMMENT 'pii: cn.resident_id; purpose: kyc; retention: 5y',", // 3
      '  `手机号` varchar(20),', //                                                        4
      '  nickname text', //                                                                5
      ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;', //                                       6
      'ALTER TABLE users ALTER COLUMN nickname SET DEFAULT \'x\', ADD COLUMN email varchar(255);', // 7 (a clause the grammar lacks)
      'ALTER TABLE users MODIFY COLUMN id_card_no varchar(20);', //                           8
      'ALTER TABLE users RENAME COLUMN nickname TO nick;', //                                 9
      'DELIMITER $$',
      'CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW BEGIN SET NEW.nick = LOWER(NEW.nick); END$$',
      'DELIMITER ;',
      "INSERT INTO users (nick) VALUES ('a;b');",
    ].join('\n');
    const m = await parseMysqlMigration(sql, 'db/001.sql', 'mariadb');
    expect(m.error).toBeUndefined();
    const cols = replay([m], 'mariadb');
    expect(cols.map((c) => [c.column, c.type, c.comment, `${c.definedAt.line}:${c.definedAt.column}`])).toEqual([
      ['id', 'bigint', null, '2:3'],
      ['手机号', 'varchar(20)', null, '4:3'],
      ['email', 'varchar(255)', null, '7:69'],
      // MODIFY redefines the column whole: the annotation comment is gone.
      ['id_card_no', 'varchar(20)', null, '8:33'],
      ['nick', 'text', null, '9:45'],
    ]);
  });

  it('fails closed on a CREATE/ALTER TABLE it cannot parse, at its line', async () => {
    const m = await parseMysqlMigration('CREATE TABLE ok (a int);\n\nCREATE TABLE broken (\n  a int,, b int\n);', 'db/003.sql', 'mysql');
    expect(m.error).toMatchObject({ line: 4, column: 9 });
    const alter = await parseMysqlMigration('ALTER TABLE t ADD COLUMN (a int, b text);', 'db/004.sql', 'mysql');
    expect(alter.error?.line).toBe(1);
  });

  it('splits statements like the mysql client (quotes, comments, DELIMITER)', () => {
    const s = splitMysqlStatements("SELECT ';';\n-- a ; comment\n# another ;\nSELECT \"x;\" /* ; */;\nDELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\nSELECT 3");
    expect(s.map((x) => x.text)).toEqual(["SELECT ';'", '-- a ; comment\n# another ;\nSELECT "x;" /* ; */', 'CREATE PROCEDURE p() BEGIN SELECT 1; END', 'SELECT 3']);
  });
});

describe('declared-column classification and annotations', () => {
  it('uses name, comment and type', () => {
    const c = (name: string, type: string, comment: string | null = null) => classifyDeclaredColumn({ name, type, comment }, BUILTIN_DETECTORS)?.detector.id ?? null;
    expect(c('id_card_no', 'varchar(18)')).toBe('cn.resident_id');
    expect(c('手机号', 'varchar(20)')).toBe('phone');
    expect(c('c1', 'varchar(18)', '用户身份证号码')).toBe('cn.resident_id');
    expect(c('email_verified', 'boolean')).toBeNull();
    expect(c('phone', 'boolean')).toBeNull(); // a flag, whatever its name
    expect(c('email_sent_at', 'timestamptz')).toBeNull();
    expect(c('birthday', 'date')).toBe('date_of_birth');
    expect(c('passport_id', 'uuid')).toBeNull(); // a reference, not the number
    expect(c('position', 'integer')).toBeNull(); // a sort order: coordinates need a fraction
    expect(c('last_seen_from', 'inet')).toBe('ip_address');
    expect(c('display_color', 'text')).toBeNull();
    expect(typeClass('timestamp with time zone')).toBe('temporal');
    expect(typeClass('tinyint(1)')).toBe('boolean');
  });

  it('parses annotations and says what is missing', () => {
    const kinds = knownKinds(BUILTIN_DETECTORS.map((d) => d.id));
    const a = parseAnnotation('pii: cn.resident_id; purpose: kyc; retention: 5y')!;
    expect(a).toMatchObject({ pii: ['cn.resident_id'], purpose: 'kyc', retention: '5y', none: false });
    expect(annotationProblems(a, kinds, ['purpose', 'retention'])).toEqual([]);
    expect(annotationProblems(parseAnnotation('PII: phone')!, kinds, ['purpose', 'retention'])).toEqual(['the annotation states no `purpose:`', 'the annotation states no `retention:`']);
    expect(annotationProblems(parseAnnotation('pii: phnoe; purpose: x; retention: 1y')!, kinds, [])[0]).toMatch(/neither a detector id nor a category/);
    expect(parseAnnotation('pii: none')).toMatchObject({ none: true });
    expect(parseAnnotation('Mobile number of the customer')).toBeNull();
  });

  it('judges columns: annotated ones pass, others are findings keyed by table.column', () => {
    const key = explicitKey('k');
    const kinds = knownKinds(BUILTIN_DETECTORS.map((d) => d.id));
    const col = (column: string, type: string, comment: string | null, line: number) => ({
      schema: 'public',
      table: 'users',
      column,
      type,
      comment,
      location: { kind: 'file' as const, path: 'db/1.sql', line, column: 3, endLine: line, endColumn: 10 },
      keys: ['db/1.sql'],
    });
    const j = judgeColumns(
      [
        col('id_card_no', 'varchar(18)', null, 4),
        col('手机号', 'varchar(20)', 'pii: phone; purpose: support', 5),
        col('email', 'text', 'pii: email; purpose: login; retention: account lifetime', 6),
        col('position', 'text', 'pii: none', 7),
        col('display_color', 'text', null, 8),
      ],
      { detectors: BUILTIN_DETECTORS, key, annotations: AnnotationIndex.empty(), knownKinds: kinds, require: ['purpose', 'retention'] },
    );
    expect(j).toMatchObject({ annotated: 1, declaredNone: 1, columns: 5 });
    expect(j.items.map((i) => [i.finding.detector, i.column, i.asset, i.finding.location.kind === 'file' && i.finding.location.line, i.note])).toEqual([
      ['cn.resident_id', 'users.id_card_no', 'public.users', 4, 'personal data without an annotation (pii, purpose, retention)'],
      ['phone', 'users.手机号', 'public.users', 5, 'annotation (comment) incomplete: the annotation states no `retention:`'],
    ]);
    expect(j.items[0].finding.snippet).toBe('users.id_card_no');
    expect(j.items[0].finding.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});
