import { UsageError } from '../errors.js';
import { parseDsn, redactLoose, scrub } from '../schema/dsn.js';
import type { DbTargetSpec } from './types.js';

/**
 * Database targets of `piiscan scan`: `postgres://` / `postgresql://`, `mysql://` / `mariadb://`, and
 * `sqlite:PATH`. The password comes from the URL, else from the environment variable the config names
 * (`database.passwordEnv`), else from the client's own variable (PGPASSWORD, MYSQL_PWD); it is kept apart
 * from `display`, which is what reports and messages show.
 */

const SERVER_URL = /^(postgres|postgresql|mysql|mariadb):\/\//i;
const SQLITE = /^sqlite:/i;

export function isDatabaseTarget(s: string): boolean {
  return SERVER_URL.test(s) || SQLITE.test(s);
}

export interface TargetEnv {
  env?: NodeJS.ProcessEnv;
  /** Name of an environment variable holding the password (config `database.passwordEnv`). */
  passwordEnv?: string;
}

export function parseTarget(raw: string, opts: TargetEnv = {}): DbTargetSpec {
  if (SQLITE.test(raw)) {
    // `sqlite:path`, `sqlite://path` and `sqlite:///abs/path` all name a file.
    const path = raw.replace(SQLITE, '').replace(/^\/\/(?=\/)/, '').replace(/^\/\/(?!\/)/, '');
    if (!path) throw new UsageError('sqlite: target without a file path (expected sqlite:PATH)');
    return { dialect: 'sqlite', url: path, display: `sqlite:${path}`, password: '' };
  }
  const dsn = parseDsn(raw);
  const env = opts.env ?? process.env;
  const fromConfig = opts.passwordEnv ? env[opts.passwordEnv] : undefined;
  const fromClient = dsn.dialect === 'postgres' ? env.PGPASSWORD : env.MYSQL_PWD;
  const password = dsn.password || fromConfig || fromClient || '';
  return { dialect: dsn.dialect, url: dsn.url, display: dsn.display, password };
}

/** A message safe to print: the target's password (raw or URL-encoded) and any URL credentials removed. */
export function safeMessage(message: string, target: Pick<DbTargetSpec, 'password'>): string {
  return scrub(message, target);
}

/** How a target is named in `scan.targets` and errors: never with its password. */
export function displayTarget(raw: string): string {
  if (!isDatabaseTarget(raw)) return raw;
  try {
    return parseTarget(raw, { env: {} }).display;
  } catch {
    return redactLoose(raw);
  }
}
