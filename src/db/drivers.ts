import { UsageError } from '../errors.js';
import type { DbDialect, DbDriver } from './types.js';

/**
 * The dialect → driver map. Each driver is loaded on first use, so a scan of files never loads pg,
 * mysql2 or better-sqlite3 (and a missing native build only fails the scans that need it).
 */
const DRIVERS: Partial<Record<DbDialect, () => Promise<DbDriver>>> = {
  postgres: async () => (await import('./postgres/session.js')).postgresDriver,
  mysql: async () => (await import('./mysql/driver.js')).mysqlDriver,
  sqlite: async () => (await import('./sqlite/driver.js')).sqliteDriver,
};

export async function driverFor(dialect: DbDialect): Promise<DbDriver> {
  const load = DRIVERS[dialect];
  if (!load) throw new UsageError(`no ${dialect} driver in this build of piiscan`);
  return load();
}
