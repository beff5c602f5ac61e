import type { Connection } from 'mysql2/promise';
import { UsageError } from '../errors.js';
import { scrub, type Dsn } from './dsn.js';

/**
 * Reads a live schema — tables, columns, types, comments — from information_schema (plus
 * pg_catalog.col_description for PostgreSQL comments), inside a read-only transaction with a statement
 * timeout: the schema gate never writes to the store it looks at.
 */

export interface CatalogColumn {
  name: string;
  type: string;
  nullable: boolean;
  comment: string | null;
}

export interface CatalogTable {
  schema: string;
  table: string;
  columns: CatalogColumn[];
}

const STATEMENT_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;

/** A failure to reach or read the database, with the password scrubbed from the driver's message. */
export class CatalogError extends UsageError {}

function fail(dsn: Dsn, err: unknown): never {
  const code = err && typeof err === 'object' && 'code' in err ? ` [${String((err as { code: unknown }).code)}]` : '';
  throw new CatalogError(`${dsn.display}: cannot read the schema: ${scrub(err instanceof Error ? err.message : String(err), dsn)}${code}`);
}

const PG_SQL = `
SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.udt_name,
       c.character_maximum_length, c.numeric_precision, c.numeric_scale, c.is_nullable,
       col_description(format('%I.%I', c.table_schema, c.table_name)::regclass, c.ordinal_position::int) AS comment
FROM information_schema.columns c
JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE t.table_type = 'BASE TABLE'
  AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
  AND c.table_schema NOT LIKE 'pg\\_toast%'
  AND c.table_schema NOT LIKE 'pg\\_temp%'
ORDER BY c.table_schema, c.table_name, c.ordinal_position`;

interface PgRow {
  table_schema: string;
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  is_nullable: string;
  comment: string | null;
}

function pgType(r: PgRow): string {
  if (r.data_type === 'USER-DEFINED') return r.udt_name;
  if (r.data_type === 'ARRAY') return `${r.udt_name.replace(/^_/, '')}[]`;
  if (r.character_maximum_length !== null) return `${r.data_type}(${r.character_maximum_length})`;
  if (r.data_type === 'numeric' && r.numeric_precision !== null) return `numeric(${r.numeric_precision},${r.numeric_scale ?? 0})`;
  return r.data_type;
}

async function readPostgres(dsn: Dsn): Promise<CatalogTable[]> {
  // Drivers load on use: every other command would pay ~0.3 s of start-up for them.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: dsn.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'piiscan schema' });
  try {
    await client.connect();
    await client.query('BEGIN READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    const { rows } = await client.query<PgRow>(PG_SQL);
    await client.query('COMMIT');
    return group(rows.map((r) => ({ schema: r.table_schema, table: r.table_name, column: { name: r.column_name, type: pgType(r), nullable: r.is_nullable === 'YES', comment: r.comment } })));
  } catch (err) {
    return fail(dsn, err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface MyRow {
  TABLE_SCHEMA: string;
  TABLE_NAME: string;
  COLUMN_NAME: string;
  COLUMN_TYPE: string;
  IS_NULLABLE: string;
  COLUMN_COMMENT: string;
}

const SYSTEM_DATABASES = ['mysql', 'information_schema', 'performance_schema', 'sys'];

async function readMysql(dsn: Dsn): Promise<CatalogTable[]> {
  const { default: mysql } = await import('mysql2/promise');
  let conn: Connection | undefined;
  try {
    conn = await mysql.createConnection({ uri: dsn.url, connectTimeout: CONNECT_TIMEOUT_MS, supportBigNumbers: true });
    // MariaDB and MySQL name the statement timeout differently; each ignores the other's.
    await conn.query(`SET SESSION max_statement_time = ${STATEMENT_TIMEOUT_MS / 1000}`).catch(() => undefined);
    await conn.query(`SET SESSION MAX_EXECUTION_TIME = ${STATEMENT_TIMEOUT_MS}`).catch(() => undefined);
    await conn.query('START TRANSACTION READ ONLY');
    const where = dsn.database ? 'c.TABLE_SCHEMA = ?' : `c.TABLE_SCHEMA NOT IN (${SYSTEM_DATABASES.map(() => '?').join(', ')})`;
    const params = dsn.database ? [dsn.database] : SYSTEM_DATABASES;
    const [rows] = await conn.query(
      `SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_COMMENT
       FROM information_schema.COLUMNS c
       JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
       WHERE t.TABLE_TYPE = 'BASE TABLE' AND ${where}
       ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION`,
      params,
    );
    await conn.query('COMMIT');
    return group(
      (rows as MyRow[]).map((r) => ({
        schema: r.TABLE_SCHEMA,
        table: r.TABLE_NAME,
        column: { name: r.COLUMN_NAME, type: r.COLUMN_TYPE, nullable: r.IS_NULLABLE === 'YES', comment: r.COLUMN_COMMENT ? r.COLUMN_COMMENT : null },
      })),
    );
  } catch (err) {
    return fail(dsn, err);
  } finally {
    await conn?.end().catch(() => undefined);
  }
}

function group(rows: { schema: string; table: string; column: CatalogColumn }[]): CatalogTable[] {
  const out: CatalogTable[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.schema === r.schema && last.table === r.table) last.columns.push(r.column);
    else out.push({ schema: r.schema, table: r.table, columns: [r.column] });
  }
  return out;
}

export function readCatalog(dsn: Dsn): Promise<CatalogTable[]> {
  return dsn.dialect === 'postgres' ? readPostgres(dsn) : readMysql(dsn);
}
