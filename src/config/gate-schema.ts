import RE2 from 're2';
import { z } from 'zod';
import { SENSITIVITIES } from '../types.js';

/**
 * The config keys of the CI gate (issue 5): `allowlists`, `gate`, `detectorModules`. Kept apart from
 * schema.ts so the gate's keys live next to each other; schema.ts only plugs them in.
 */

const globList = z.array(z.string().min(1)).describe('a list of glob strings');

/** An RE2 pattern, checked at load: a pattern that does not compile is a config error naming its key. */
const re2Pattern = z.string().min(1).superRefine((src, ctx) => {
  try {
    new RE2(src, 'u');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid RE2 pattern (${err instanceof Error ? err.message : String(err)})` });
  }
});

export const AllowlistEntrySchema = z
  .object({
    description: z.string().optional(),
    /** Globs on the reported path (`fixtures/**`). */
    paths: globList.optional(),
    /** Detector id globs (`us.*`). */
    detectors: globList.optional(),
    /** Exact values, raw or normalised. */
    values: z.array(z.string().min(1)).optional(),
    /** RE2 patterns tested against the raw value. */
    regexes: z.array(re2Pattern).optional(),
    /** Keyed fingerprints from a report. */
    fingerprints: z.array(z.string().regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hex digits (a fingerprint from a report)')).optional(),
  })
  .strict()
  .refine((e) => Boolean(e.paths?.length || e.detectors?.length || e.values?.length || e.regexes?.length || e.fingerprints?.length), {
    // An entry without any condition would accept every finding: almost certainly a mistake.
    message: 'an allowlist entry needs at least one of paths, detectors, values, regexes, fingerprints',
  });

const ThresholdSchema = z
  .object({
    /** Findings at or above this sensitivity fail (default confidential). */
    sensitivity: z.enum(SENSITIVITIES).optional(),
    /** …with at least this confidence (default 0.5). */
    minConfidence: z.number().min(0).max(1).optional(),
    /** Only these detector id globs fail (default all). */
    detectors: globList.optional(),
  })
  .strict();

const OverrideSchema = z
  .object({
    /** Globs on the asset key: a file path, a migration file, or `schema.table`. */
    paths: globList.min(1),
    failOn: ThresholdSchema.optional(),
    ignore: z.literal(true).optional(),
  })
  .strict()
  .refine((o) => (o.failOn === undefined) !== (o.ignore === undefined), { message: 'give exactly one of `failOn` or `ignore: true`' });

export const ANNOTATION_FIELDS = ['purpose', 'retention'] as const;

export const GateSchema = z
  .object({
    failOn: ThresholdSchema.optional(),
    /** First matching override wins. */
    overrides: z.array(OverrideSchema).optional(),
    /** Scan errors and unparseable migrations do not fail the gate (they still show). */
    allowErrors: z.boolean().optional(),
    /** Baseline file (default .piiscan/baseline.json), relative to the working directory. */
    baseline: z.string().min(1).optional(),
    /** Migration globs judged by the schema gate when `--migrations` is not given. */
    migrations: z.union([z.string().min(1), globList.min(1)]).optional(),
    dialect: z.enum(['postgres', 'mysql', 'mariadb']).optional(),
    /** YAML side file of column annotations (`table.column: "pii: …; purpose: …; retention: …"`). */
    annotations: z.string().min(1).optional(),
    /** Fields an annotation of a personal-data column must state besides `pii` (default purpose, retention). */
    requireAnnotation: z.array(z.enum(ANNOTATION_FIELDS)).optional(),
  })
  .strict();

export type AllowlistEntryConfig = z.infer<typeof AllowlistEntrySchema>;
export type GateConfig = z.infer<typeof GateSchema>;
export type ThresholdConfig = z.infer<typeof ThresholdSchema>;
