import { z } from 'zod';
import { CATEGORIES, RISK_FACTORS } from '../types.js';
import { DatabaseConfigSchema } from '../db/options-schema.js';
import { CustomDetectorSchema } from './custom-detectors.js';
import { AllowlistEntrySchema, GateSchema } from './gate-schema.js';

const globList = z.array(z.string().min(1)).describe('a list of glob strings');

const factorWeights = z.object(Object.fromEntries(RISK_FACTORS.map((f) => [f, z.number().min(0).max(100).optional()]))).strict();

/** Risk model: relative factor weights (normalised to 1) and the lowest score of each level. */
const RiskSchema = z
  .object({
    weights: factorWeights.optional(),
    levels: z
      .object({ medium: z.number().min(1).max(100).optional(), high: z.number().min(1).max(100).optional(), critical: z.number().min(1).max(100).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const w = r.weights ?? {};
    if (r.weights && Object.keys(w).length === RISK_FACTORS.length && Object.values(w).every((x) => x === 0)) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'at least one weight must be above 0' });
    }
    const l = { medium: 25, high: 50, critical: 75, ...(r.levels ?? {}) };
    if (!(l.medium < l.high && l.high < l.critical)) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: `expected medium < high < critical, got ${l.medium} / ${l.high} / ${l.critical}` });
    }
  });

/** Retention keys: `default`, a category, or a detector id or glob. */
const retentionKey = z
  .string()
  .regex(/^(default|[a-z*][a-z0-9_*]*(\.[a-z0-9_*]+)*)$/, 'expected `default`, a category or a detector id/glob')
  .describe(`default | ${CATEGORIES.join(' | ')} | detector id or glob`);

const PurposeSchema = z
  .object({
    paths: globList.min(1),
    allowed: z.array(z.string().min(1)),
    purpose: z.string().min(1),
  })
  .strict();

/** piiscan.yaml, validated strictly: an unknown key is an error (a typo must not be silently ignored). */
export const ConfigSchema = z
  .object({
    /** Targets scanned when none are given on the command line. */
    targets: z.array(z.string().min(1)).optional(),
    /** Detector id globs; a leading `!` excludes: ['*', '!us.*']. */
    detectors: globList.optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    /** Path globs (relative report paths) limiting what is scanned, and excluded on top of the defaults. */
    include: globList.optional(),
    exclude: globList.optional(),
    gitignore: z.boolean().optional(),
    /** Bytes, or a size string such as `50MB`; 0 = no limit. */
    maxFileSize: z.union([z.number().int().min(0), z.string().regex(/^\d+(\.\d+)?\s*(b|kb|kib|mb|mib|gb|gib)?$/i)]).optional(),
    maxFindingsPerAsset: z.number().int().min(1).optional(),
    /** Worker threads for file units (0 = none; default: the cores) and each unit's time limit in seconds (0 = none). */
    workers: z.number().int().min(0).optional(),
    unitTimeout: z.number().min(0).optional(),
    /** Risk weights and level thresholds (src/assess). */
    risk: RiskSchema.optional(),
    /** Distinct subjects from which processing counts as large scale (DPIA trigger, volume factor). */
    largeScale: z.number().int().min(2).optional(),
    /** Retention policy in days per category, detector id/glob, or `default`. */
    retention: z.record(retentionKey, z.number().int().min(0)).optional(),
    /** Declared purposes: assets matching `paths` may hold only `allowed` categories or detector globs. */
    purposes: z.array(PurposeSchema).optional(),
    /** User detectors (data only), compiled and tested through their examples at load. */
    custom: z.array(CustomDetectorSchema).optional(),
    /** ESM modules (relative to this file) whose default export is a Detector or Detector[]. */
    detectorModules: z.array(z.string().min(1)).optional(),
    /** Accepted findings: paths, detectors, values, RE2 regexes, fingerprints (src/policy/allowlist.ts). */
    allowlists: z.array(AllowlistEntrySchema).optional(),
    /** CI gate policy (src/gate). */
    gate: GateSchema.optional(),
    /** Database targets: sample size, connections, views, the password's environment variable (src/db/options.ts). */
    database: DatabaseConfigSchema.optional(),
  })
  .strict();

export type PiiscanConfig = z.infer<typeof ConfigSchema>;

export { assessConfigOf } from './assess-config.js';
