import type { DbGrant, DbTable } from '../types.js';
import type { MysqlQuery } from './query.js';

/**
 * Who can use a table, from information_schema's privilege views: table and column grants, schema-level
 * grants (`GRANT SELECT ON db.*`, whose database may be a LIKE pattern such as `app\_%`), global ones
 * (`ON *.*`), and the accounts that hold a granted role. Table and column grants are reported whole, as
 * for PostgreSQL; schema and global grants by their data rights only (SELECT, INSERT, UPDATE, DELETE),
 * since an administrator holds thirty others.
 *
 * Grantees: an account is `user@host` (the anonymous account `''@%` lets in anyone who reaches the
 * server); a role (MariaDB writes it `'role'@''`) is its bare name; MariaDB ≥ 10.11's `PUBLIC` is
 * `PUBLIC`. These views show what the connected user may see: an administrator sees every account's
 * grants, a plain account only its own and its roles' — the report is then a lower bound. Role members
 * come from mysql.roles_mapping (MariaDB) or mysql.role_edges (MySQL 8), readable only with rights on the
 * mysql database; without them members are not listed.
 */

const DATA_RIGHTS = `('SELECT', 'INSERT', 'UPDATE', 'DELETE')`;

interface Row {
  GRANTEE: string;
  PRIVILEGE_TYPE: string;
  COLUMN_NAME?: string;
}

interface RoleEdge {
  User: string;
  Host: string;
  Role: string;
}

/** `'analyst'@'%'` → `analyst@%`; `'PUBLIC'@''` and roles (`'support'@''`) → the bare name. */
export function grantee(raw: string): string {
  const m = /^'((?:[^']|'')*)'@'((?:[^']|'')*)'$/.exec(raw);
  if (!m) return raw;
  const user = (m[1] ?? '').replace(/''/g, "'");
  const host = (m[2] ?? '').replace(/''/g, "'");
  if (host === '') return user;
  return `${user === '' ? "''" : user}@${host}`;
}

export class MysqlGrants {
  private global: Promise<DbGrant[]> | null = null;
  private members: Promise<Map<string, string[]>> | null = null;
  private readonly schemas = new Map<string, Promise<DbGrant[]>>();

  constructor(private readonly q: MysqlQuery) {}

  private globalGrants(): Promise<DbGrant[]> {
    this.global ??= this.q<Row>(`SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE IN ${DATA_RIGHTS} ORDER BY GRANTEE, PRIVILEGE_TYPE`).then((rows) =>
      rows.map((r) => ({ grantee: grantee(r.GRANTEE), privilege: r.PRIVILEGE_TYPE, column: null, via: 'global' })),
    );
    return this.global;
  }

  private schemaGrants(schema: string): Promise<DbGrant[]> {
    let p = this.schemas.get(schema);
    if (!p) {
      p = this.q<Row>(
        `SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE PRIVILEGE_TYPE IN ${DATA_RIGHTS} AND ? LIKE TABLE_SCHEMA ORDER BY GRANTEE, PRIVILEGE_TYPE`,
        [schema],
      ).then((rows) => rows.map((r) => ({ grantee: grantee(r.GRANTEE), privilege: r.PRIVILEGE_TYPE, column: null, via: 'schema' })));
      this.schemas.set(schema, p);
    }
    return p;
  }

  /** Role → the accounts and roles that hold it, directly or through other roles. */
  private roleMembers(): Promise<Map<string, string[]>> {
    this.members ??= (async () => {
      const edges = await this.q<RoleEdge>('SELECT User, Host, Role FROM mysql.roles_mapping')
        .catch(() => this.q<RoleEdge>('SELECT TO_USER AS User, TO_HOST AS Host, FROM_USER AS Role FROM mysql.role_edges'))
        .catch(() => [] as RoleEdge[]);
      const direct = new Map<string, string[]>();
      for (const e of edges) {
        const member = e.Host === '' ? e.User : `${e.User === '' ? "''" : e.User}@${e.Host}`;
        direct.set(e.Role, [...(direct.get(e.Role) ?? []), member]);
      }
      const out = new Map<string, string[]>();
      for (const role of direct.keys()) {
        const seen = new Set<string>();
        const todo = [...(direct.get(role) ?? [])];
        while (todo.length) {
          const m = todo.pop() as string;
          if (seen.has(m)) continue;
          seen.add(m);
          todo.push(...(direct.get(m) ?? []));
        }
        out.set(role, [...seen].sort());
      }
      return out;
    })();
    return this.members;
  }

  async forTable(table: DbTable): Promise<DbGrant[]> {
    const where = `TABLE_SCHEMA = ? AND TABLE_NAME = ?`;
    const params = [table.schema, table.table];
    const direct = await this.q<Row>(`SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES WHERE ${where} ORDER BY GRANTEE, PRIVILEGE_TYPE`, params);
    const columns = await this.q<Row>(
      `SELECT GRANTEE, PRIVILEGE_TYPE, COLUMN_NAME FROM information_schema.COLUMN_PRIVILEGES WHERE ${where} ORDER BY GRANTEE, COLUMN_NAME, PRIVILEGE_TYPE`,
      params,
    );
    const grants: DbGrant[] = [
      ...direct.map((r) => ({ grantee: grantee(r.GRANTEE), privilege: r.PRIVILEGE_TYPE, column: null })),
      ...columns.map((r) => ({ grantee: grantee(r.GRANTEE), privilege: r.PRIVILEGE_TYPE, column: r.COLUMN_NAME ?? null })),
      ...(await this.schemaGrants(table.schema)),
      ...(await this.globalGrants()),
    ];
    const members = await this.roleMembers();
    const out = [...grants];
    for (const g of grants) {
      for (const m of members.get(g.grantee) ?? []) out.push({ grantee: m, privilege: g.privilege, column: g.column, via: `role:${g.grantee}` });
    }
    return out;
  }
}
