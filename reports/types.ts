import type { Category, ScanReport, Sensitivity } from '../src/types.js';

/** What reporters know about detectors (the catalogue), so SARIF rules and legends need no registry access. */
export interface DetectorMeta {
  id: string;
  name: string;
  category: Category;
  sensitivity: Sensitivity;
  locales?: string[];
  description?: string;
  legal: string[];
}

export interface ReporterContext {
  catalog: readonly DetectorMeta[];
  tool: { name: string; version: string };
  cwd: string;
  /** Colour escapes allowed (text format on a TTY). */
  color?: boolean;
}

/** Reporters are pure: a finished report in, a string out. The CLI owns all I/O. */
export interface Reporter {
  id: string;
  title: string;
  extension: string;
  render(report: ScanReport, ctx: ReporterContext): string;
}

export function defineReporter(r: Reporter): Reporter {
  return r;
}
