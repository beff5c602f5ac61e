import type { Dialect, DdlEvent, ParsedMigration, SourceSpan } from './model.js';

/**
 * Replays DDL events in migration order to know each column's final state: its name, type and comment
 * (a COMMENT ON COLUMN in a later migration annotates a column created earlier), where it was last
 * defined (added, renamed or retyped — the line a result points at), and which files touched it (so
 * `--changed-since` judges only the columns a pull request adds or changes).
 */

export interface ColumnState {
  schema: string | null;
  table: string;
  column: string;
  type: string;
  comment: string | null;
  definedAt: SourceSpan;
  touchedIn: Set<string>;
}

interface TableState {
  schema: string | null;
  table: string;
  columns: Map<string, ColumnState>;
}

/** Migration files in the order a migration tool applies them: natural sort (V2 before V10). */
export function migrationOrder(files: readonly string[]): string[] {
  return [...files].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function replay(migrations: readonly ParsedMigration[], dialect: Dialect): ColumnState[] {
  // PostgreSQL folds unquoted names already (the parser returns them folded) and keeps quoted ones exact;
  // MySQL column names are case-insensitive, and so are table names on most installations.
  const fold = dialect === 'postgres' ? (s: string) => s : (s: string) => s.toLowerCase();
  const tkey = (schema: string | null, table: string) => `${schema === null ? '' : fold(schema)}\u0000${fold(table)}`;
  const tables = new Map<string, TableState>();

  const tableFor = (schema: string | null, table: string): TableState => {
    const k = tkey(schema, table);
    let t = tables.get(k);
    if (!t) {
      // ALTER of a table created outside these migrations: its new columns still count.
      t = { schema, table, columns: new Map() };
      tables.set(k, t);
    }
    return t;
  };
  const define = (t: TableState, column: string, type: string, comment: string | null, at: SourceSpan, touched: Set<string>) => {
    const c: ColumnState = { schema: t.schema, table: t.table, column, type, comment, definedAt: at, touchedIn: new Set([...touched, at.file]) };
    t.columns.set(fold(column), c);
    return c;
  };

  for (const m of migrations) {
    if (m.error) continue;
    for (const e of m.events) apply(e);
  }

  function apply(e: DdlEvent): void {
    switch (e.kind) {
      case 'create-table': {
        const k = tkey(e.schema, e.table);
        if (tables.has(k) && e.ifNotExists) return;
        const t: TableState = { schema: e.schema, table: e.table, columns: new Map() };
        tables.set(k, t);
        for (const c of e.columns) define(t, c.column, c.type, c.comment ?? null, c.at, new Set());
        return;
      }
      case 'drop-table':
        tables.delete(tkey(e.schema, e.table));
        return;
      case 'rename-table': {
        const t = tables.get(tkey(e.schema, e.table));
        if (!t) return;
        tables.delete(tkey(e.schema, e.table));
        const moved: TableState = { schema: t.schema, table: e.newName, columns: new Map() };
        for (const [k, c] of t.columns) {
          c.table = e.newName;
          c.touchedIn.add(e.at.file);
          moved.columns.set(k, c);
        }
        tables.set(tkey(t.schema, e.newName), moved);
        return;
      }
      case 'add-column': {
        const t = tableFor(e.schema, e.table);
        define(t, e.column, e.type, e.comment ?? null, e.at, new Set());
        return;
      }
      case 'alter-type': {
        const t = tableFor(e.schema, e.table);
        const c = t.columns.get(fold(e.column));
        if (c) {
          c.type = e.type;
          c.definedAt = e.at;
          c.touchedIn.add(e.at.file);
        } else define(t, e.column, e.type, null, e.at, new Set());
        return;
      }
      case 'redefine-column': {
        const t = tableFor(e.schema, e.table);
        const old = t.columns.get(fold(e.column));
        t.columns.delete(fold(e.column));
        define(t, e.newName, e.type, e.comment, e.at, old?.touchedIn ?? new Set());
        return;
      }
      case 'rename-column': {
        const t = tableFor(e.schema, e.table);
        const old = t.columns.get(fold(e.column));
        t.columns.delete(fold(e.column));
        // A rename keeps type and comment; an unknown column (defined elsewhere) gets an unknown type.
        define(t, e.newName, old?.type ?? '', old?.comment ?? null, e.at, old?.touchedIn ?? new Set());
        return;
      }
      case 'drop-column':
        tables.get(tkey(e.schema, e.table))?.columns.delete(fold(e.column));
        return;
      case 'comment': {
        const c = tables.get(tkey(e.schema, e.table))?.columns.get(fold(e.column));
        if (c) {
          c.comment = e.comment;
          c.touchedIn.add(e.at.file);
        }
        return;
      }
    }
  }

  const out: ColumnState[] = [];
  for (const t of tables.values()) out.push(...t.columns.values());
  return out.sort((a, b) => a.definedAt.file.localeCompare(b.definedAt.file, 'en', { numeric: true }) || a.definedAt.line - b.definedAt.line || a.definedAt.column - b.definedAt.column);
}
