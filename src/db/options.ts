import { UsageError } from '../errors.js';
import type { DatabaseConfig } from './options-schema.js';
import type { DatabaseScanOptions } from './scan-targets.js';

/**
 * Database settings from the command line, the environment and piiscan.yaml's `database:` (precedence:
 * command line > environment > config > defaults). The `database:` schema is in options-schema.ts, so that
 * every scan can call databaseOptionsOf without loading zod.
 */

export type { DatabaseConfig };

export interface DatabaseFlags {
  sampleRows?: number;
  dbConcurrency?: number;
  includeViews?: boolean;
}

function envCount(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name}: expected a whole number ≥ 1, got "${v}"`);
  return n;
}

export function databaseOptionsOf(flags: DatabaseFlags, config: DatabaseConfig | undefined, env: NodeJS.ProcessEnv): DatabaseScanOptions {
  const c = config ?? {};
  const sampleRows = flags.sampleRows ?? envCount(env, 'PIISCAN_SAMPLE_ROWS') ?? c.sampleRows;
  const concurrency = flags.dbConcurrency ?? envCount(env, 'PIISCAN_DB_CONCURRENCY') ?? c.concurrency;
  const includeViews = flags.includeViews ?? c.includeViews;
  const connect = {
    ...(c.statementTimeoutMs !== undefined ? { statementTimeoutMs: c.statementTimeoutMs } : {}),
    ...(c.lockTimeoutMs !== undefined ? { lockTimeoutMs: c.lockTimeoutMs } : {}),
  };
  return {
    env,
    ...(sampleRows !== undefined ? { sampleRows } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(includeViews !== undefined ? { includeViews } : {}),
    ...(c.passwordEnv ? { passwordEnv: c.passwordEnv } : {}),
    ...(Object.keys(connect).length ? { connect } : {}),
  };
}
