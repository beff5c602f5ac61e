import { createRequire } from 'node:module';
import type { Parser as SqlParser } from 'node-sql-parser';
import type { ColumnDefinition, DdlEvent, ParsedMigration, SourceSpan } from './model.js';
import { splitMysqlStatements, splitTopLevelCommas } from './mysql-split.js';
import { SourceText } from './positions.js';

/**
 * MySQL / MariaDB migrations through node-sql-parser (a PEG grammar per dialect). Each statement is
 * parsed on its own. Where the grammar has gaps, the gate stays closed: a CREATE/ALTER TABLE that does
 * not parse is an error at its line, except for ALTER clauses that cannot add, rename, retype or comment
 * a column (ALTER COLUMN … SET DEFAULT, ADD INDEX, ALGORITHM=…), which are retried clause by clause and
 * skipped when they are of that kind. Statements that never define columns (INSERT, CREATE TRIGGER …)
 * are skipped when the grammar rejects them.
 */

const require = createRequire(import.meta.url);
type ParserCtor = new () => SqlParser;
const parsers = new Map<string, SqlParser>();

function parserFor(dialect: 'mysql' | 'mariadb'): SqlParser {
  let p = parsers.get(dialect);
  if (!p) {
    // The per-dialect build loads in ≈50 ms; the all-dialect entry point takes ≈200 ms.
    const mod = require(`node-sql-parser/build/${dialect}.js`) as { Parser: ParserCtor };
    p = new mod.Parser();
    parsers.set(dialect, p);
  }
  return p;
}

interface Loc {
  start: { offset: number };
  end: { offset: number };
}
interface ColumnRef {
  column: string | { expr?: { value?: string } };
  loc?: Loc;
}
interface Definition {
  dataType?: string;
  length?: number | null;
  scale?: number | null;
  suffix?: string[] | null | { keyword?: string };
}
interface ColumnSpec {
  action?: string;
  resource?: string;
  column?: ColumnRef;
  old_column?: ColumnRef;
  definition?: Definition;
  comment?: { value?: { value?: unknown } };
  table?: string;
}
interface TableName {
  db: string | null;
  table: string;
}
interface Ast {
  type?: string;
  keyword?: string;
  if_not_exists?: string | null;
  table?: TableName[] | TableName[][];
  name?: TableName[];
  create_definitions?: ColumnSpec[];
  expr?: ColumnSpec[];
}

function colName(c: ColumnRef | undefined): string | undefined {
  if (!c) return undefined;
  const raw = typeof c.column === 'string' ? c.column : c.column?.expr?.value;
  return raw?.replace(/``/g, '`');
}

export function mysqlTypeText(d: Definition | undefined): string {
  if (!d?.dataType) return '';
  let t = d.dataType.toLowerCase();
  if (d.length !== undefined && d.length !== null) t += `(${d.length}${d.scale !== undefined && d.scale !== null ? `,${d.scale}` : ''})`;
  if (Array.isArray(d.suffix) && d.suffix.length) t += ' ' + d.suffix.join(' ').toLowerCase();
  return t;
}

function commentOf(s: ColumnSpec): string | null {
  const v = s.comment?.value?.value;
  return typeof v === 'string' ? v : null;
}

/** First words of statements that never create, rename, retype or comment a column. */
const NEVER_DEFINES_COLUMNS =
  /^(insert|update|delete|replace|select|with|set|grant|revoke|use|lock|unlock|start|begin|commit|rollback|savepoint|release|call|do|analyze|optimize|repair|check|checksum|flush|truncate|load|show|explain|describe|desc|handler|prepare|execute|deallocate|install|uninstall|(create|drop)\s+(or\s+replace\s+)?(unique\s+|fulltext\s+|spatial\s+)?(index|trigger|procedure|function|event|view|user|role|database|schema|server|logfile|tablespace|sequence)|create\s+(definer|algorithm|sql\s+security)|alter\s+(database|schema|view|event|user|procedure|function|server|tablespace|logfile|sequence))\b/i;

/** ALTER TABLE clauses that leave column names, types and comments as they are. */
const INERT_ALTER_CLAUSE =
  /^(alter\s+(column\s+)?\S+\s+(set|drop)\b|add\s+(index|key|unique|fulltext|spatial|primary|constraint|foreign|check|partition)\b|drop\s+(index|key|primary|foreign|constraint|check|partition)\b|algorithm\b|lock\b|engine\b|auto_increment\b|(default\s+)?(charset|character\s+set|collate)\b|comment\s*=|row_format\b|rename\s+(index|key)\b|order\s+by\b|force\b|convert\s+to\b|(disable|enable)\s+keys\b|key_block_size\b|stats_|pack_keys\b|checksum\b)/i;

const ALTER_PREFIX = /^alter\s+(online\s+|ignore\s+)*table\s+(`(?:[^`]|``)+`|[\w$]+)(\s*\.\s*(`(?:[^`]|``)+`|[\w$]+))?\s+/i;

export async function parseMysqlMigration(text: string, file: string, dialect: 'mysql' | 'mariadb' = 'mysql'): Promise<ParsedMigration> {
  const t0 = performance.now();
  const parser = parserFor(dialect);
  const database = dialect === 'mariadb' ? 'MariaDB' : 'MySQL';
  const src = new SourceText(text);
  const events: DdlEvent[] = [];
  const span = (from: number, to: number): SourceSpan => {
    const a = src.position(from);
    const b = src.position(Math.max(to, from + 1));
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const fail = (index: number, message: string): ParsedMigration => {
    const p = src.position(index);
    return { file, events: [], error: { file, line: p.line, column: p.column, message }, parseMs: performance.now() - t0 };
  };
  /** Parse `sql`; `toFile` maps an offset in `sql` to the file index. */
  const astify = (sql: string): Ast[] => {
    const r = parser.astify(sql, { database, parseOptions: { includeLocations: true }, trimQuery: false } as Parameters<SqlParser['astify']>[1]);
    return (Array.isArray(r) ? r : [r]) as unknown as Ast[];
  };
  const errorOffset = (err: unknown): number => (err as { location?: { start?: { offset?: number } } }).location?.start?.offset ?? 0;
  const errorText = (err: unknown): string => {
    const m = err instanceof Error ? err.message : String(err);
    const found = /but (.+) found\.$/.exec(m);
    return found ? `syntax error: unexpected ${found[1]}` : m.split('\n')[0];
  };

  for (const st of splitMysqlStatements(text)) {
    let asts: Ast[];
    let toFile = (o: number) => st.start + o;
    try {
      asts = astify(st.text);
    } catch (err) {
      if (NEVER_DEFINES_COLUMNS.test(st.text)) continue;
      const prefix = ALTER_PREFIX.exec(st.text);
      if (!prefix) return fail(st.start + errorOffset(err), errorText(err));
      // Retry the ALTER clause by clause: skip inert ones the grammar lacks, keep the rest.
      const body = st.text.slice(prefix[0].length);
      asts = [];
      for (const [a, b] of splitTopLevelCommas(body)) {
        const lead = body.slice(a, b).length - body.slice(a, b).trimStart().length;
        const clause = body.slice(a, b).trim();
        if (!clause) continue;
        const clauseStart = prefix[0].length + a + lead;
        try {
          const one = astify(prefix[0] + clause);
          const map = (o: number) => st.start + (o < prefix[0].length ? o : clauseStart + (o - prefix[0].length));
          for (const x of one) collect(x, map);
        } catch (err2) {
          if (INERT_ALTER_CLAUSE.test(clause)) continue;
          const o = errorOffset(err2);
          return fail(st.start + (o < prefix[0].length ? o : clauseStart + (o - prefix[0].length)), errorText(err2));
        }
      }
      toFile = () => st.start;
    }
    for (const ast of asts) collect(ast, toFile);
  }
  return { file, events, parseMs: performance.now() - t0 };

  function collect(ast: Ast, toFile: (o: number) => number): void {
    const stmtSpan = span(toFile(0), toFile(0) + 1);
    const at = (c: ColumnRef | undefined): SourceSpan => (c?.loc ? span(toFile(c.loc.start.offset), toFile(c.loc.end.offset)) : stmtSpan);
    const ref = (t: TableName) => ({ schema: t.db ?? null, table: t.table });
    if (ast.type === 'create' && ast.keyword === 'table') {
      const t = (ast.table as TableName[] | undefined)?.[0];
      if (!t) return;
      const columns: ColumnDefinition[] = [];
      for (const d of ast.create_definitions ?? []) {
        const name = colName(d.column);
        if (d.resource === 'column' && name) columns.push({ column: name, type: mysqlTypeText(d.definition), comment: commentOf(d), at: at(d.column) });
      }
      events.push({ kind: 'create-table', ...ref(t), ifNotExists: Boolean(ast.if_not_exists), columns, at: stmtSpan });
    } else if (ast.type === 'alter') {
      const t = (ast.table as TableName[] | undefined)?.[0];
      if (!t) return;
      for (const e of ast.expr ?? []) {
        const name = colName(e.column);
        const old = colName(e.old_column);
        if (e.resource === 'column' && e.action === 'add' && name) {
          events.push({ kind: 'add-column', ...ref(t), column: name, type: mysqlTypeText(e.definition), comment: commentOf(e), at: at(e.column) });
        } else if (e.resource === 'column' && e.action === 'modify' && name) {
          events.push({ kind: 'redefine-column', ...ref(t), column: name, newName: name, type: mysqlTypeText(e.definition), comment: commentOf(e), at: at(e.column) });
        } else if (e.resource === 'column' && e.action === 'change' && name && old) {
          events.push({ kind: 'redefine-column', ...ref(t), column: old, newName: name, type: mysqlTypeText(e.definition), comment: commentOf(e), at: at(e.column) });
        } else if (e.resource === 'column' && e.action === 'rename' && name && old) {
          events.push({ kind: 'rename-column', ...ref(t), column: old, newName: name, at: at(e.column) });
        } else if (e.resource === 'column' && e.action === 'drop' && name) {
          events.push({ kind: 'drop-column', ...ref(t), column: name, at: at(e.column) });
        } else if (e.resource === 'table' && e.action === 'rename' && typeof e.table === 'string') {
          events.push({ kind: 'rename-table', ...ref(t), newName: e.table, at: stmtSpan });
        }
      }
    } else if (ast.type === 'drop' && ast.keyword === 'table') {
      for (const t of ast.name ?? []) events.push({ kind: 'drop-table', ...ref(t), at: stmtSpan });
    } else if (ast.type === 'rename') {
      for (const pair of (ast.table ?? []) as TableName[][]) {
        if (pair.length === 2) events.push({ kind: 'rename-table', ...ref(pair[0]), newName: pair[1].table, at: stmtSpan });
      }
    }
  }
}
