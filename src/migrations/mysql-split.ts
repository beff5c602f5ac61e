/**
 * Splits a MySQL/MariaDB script into statements the way the mysql client does: `;` ends a statement
 * outside quotes and comments, and a `DELIMITER xx` line changes the terminator (for triggers and
 * procedures). Statements are then parsed one by one, so a parser gap in one statement is reported at
 * that statement's line instead of sinking the file, and statements that cannot change a column (INSERT,
 * CREATE TRIGGER …) can be recognised by their first words.
 */

export interface SqlStatement {
  /** The statement without its terminator, trimmed. */
  text: string;
  /** UTF-16 index of `text` in the file. */
  start: number;
}

export function splitMysqlStatements(sql: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let delimiter = ';';
  let stmtStart = 0;
  let i = 0;
  const n = sql.length;
  const atLineStart = (k: number) => {
    let j = k - 1;
    while (j >= 0 && (sql[j] === ' ' || sql[j] === '\t')) j--;
    return j < 0 || sql[j] === '\n';
  };
  const push = (from: number, to: number) => {
    const raw = sql.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: from + lead });
  };
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < n) {
        if (sql[i] === '\\' && c !== '`') i += 2;
        else if (sql[i] === c) {
          if (sql[i + 1] === c) i += 2; // doubled quote
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    if (c === '#' || (c === '-' && sql[i + 1] === '-' && (i + 2 >= n || /\s/.test(sql[i + 2])))) {
      while (i < n && sql[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if ((c === 'D' || c === 'd') && atLineStart(i) && /^delimiter[ \t]+\S+/i.test(sql.slice(i, i + 40))) {
      push(stmtStart, i);
      const eol = sql.indexOf('\n', i);
      const line = sql.slice(i, eol < 0 ? n : eol);
      delimiter = line.trim().split(/[ \t]+/)[1];
      i = eol < 0 ? n : eol + 1;
      stmtStart = i;
      continue;
    }
    if (sql.startsWith(delimiter, i)) {
      push(stmtStart, i);
      i += delimiter.length;
      stmtStart = i;
      continue;
    }
    i++;
  }
  push(stmtStart, n);
  return out;
}

/** Top-level comma positions of `s` (outside parentheses, quotes and comments), as clause ranges. */
export function splitTopLevelCommas(s: string): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < s.length && s[i] !== c) i += s[i] === '\\' && c !== '`' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  parts.push([from, s.length]);
  return parts;
}
