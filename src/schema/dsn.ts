import { UsageError } from '../errors.js';

/**
 * Database URLs for `schema snapshot` and `gate --schema`. The password is used to connect and never
 * shown: the display form drops it (and the query string, which may carry `password=` or key paths), and
 * driver messages are scrubbed of it before they reach stderr or a report.
 */

export type DbDialect = 'postgres' | 'mysql';

export interface Dsn {
  dialect: DbDialect;
  /** The URL to connect with (holds the password). */
  url: string;
  /** Safe to print: no password, no query string. */
  display: string;
  /** The database named in the URL, if any. */
  database: string | null;
  password: string;
}

export function parseDsn(raw: string): Dsn {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new UsageError(`not a database URL: ${redactLoose(raw)} (expected postgres://user@host:5432/db or mysql://user@host:3306/db)`);
  }
  const proto = u.protocol.replace(/:$/, '');
  const dialect: DbDialect | null = proto === 'postgres' || proto === 'postgresql' ? 'postgres' : proto === 'mysql' || proto === 'mariadb' ? 'mysql' : null;
  if (!dialect) throw new UsageError(`unsupported database URL scheme "${proto}:" (postgres:, postgresql:, mysql:, mariadb:)`);
  const password = decodeURIComponent(u.password);
  const shown = new URL(u.toString());
  shown.password = '';
  shown.search = '';
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || null;
  // mysql2 reads mysql:// only.
  const url = proto === 'mariadb' ? raw.replace(/^mariadb:/i, 'mysql:') : raw;
  return { dialect, url, display: shown.toString(), database, password };
}

/** Best effort for strings that are not even URLs: cut anything between `:` and `@`. */
export function redactLoose(s: string): string {
  return s.replace(/(\/\/[^/:@\s]*):[^@\s/]*@/g, '$1@');
}

/** Remove the password (raw and URL-encoded) from a driver message. */
export function scrub(message: string, dsn: Pick<Dsn, 'password'>): string {
  let m = redactLoose(message);
  if (dsn.password) {
    for (const p of new Set([dsn.password, encodeURIComponent(dsn.password)])) m = m.split(p).join('***');
  }
  return m;
}
