import type { DbGrant } from '../types.js';

/**
 * Who can use a table: its ACL and its columns' ACLs from pg_class.relacl / pg_attribute.attacl (visible to
 * every role, unlike information_schema.role_table_grants, which shows only grants involving the connected
 * role), the owner's implicit rights when the ACL was never set, PUBLIC (grantee 0), and every role that
 * inherits a grant through pg_auth_members, transitively.
 */

export const DIRECT_GRANTS_SQL = `
WITH acl AS (
  SELECT (aclexplode(coalesce(c.relacl, acldefault('r', c.relowner)))).*, NULL::text AS column_name
    FROM pg_class c WHERE c.oid = $1::int8::oid
  UNION ALL
  SELECT (aclexplode(a.attacl)).*, a.attname::text
    FROM pg_attribute a WHERE a.attrelid = $1::int8::oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
)
SELECT DISTINCT grantee::int8 AS role, CASE WHEN grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(grantee) END AS grantee,
       privilege_type AS privilege, column_name AS column
  FROM acl ORDER BY 2, 3, 4 NULLS FIRST`;

export const MEMBERS_SQL = `
WITH RECURSIVE m(member, via) AS (
  SELECT am.member, am.roleid FROM pg_auth_members am WHERE am.roleid = ANY($1::int8[]::oid[])
  UNION
  SELECT am.member, m.via FROM pg_auth_members am JOIN m ON am.roleid = m.member
)
SELECT m.via::int8 AS via_role, pg_get_userbyid(m.member) AS member, pg_get_userbyid(m.via) AS via FROM m ORDER BY 2, 3`;

export interface DirectGrantRow {
  role: string;
  grantee: string;
  privilege: string;
  column: string | null;
}

export interface MemberRow {
  via_role: string;
  member: string;
  via: string;
}

/** Direct grants, then the same rights for each member of a granted role (`via: role:<name>`). */
export function mergeGrants(direct: DirectGrantRow[], members: MemberRow[]): DbGrant[] {
  const out: DbGrant[] = [];
  const seen = new Set<string>();
  const push = (g: DbGrant) => {
    const k = `${g.grantee}\0${g.privilege}\0${g.column ?? ''}\0${g.via ?? ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(g);
  };
  for (const d of direct) push({ grantee: d.grantee, privilege: d.privilege, column: d.column });
  for (const m of members) {
    for (const d of direct) if (String(d.role) === String(m.via_role)) push({ grantee: m.member, privilege: d.privilege, column: d.column, via: `role:${m.via}` });
  }
  return out;
}
