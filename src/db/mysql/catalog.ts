import type { DbColumn, DbTable } from '../types.js';
import type { MysqlQuery } from './query.js';
import { mysqlValueClass } from './value-class.js';

/** Databases that hold the server's own state, never a scan target. */
export const SYSTEM_DATABASES = ['mysql', 'information_schema', 'performance_schema', 'sys'];

interface TableRow {
  TABLE_SCHEMA: string;
  TABLE_NAME: string;
  TABLE_TYPE: string;
  TABLE_ROWS: number | string | null;
  TABLE_COMMENT: string | null;
}

interface ColumnRow {
  TABLE_SCHEMA: string;
  TABLE_NAME: string;
  COLUMN_NAME: string;
  DATA_TYPE: string;
  COLUMN_TYPE: string;
  IS_NULLABLE: string;
  COLUMN_COMMENT: string | null;
}

interface KeyRow {
  TABLE_SCHEMA: string;
  TABLE_NAME: string;
  COLUMN_NAME: string;
  SEQ_IN_INDEX: number;
}

interface CheckRow {
  CONSTRAINT_SCHEMA: string;
  TABLE_NAME: string;
  CHECK_CLAUSE: string;
}

function scope(databases: string[] | null, column: string): { where: string; params: string[] } {
  if (databases) return { where: `${column} IN (${databases.map(() => '?').join(', ')})`, params: databases };
  return { where: `${column} NOT IN (${SYSTEM_DATABASES.map(() => '?').join(', ')})`, params: SYSTEM_DATABASES };
}

const key = (schema: string, table: string): string => `${schema}\u0000${table}`;

/** MariaDB writes a JSON column as LONGTEXT plus a column check `json_valid(`col`)`; MySQL has a JSON type. */
async function mariadbJsonColumns(q: MysqlQuery, databases: string[] | null): Promise<Set<string>> {
  const s = scope(databases, 'CONSTRAINT_SCHEMA');
  // MySQL's CHECK_CONSTRAINTS has no TABLE_NAME column; there the JSON type is in COLUMNS already.
  const rows = await q<CheckRow>(
    `SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE ${s.where} AND CHECK_CLAUSE LIKE 'json\\_valid(%'`,
    s.params,
  ).catch(() => [] as CheckRow[]);
  const out = new Set<string>();
  for (const r of rows) {
    const m = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(r.CHECK_CLAUSE.trim());
    if (m?.[1]) out.add(`${key(r.CONSTRAINT_SCHEMA, r.TABLE_NAME)}\u0000${m[1].replace(/``/g, '`')}`);
  }
  return out;
}

/**
 * Tables (and views when asked) with their columns, primary keys, comments and TABLE_ROWS estimates
 * (InnoDB's is a statistics estimate, off by up to ~50%; null for views). `databases` null: every
 * database the user can see except the system ones.
 */
export async function listMysqlTables(q: MysqlQuery, databases: string[] | null, views: boolean): Promise<DbTable[]> {
  const t = scope(databases, 'TABLE_SCHEMA');
  const kinds = views ? `('BASE TABLE', 'VIEW')` : `('BASE TABLE')`;
  const tables = await q<TableRow>(
    `SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_ROWS, TABLE_COMMENT FROM information_schema.TABLES
     WHERE TABLE_TYPE IN ${kinds} AND ${t.where} ORDER BY TABLE_SCHEMA, TABLE_NAME`,
    t.params,
  );
  const columns = await q<ColumnRow>(
    `SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_COMMENT
     FROM information_schema.COLUMNS WHERE ${t.where} ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION`,
    t.params,
  );
  const keys = await q<KeyRow>(
    `SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, SEQ_IN_INDEX FROM information_schema.STATISTICS
     WHERE INDEX_NAME = 'PRIMARY' AND ${t.where}`,
    t.params,
  );
  const json = await mariadbJsonColumns(q, databases);

  const pk = new Map<string, number>();
  for (const k of keys) pk.set(`${key(k.TABLE_SCHEMA, k.TABLE_NAME)}\u0000${k.COLUMN_NAME}`, Number(k.SEQ_IN_INDEX));
  const cols = new Map<string, DbColumn[]>();
  for (const c of columns) {
    const tk = key(c.TABLE_SCHEMA, c.TABLE_NAME);
    const ck = `${tk}\u0000${c.COLUMN_NAME}`;
    const isJson = json.has(ck);
    const list = cols.get(tk) ?? [];
    list.push({
      name: c.COLUMN_NAME,
      type: isJson ? 'json' : c.COLUMN_TYPE,
      valueClass: mysqlValueClass(c.DATA_TYPE, c.COLUMN_TYPE, isJson),
      nullable: c.IS_NULLABLE === 'YES',
      comment: c.COLUMN_COMMENT ? c.COLUMN_COMMENT : null,
      primaryKey: pk.get(ck) ?? null,
    });
    cols.set(tk, list);
  }
  return tables.map((r) => ({
    schema: r.TABLE_SCHEMA,
    table: r.TABLE_NAME,
    kind: r.TABLE_TYPE === 'VIEW' ? 'view' : 'table',
    columns: cols.get(key(r.TABLE_SCHEMA, r.TABLE_NAME)) ?? [],
    estimatedRows: r.TABLE_TYPE === 'VIEW' || r.TABLE_ROWS === null ? null : Number(r.TABLE_ROWS),
    // A view's TABLE_COMMENT is the constant 'VIEW'.
    comment: r.TABLE_TYPE !== 'VIEW' && r.TABLE_COMMENT ? r.TABLE_COMMENT : null,
  }));
}
