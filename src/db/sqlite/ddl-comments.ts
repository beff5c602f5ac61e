/**
 * SQLite keeps no comments in its catalog, but it keeps each CREATE TABLE statement verbatim in
 * sqlite_schema.sql — and people document columns there with `--` line comments:
 *
 *   CREATE TABLE payments ( -- one row per charge
 *     card_last4 TEXT,  -- masked card number shown to agents
 *
 * A comment on the line of a column definition is that column's comment; one on the CREATE TABLE line is
 * the table's. Column names are matched against the catalog, so a comment on a constraint line is ignored.
 */

const IDENT = /^\s*("(?:[^"]|"")+"|`(?:[^`]|``)+`|\[[^\]]+\]|[^\s,()]+)/;

function unquote(t: string): string {
  if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  if (t.startsWith('`')) return t.slice(1, -1).replace(/``/g, '`');
  if (t.startsWith('[')) return t.slice(1, -1);
  return t;
}

/** The `--` comment of a line, if it is outside a quoted string or identifier. */
function lineComment(line: string): string | null {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '[') quote = ']';
    else if (c === '-' && line[i + 1] === '-') {
      const text = line.slice(i + 2).trim();
      return text || null;
    }
  }
  return null;
}

export function ddlComments(sql: string | null, columns: readonly string[]): { table: string | null; columns: Map<string, string> } {
  const out = new Map<string, string>();
  let table: string | null = null;
  if (!sql) return { table, columns: out };
  const names = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const lines = sql.split(/\r?\n/);
  lines.forEach((line, i) => {
    const comment = lineComment(line);
    if (!comment) return;
    if (i === 0 && /^\s*CREATE\b/i.test(line)) {
      table = comment;
      return;
    }
    const m = IDENT.exec(line);
    const name = m?.[1] ? names.get(unquote(m[1]).toLowerCase()) : undefined;
    if (name && !out.has(name)) out.set(name, comment);
  });
  return { table, columns: out };
}
