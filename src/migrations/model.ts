/**
 * What the schema gate reads out of a migration: a dialect-neutral list of DDL events, each with the
 * place in the file it comes from. The parsers (postgres.ts, mysql.ts) produce them; replay.ts applies
 * them in file order to know, per column, its final name, type and comment and where it was last defined.
 */

export type Dialect = 'postgres' | 'mysql' | 'mariadb';
export const DIALECTS: readonly Dialect[] = ['postgres', 'mysql', 'mariadb'];

export interface SourceSpan {
  /** Report path of the migration file. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface TableRef {
  /** PostgreSQL schema or MySQL database; null when the migration does not say (MySQL). */
  schema: string | null;
  table: string;
}

export interface ColumnDefinition {
  column: string;
  type: string;
  /** Inline comment (MySQL `COMMENT '…'`); undefined when the statement states none. */
  comment?: string | null;
  at: SourceSpan;
}

export type DdlEvent =
  | (TableRef & { kind: 'create-table'; ifNotExists: boolean; columns: ColumnDefinition[]; at: SourceSpan })
  | (TableRef & { kind: 'drop-table'; at: SourceSpan })
  | (TableRef & { kind: 'rename-table'; newName: string; at: SourceSpan })
  /** A column comes into being (CREATE TABLE, ADD COLUMN). `comment` undefined: the statement states none. */
  | (TableRef & { kind: 'add-column'; column: string; type: string; comment?: string | null; at: SourceSpan })
  /** PostgreSQL ALTER COLUMN … TYPE: the comment survives. */
  | (TableRef & { kind: 'alter-type'; column: string; type: string; at: SourceSpan })
  /** MySQL MODIFY / CHANGE: the column is redefined whole, so a comment not restated is gone. */
  | (TableRef & { kind: 'redefine-column'; column: string; newName: string; type: string; comment: string | null; at: SourceSpan })
  | (TableRef & { kind: 'rename-column'; column: string; newName: string; at: SourceSpan })
  | (TableRef & { kind: 'drop-column'; column: string; at: SourceSpan })
  /** COMMENT ON COLUMN; null removes the comment. */
  | (TableRef & { kind: 'comment'; column: string; comment: string | null; at: SourceSpan });

export interface ParseProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ParsedMigration {
  file: string;
  events: DdlEvent[];
  /** The file could not be parsed: nothing in it counts, and the gate fails closed. */
  error?: ParseProblem;
  /** Milliseconds spent parsing. */
  parseMs: number;
}
