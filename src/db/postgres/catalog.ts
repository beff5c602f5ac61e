import type { DbColumn, DbTable, DbValueClass } from '../types.js';

/**
 * The PostgreSQL catalog read through pg_catalog (not information_schema, which hides what the connected
 * role does not own): schemas, tables and views, columns with format_type, comments, primary keys and
 * pg_class.reltuples. System schemas are left out.
 */

export const TABLES_SQL = `
SELECT n.nspname AS schema, c.relname AS table, c.relkind AS relkind, c.reltuples::float8 AS reltuples,
       obj_description(c.oid, 'pg_class') AS comment, c.oid::int8 AS oid
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = ANY($1::"char"[])
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
 ORDER BY n.nspname, c.relname`;

export const COLUMNS_SQL = `
SELECT a.attrelid::int8 AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       t.typcategory AS category, t.typtype AS typtype, et.typname AS elemname, t.typname AS typname,
       NOT a.attnotnull AS nullable, col_description(a.attrelid, a.attnum) AS comment,
       (SELECT array_position(i.indkey::int2[], a.attnum) FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary) AS pk
  FROM pg_attribute a
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
 WHERE a.attrelid = ANY($1::int8[]::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum`;

export interface TableRow {
  schema: string;
  table: string;
  relkind: string;
  reltuples: number;
  comment: string | null;
  oid: string;
}

export interface ColumnRow {
  oid: string;
  name: string;
  type: string;
  category: string;
  typtype: string;
  elemname: string | null;
  typname: string;
  nullable: boolean;
  comment: string | null;
  pk: number | null;
}

/** pg_type.typcategory (and typtype for enums) → how the scanner turns values into text. */
export function valueClassOf(c: Pick<ColumnRow, 'category' | 'typtype' | 'typname'>): DbValueClass {
  if (c.typtype === 'e') return 'enum';
  if (c.typname === 'json' || c.typname === 'jsonb') return 'json';
  if (c.typname === 'uuid') return 'uuid';
  if (c.typname === 'bytea') return 'binary';
  if (c.typname === 'date') return 'date';
  switch (c.category) {
    case 'S':
      return 'text';
    case 'N':
      return 'number';
    case 'B':
      return 'boolean';
    case 'D':
      return 'timestamp';
    case 'A':
      return 'array';
    default:
      return 'other';
  }
}

export function toTables(tables: TableRow[], columns: ColumnRow[]): (DbTable & { oid: string })[] {
  const byOid = new Map<string, DbColumn[]>();
  for (const c of columns) {
    let list = byOid.get(String(c.oid));
    if (!list) byOid.set(String(c.oid), (list = []));
    list.push({ name: c.name, type: c.type, valueClass: valueClassOf(c), nullable: c.nullable, comment: c.comment, primaryKey: c.pk ?? null });
  }
  return tables.map((t) => ({
    schema: t.schema,
    table: t.table,
    kind: t.relkind === 'v' || t.relkind === 'm' ? 'view' : 'table',
    columns: byOid.get(String(t.oid)) ?? [],
    // reltuples is -1 for a table never vacuumed or analysed (PostgreSQL 14+), 0 before that: unknown.
    estimatedRows: t.reltuples > 0 ? Math.round(t.reltuples) : null,
    comment: t.comment,
    oid: String(t.oid),
  }));
}
