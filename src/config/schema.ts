import { z } from 'zod';

const globList = z.array(z.string().min(1)).describe('a list of glob strings');

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
  })
  .strict();

export type PiiscanConfig = z.infer<typeof ConfigSchema>;
