import { z } from 'zod';

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
