import type { AssessConfig } from '../types.js';
import type { PiiscanConfig } from './schema.js';

// Apart from schema.ts (zod) so that a scan without a config file never loads the schema.

/** The assessment part of the config, as `scan()` takes it (`ScanOptions.assessment`). */
export function assessConfigOf(config: PiiscanConfig): AssessConfig {
  const { risk, largeScale, retention, purposes } = config;
  return { ...(risk ? { risk } : {}), ...(largeScale !== undefined ? { largeScale } : {}), ...(retention ? { retention } : {}), ...(purposes ? { purposes } : {}) };
}
