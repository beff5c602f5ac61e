import type { FormatLimits } from './types.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Defaults sized for one worker thread inside a scan that must stay under 1 GiB RSS.
 * XLSX parts are inflated by exceljs (shared strings are held in memory), hence the tight
 * 1 GiB / 200:1 limit; gzip is streamed and only costs time, so it gets a looser one.
 * Real spreadsheets compress 5–20:1 and text 3–15:1; zeros and repeated XML reach 1000:1.
 */
export const DEFAULT_LIMITS: FormatLimits = {
  zipMaxUncompressed: 1 * GiB,
  zipMaxRatio: 200,
  zipRatioMinBytes: 16 * MiB,
  // ~200k rows of distinct strings take 50 MiB of XML and ~150 MiB of heap once cached.
  xlsxMaxSharedStrings: 256 * MiB,
  gzipMaxUncompressed: 16 * GiB,
  gzipMaxRatio: 1000,
  gzipRatioMinBytes: 64 * MiB,
  csvMaxRecordBytes: 16 * MiB,
  jsonMaxTokenBytes: 64 * MiB,
  jsonMaxColumns: 10_000,
  maxIssuesPerCode: 20,
};

export function resolveLimits(overrides?: Partial<FormatLimits>): FormatLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
