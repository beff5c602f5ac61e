/** The library API: `scan` for files/dirs/globs, `scanText` for strings, and the detector building blocks. */
export { scan, type ScanOptions, type ScanProgress } from './scan.js';
export { scanText, scanTextSync, DEFAULT_MIN_CONFIDENCE, type ScanTextOptions, type ScanTextResult } from './engine/scan-text.js';
export { BUILTIN_DETECTORS, selectDetectors } from './engine/registry.js';
export { defineDetector } from './types.js';
export type * from './types.js';
export { ConfigError, UsageError, PiiscanError } from './errors.js';
export { REPORTERS, reporterFor } from '../reports/index.js';
export { assess, resolveAssessConfig } from './assess/index.js';
