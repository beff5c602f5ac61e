import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { DatabaseScanOptions } from './scan-targets.js';

/**
 * Database settings from the command line, the environment and piiscan.yaml's `database:` (precedence:
 * command line > environment > config > defaults).
 */

/** piiscan.yaml `database:`. */
export const DatabaseConfigSchema = z
  .object({
    /** Rows sampled per table (default 10,000). */
    sampleRows: z.number().int().min(1).optional(),
    /** Tables scanned at once, one connection each (default 2). */
    concurrency: z.number().int().min(1).max(64).optional(),
    includeViews: z.boolean().optional(),
    /** Name of the environment variable holding the database password (never the password itself). */
    passwordEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name').optional(),
    statementTimeoutMs: z.number().int().min(0).optional(),
    lockTimeoutMs: z.number().int().min(0).optional(),
  })
  .strict();

export type DatabaseConfig = z.infer<typeof DatabaseConfigSchema>;

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
