import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { CatalogTable } from './catalog.js';
import type { DbDialect } from './dsn.js';

/**
 * A committed picture of a database schema (`piiscan schema snapshot`): tables, columns, types and
 * comments, sorted and without timestamps so an unchanged schema is an unchanged file. `gate --schema`
 * compares the live schema with it: new columns and columns whose type or comment changed are judged.
 */

export const SNAPSHOT_VERSION = 1;

const ColumnSchema = z.object({ name: z.string(), type: z.string(), nullable: z.boolean(), comment: z.string().nullable() }).strict();
const TableSchema = z.object({ schema: z.string(), table: z.string(), columns: z.array(ColumnSchema) }).strict();
export const SnapshotSchema = z
  .object({
    snapshotVersion: z.literal(SNAPSHOT_VERSION),
    dialect: z.enum(['postgres', 'mysql']),
    /** Where it was taken, without password. */
    store: z.string(),
    tables: z.array(TableSchema),
  })
  .strict();

export type SchemaSnapshot = z.infer<typeof SnapshotSchema>;

export function makeSnapshot(dialect: DbDialect, store: string, tables: CatalogTable[]): SchemaSnapshot {
  const sorted = [...tables].sort((a, b) => (a.schema + '\u0000' + a.table < b.schema + '\u0000' + b.table ? -1 : 1));
  return { snapshotVersion: SNAPSHOT_VERSION, dialect, store, tables: sorted.map((t) => ({ schema: t.schema, table: t.table, columns: t.columns.map((c) => ({ ...c })) })) };
}

export function readSnapshot(file: string, shown: string): SchemaSnapshot {
  if (!existsSync(file)) throw new UsageError(`--snapshot ${shown}: file not found (write one with \`piiscan schema snapshot <db-url> --output ${shown}\`)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`--snapshot ${shown}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const r = SnapshotSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new UsageError(`--snapshot ${shown}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}

export interface ChangedColumn {
  schema: string;
  table: string;
  name: string;
  type: string;
  comment: string | null;
  change: 'new-table' | 'new-column' | 'type' | 'comment';
}

/** Columns of `live` that the snapshot does not have, or has with another type or comment. */
export function diffSchema(snapshot: SchemaSnapshot, live: CatalogTable[]): ChangedColumn[] {
  const known = new Map<string, Map<string, { type: string; comment: string | null }>>();
  for (const t of snapshot.tables) known.set(`${t.schema}\u0000${t.table}`, new Map(t.columns.map((c) => [c.name, { type: c.type, comment: c.comment }])));
  const out: ChangedColumn[] = [];
  for (const t of live) {
    const cols = known.get(`${t.schema}\u0000${t.table}`);
    for (const c of t.columns) {
      const was = cols?.get(c.name);
      const change: ChangedColumn['change'] | null = !cols ? 'new-table' : !was ? 'new-column' : was.type !== c.type ? 'type' : was.comment !== c.comment ? 'comment' : null;
      if (change) out.push({ schema: t.schema, table: t.table, name: c.name, type: c.type, comment: c.comment, change });
    }
  }
  return out;
}
