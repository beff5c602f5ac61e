import type { ColumnDefinition, DdlEvent, ParsedMigration, SourceSpan } from './model.js';
import { SourceText } from './positions.js';

/**
 * PostgreSQL migrations through libpg-query: PostgreSQL's own parser compiled to WASM, so anything the
 * server accepts parses here (GENERATED … AS IDENTITY, DO $$ … $$, COPY …) and anything it rejects is an
 * error with a position — never a silently skipped statement. Node locations are UTF-8 byte offsets.
 */

/** Unqualified names resolve through the search_path; `public` is its default. */
export const PG_DEFAULT_SCHEMA = 'public';

// Minimal shapes of the parse tree we read (libpg-query returns plain JSON).
type N = Record<string, unknown>;
interface RangeVar {
  schemaname?: string;
  relname: string;
  location?: number;
}
interface TypeName {
  names?: N[];
  typmods?: N[];
  arrayBounds?: unknown[];
}
interface ColumnDef {
  colname?: string;
  typeName?: TypeName;
  location?: number;
}
interface RawStmt {
  stmt: N;
  stmt_location?: number;
  stmt_len?: number;
}

const sval = (n: N | undefined): string | undefined => (n?.String as { sval?: string } | undefined)?.sval;

/** Internal names → the names people write. */
const TYPE_NAMES: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
  timestamptz: 'timestamp with time zone',
  timetz: 'time with time zone',
};

function constText(n: N): string | undefined {
  const c = n.A_Const as { ival?: { ival?: number }; fval?: { fval?: string }; sval?: { sval?: string } } | undefined;
  if (!c) return undefined;
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval;
  if (c.sval) return c.sval.sval;
  return undefined;
}

export function pgTypeText(t: TypeName | undefined): string {
  if (!t) return '';
  const names = (t.names ?? []).map(sval).filter((s): s is string => s !== undefined && s !== 'pg_catalog');
  let base = names.join('.');
  base = TYPE_NAMES[base] ?? base;
  const mods = (t.typmods ?? []).map(constText).filter((s): s is string => s !== undefined);
  return base + (mods.length ? `(${mods.join(',')})` : '') + (t.arrayBounds?.length ? '[]' : '');
}

type PgQuery = typeof import('libpg-query');
let loaded: Promise<PgQuery> | null = null;

/** The parser loads on first use (its WASM module once, ≈10 ms), not with every command. */
export function loadPgParser(): Promise<PgQuery> {
  loaded ??= import('libpg-query').then(async (m) => {
    await m.loadModule();
    return m;
  });
  return loaded;
}

function errorCursor(err: unknown): number | undefined {
  const d = (err as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
  return typeof d?.cursorPosition === 'number' ? d.cursorPosition : undefined;
}

export async function parsePostgresMigration(text: string, file: string): Promise<ParsedMigration> {
  const { parseSync } = await loadPgParser();
  const t0 = performance.now();
  const src = new SourceText(text);
  let stmts: RawStmt[];
  try {
    stmts = ((parseSync(text) as unknown as { stmts?: RawStmt[] }).stmts ?? []) as RawStmt[];
  } catch (err) {
    // The cursor counts characters (code points) from 0, unlike node locations (bytes).
    const cursor = errorCursor(err);
    const pos = src.position(cursor === undefined ? 0 : src.indexOfCodePoint(cursor));
    const message = err instanceof Error ? err.message : String(err);
    return { file, events: [], error: { file, line: pos.line, column: pos.column, message }, parseMs: performance.now() - t0 };
  }
  const events: DdlEvent[] = [];
  const span = (from: number, to: number): SourceSpan => {
    const a = src.position(from);
    const b = src.position(Math.max(to, from + 1));
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  /** A name written at a byte offset: its identifier extent. */
  const atName = (byteLoc: number | undefined, fallback: number): SourceSpan => {
    if (byteLoc === undefined || byteLoc < 0) return span(fallback, fallback + 1);
    const i = src.indexOfByte(byteLoc);
    return span(i, src.identifierEnd(i));
  };

  for (const raw of stmts) {
    const stmtStart = src.skipTrivia(src.indexOfByte(raw.stmt_location ?? 0));
    const stmtEnd = raw.stmt_len ? src.indexOfByte((raw.stmt_location ?? 0) + raw.stmt_len) : text.length;
    const stmtSpan = span(stmtStart, src.identifierEnd(stmtStart));
    const [kind, body] = Object.entries(raw.stmt)[0] ?? [];
    const node = body as N | undefined;
    if (!node) continue;
    const ref = (r: RangeVar) => ({ schema: r.schemaname ?? PG_DEFAULT_SCHEMA, table: r.relname });

    if (kind === 'CreateStmt') {
      const rel = node.relation as RangeVar;
      const columns: ColumnDefinition[] = [];
      for (const el of (node.tableElts ?? []) as N[]) {
        const cd = el.ColumnDef as ColumnDef | undefined;
        if (cd?.colname) columns.push({ column: cd.colname, type: pgTypeText(cd.typeName), at: atName(cd.location, stmtStart) });
      }
      events.push({ kind: 'create-table', ...ref(rel), ifNotExists: node.if_not_exists === true, columns, at: atName(rel.location, stmtStart) });
    } else if (kind === 'AlterTableStmt') {
      if (node.objtype !== undefined && node.objtype !== 'OBJECT_TABLE' && node.objtype !== 'OBJECT_FOREIGN_TABLE') continue;
      const rel = node.relation as RangeVar;
      for (const c of (node.cmds ?? []) as N[]) {
        const cmd = c.AlterTableCmd as { subtype?: string; name?: string; def?: N } | undefined;
        if (!cmd) continue;
        const cd = cmd.def?.ColumnDef as ColumnDef | undefined;
        if (cmd.subtype === 'AT_AddColumn' && cd?.colname) {
          events.push({ kind: 'add-column', ...ref(rel), column: cd.colname, type: pgTypeText(cd.typeName), at: atName(cd.location, stmtStart) });
        } else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
          events.push({ kind: 'alter-type', ...ref(rel), column: cmd.name, type: pgTypeText(cd?.typeName), at: atName(cd?.location, stmtStart) });
        } else if (cmd.subtype === 'AT_DropColumn' && cmd.name) {
          events.push({ kind: 'drop-column', ...ref(rel), column: cmd.name, at: stmtSpan });
        }
      }
    } else if (kind === 'RenameStmt') {
      const rel = node.relation as RangeVar | undefined;
      const newName = node.newname as string | undefined;
      if (!rel || !newName) continue;
      const at = findName(src, stmtStart, stmtEnd, newName);
      const where = at >= 0 ? span(at, src.identifierEnd(at)) : stmtSpan;
      if (node.renameType === 'OBJECT_COLUMN' && typeof node.subname === 'string') {
        events.push({ kind: 'rename-column', ...ref(rel), column: node.subname, newName, at: where });
      } else if (node.renameType === 'OBJECT_TABLE') {
        events.push({ kind: 'rename-table', ...ref(rel), newName, at: where });
      }
    } else if (kind === 'CommentStmt' && node.objtype === 'OBJECT_COLUMN') {
      const items = (((node.object as N | undefined)?.List as { items?: N[] } | undefined)?.items ?? []).map(sval);
      if (items.length < 2 || items.some((s) => s === undefined)) continue;
      const names = items as string[];
      const column = names[names.length - 1];
      const table = names[names.length - 2];
      // db.schema.table.column is allowed; only schema and table matter here.
      const schema = names.length >= 3 ? names[names.length - 3] : PG_DEFAULT_SCHEMA;
      events.push({ kind: 'comment', schema, table, column, comment: typeof node.comment === 'string' ? node.comment : null, at: stmtSpan });
    } else if (kind === 'DropStmt' && node.removeType === 'OBJECT_TABLE') {
      for (const o of (node.objects ?? []) as N[]) {
        const names = (((o.List as { items?: N[] } | undefined)?.items ?? []).map(sval).filter(Boolean)) as string[];
        if (names.length === 0) continue;
        events.push({ kind: 'drop-table', schema: names.length >= 2 ? names[names.length - 2] : PG_DEFAULT_SCHEMA, table: names[names.length - 1], at: stmtSpan });
      }
    }
  }
  return { file, events, parseMs: performance.now() - t0 };
}

/** Last place in [from, to) where `name` is written, quoted ("Name") or not (case-insensitive); -1 if none. */
export function findName(src: SourceText, from: number, to: number, name: string): number {
  const t = src.text.slice(from, to);
  const quoted = t.lastIndexOf(`"${name.replace(/"/g, '""')}"`);
  if (quoted >= 0) return from + quoted;
  const lower = t.toLowerCase();
  const n = name.toLowerCase();
  let at = lower.lastIndexOf(n);
  while (at >= 0) {
    const before = at > 0 ? lower[at - 1] : ' ';
    const after = lower[at + n.length] ?? ' ';
    if (!/[\p{L}\p{N}_$]/u.test(before) && !/[\p{L}\p{N}_$]/u.test(after)) return from + at;
    at = at > 0 ? lower.lastIndexOf(n, at - 1) : -1;
  }
  return -1;
}
