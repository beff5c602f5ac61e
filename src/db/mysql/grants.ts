import type { DbGrant, DbTable } from '../types.js';
import type { MysqlQuery } from './query.js';

/**
 * Who can read a table, from information_schema's privilege views: table and column grants, schema-level
 * grants (`GRANT SELECT ON db.*`, whose database may be a LIKE pattern such as `app\_%`) and global ones
 * (`ON *.*`). Table and column grants are reported whole, as for PostgreSQL; schema and global grants by
 * their data rights only (SELECT, INSERT, UPDATE, DELETE), since an administrator holds thirty others.
 *
 * These views show what the connected user may see: an administrator sees every account's grants, a
 * plain account only its own (and those of the roles it holds) — the report is then a lower bound.
 * Grantees are written as the server gives them (`'analyst'@'%'`); the anonymous account `''@'%'`
 * means anyone who can reach the server. Role membership (mysql.roles_mapping) is not read: it needs
 * rights on the mysql database that a scanning account should not have.
 */

const DATA_RIGHTS = `('SELECT', 'INSERT', 'UPDATE', 'DELETE')`;

interface Row {
  GRANTEE: string;
  PRIVILEGE_TYPE: string;
  COLUMN_NAME?: string;
}

export class MysqlGrants {
  private global: Promise<DbGrant[]> | null = null;
  private readonly schemas = new Map<string, Promise<DbGrant[]>>();

  constructor(private readonly q: MysqlQuery) {}

  private globalGrants(): Promise<DbGrant[]> {
    this.global ??= this.q<Row>(`SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE IN ${DATA_RIGHTS} ORDER BY GRANTEE, PRIVILEGE_TYPE`).then((rows) =>
      rows.map((r) => ({ grantee: r.GRANTEE, privilege: r.PRIVILEGE_TYPE, column: null, via: 'global' })),
    );
    return this.global;
  }

  private schemaGrants(schema: string): Promise<DbGrant[]> {
    let p = this.schemas.get(schema);
    if (!p) {
      p = this.q<Row>(
        `SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE PRIVILEGE_TYPE IN ${DATA_RIGHTS} AND ? LIKE TABLE_SCHEMA ORDER BY GRANTEE, PRIVILEGE_TYPE`,
        [schema],
      ).then((rows) => rows.map((r) => ({ grantee: r.GRANTEE, privilege: r.PRIVILEGE_TYPE, column: null, via: 'schema' })));
      this.schemas.set(schema, p);
    }
    return p;
  }

  async forTable(table: DbTable): Promise<DbGrant[]> {
    const where = `TABLE_SCHEMA = ? AND TABLE_NAME = ?`;
    const params = [table.schema, table.table];
    const direct = await this.q<Row>(`SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES WHERE ${where} ORDER BY GRANTEE, PRIVILEGE_TYPE`, params);
    const columns = await this.q<Row>(
      `SELECT GRANTEE, PRIVILEGE_TYPE, COLUMN_NAME FROM information_schema.COLUMN_PRIVILEGES WHERE ${where} ORDER BY GRANTEE, COLUMN_NAME, PRIVILEGE_TYPE`,
      params,
    );
    return [
      ...direct.map((r) => ({ grantee: r.GRANTEE, privilege: r.PRIVILEGE_TYPE, column: null })),
      ...columns.map((r) => ({ grantee: r.GRANTEE, privilege: r.PRIVILEGE_TYPE, column: r.COLUMN_NAME ?? null })),
      ...(await this.schemaGrants(table.schema)),
      ...(await this.globalGrants()),
    ];
  }
}
