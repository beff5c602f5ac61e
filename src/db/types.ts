/**
 * The contract between the database scanner (src/db/scan-database.ts: discovery filters, sampling budget,
 * column classification, assets, errors) and one driver per dialect (src/db/postgres, src/db/mysql,
 * src/db/sqlite). A driver knows its catalog, its sampling SQL and its read-only session; it never
 * classifies anything. Everything a driver returns is plain data, so a table can later be a work unit of
 * its own (DESIGN.md §1).
 */

export type DbDialect = 'postgres' | 'mysql' | 'sqlite';

/** How a column's values reach the classifier. */
export type DbValueClass = 'text' | 'number' | 'boolean' | 'date' | 'timestamp' | 'json' | 'array' | 'binary' | 'enum' | 'uuid' | 'other';

export interface DbColumn {
  name: string;
  /** The type as the catalog spells it (`character varying(255)`, `varchar(64)`, `jsonb`, `text[]`). */
  type: string;
  valueClass: DbValueClass;
  nullable: boolean;
  comment: string | null;
  /** Position in the primary key (1-based), or null. */
  primaryKey: number | null;
}

export interface DbTable {
  /** PostgreSQL schema, MySQL database, `main` for SQLite (CONTRACT.md). */
  schema: string;
  table: string;
  kind: 'table' | 'view';
  columns: DbColumn[];
  /** Catalog estimate (pg_class.reltuples, information_schema.TABLES.TABLE_ROWS); null when unknown. */
  estimatedRows: number | null;
  comment: string | null;
}

export interface DbGrant {
  /** Role or `user@host`; `PUBLIC` for everyone. */
  grantee: string;
  privilege: string;
  /** Null for a table-level (or schema/global) grant. */
  column: string | null;
  /** Where the right comes from when it is not a direct table grant: `schema`, `global`, `role:<name>`. */
  via?: string;
}

export interface SampleRequest {
  /** Rows wanted (`--sample-rows`, default 10,000). */
  rows: number;
  /** Seed for repeatable sampling (TABLESAMPLE … REPEATABLE, key windows). */
  seed: number;
}

/** A value as it comes off the driver, before the scanner turns it into text. */
export type DbValue = string | number | bigint | boolean | Date | Uint8Array | null | DbValue[] | { [key: string]: DbValue };

export interface SampleBatch {
  /** One entry per row, values in the order of `DbTable.columns`. */
  rows: DbValue[][];
}

export interface Sample {
  /** How rows were chosen, for the report: `TABLESAMPLE SYSTEM(2.5) REPEATABLE(42)`, `pk windows`, `LIMIT`. */
  method: string;
  /** False when the sample is the first rows in storage order (no usable key, LIMIT fallback). */
  random: boolean;
  /** Streams rows in bounded batches (cursor / query stream); the scanner stops when it has enough. */
  batches: AsyncIterable<SampleBatch>;
}

export interface DbSession {
  readonly dialect: DbDialect;
  /** The store as shown in reports: the URL without password or query string, or `sqlite:path`. */
  readonly store: string;
  /** SQLite: the database file's permission bits (`0644`) — the file mode is its only access control. */
  readonly fileMode?: string;
  /** Tables (and views when asked) of the database(s) the target names, system schemas excluded. */
  listTables(opts: { views: boolean }): Promise<DbTable[]>;
  sample(table: DbTable, req: SampleRequest): Promise<Sample>;
  /** Who can read the table and which of its columns (direct, PUBLIC, via roles / schema / global rights). */
  grants(table: DbTable): Promise<DbGrant[]>;
  /** Exact row count, only when cheap or asked for; the scanner otherwise uses `estimatedRows`. */
  countRows?(table: DbTable): Promise<number>;
  /**
   * Exact oldest and newest value of a date/timestamp column, only when an index makes it cheap (two index
   * probes); null otherwise, and the scanner keeps the sample's range.
   */
  timeRange?(table: DbTable, column: string): Promise<{ oldest: string; newest: string } | null>;
  close(): Promise<void>;
}

export interface DbConnectOptions {
  /** Statement timeout per query. */
  statementTimeoutMs: number;
  /** Lock timeout (PostgreSQL lock_timeout, MySQL lock_wait_timeout). */
  lockTimeoutMs: number;
  connectTimeoutMs: number;
}

export interface DbDriver {
  readonly dialect: DbDialect;
  /** Opens a read-only session; the error it throws must not contain the password. */
  open(target: DbTargetSpec, opts: DbConnectOptions): Promise<DbSession>;
}

/** A parsed database target (src/db/target.ts); `url` holds the password and is never printed. */
export interface DbTargetSpec {
  dialect: DbDialect;
  /** What to connect with: a URL for servers, a file path for SQLite. */
  url: string;
  /** Safe to print (no password, no query string). */
  display: string;
  password: string;
}
