import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { LEGAL } from '../../reports/regulations/catalogue.js';
import { compileEngine, DetectorCompileError } from '../engine/compile.js';
import { scanTextSync } from '../engine/scan-text.js';
import type { ConfigIssue } from '../errors.js';
import { CATEGORIES, SENSITIVITIES, type Detector, type DetectorExample } from '../types.js';

/**
 * Code detectors named in piiscan.yaml (`detectorModules:`): ESM modules whose default export is a
 * Detector or a Detector[]. They are checked like built-ins — shape, RE2 compilation, their own examples —
 * so a broken plugin stops the run with a message naming its key instead of silently finding nothing.
 */

const Example = z.union([z.string().min(1), z.object({ text: z.string().min(1), value: z.string().optional(), minConfidence: z.number().optional(), note: z.string().optional() })]);

/** The data part of a Detector; functions are checked separately (zod would strip or reject them). */
const DetectorShape = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, 'expected a dotted lower-case id such as acme.employee_id'),
  name: z.string().min(1),
  category: z.enum(CATEGORIES),
  sensitivity: z.enum(SENSITIVITIES),
  locales: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  description: z.string().optional(),
  patterns: z
    .array(z.object({ name: z.string().min(1), regex: z.string().min(1), score: z.number().gt(0).max(1), group: z.number().int().min(1).optional(), guard: z.enum(['number', 'spaced-number', 'code']).optional(), cellOnly: z.boolean().optional() }))
    .min(1),
  keywords: z.array(z.string().min(1)).optional(),
  columnHints: z.array(z.string().min(1)).optional(),
  columnHintExcludes: z.array(z.string().min(1)).optional(),
  deny: z.array(z.string()).optional(),
  legal: z.array(z.string()),
  examples: z.object({ match: z.array(Example), noMatch: z.array(Example) }),
});

const FUNCTIONS = ['normalize', 'validate', 'birthDate', 'mask'] as const;

function exampleText(e: DetectorExample): string {
  return typeof e === 'string' ? e : e.text;
}

/** Check one exported value; returns problems relative to `at` (e.g. `detectorModules[0]`). */
export function checkDetectorObject(value: unknown, at: string): ConfigIssue[] {
  const parsed = DetectorShape.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ path: at, message: `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}` }));
  }
  const d = value as Detector;
  const issues: ConfigIssue[] = [];
  for (const fn of FUNCTIONS) {
    const f = (value as Record<string, unknown>)[fn];
    if (f !== undefined && typeof f !== 'function') issues.push({ path: at, message: `${d.id}: \`${fn}\` must be a function` });
  }
  d.legal.forEach((l) => {
    if (!LEGAL[l]) issues.push({ path: at, message: `${d.id}: unknown legal reference "${l}" (see reports/regulations)` });
  });
  if (issues.length) return issues;
  try {
    compileEngine([d], { eager: true });
  } catch (err) {
    return [{ path: at, message: `${d.id}: ${err instanceof DetectorCompileError ? err.message : String(err)}` }];
  }
  d.examples.match.forEach((e, j) => {
    const found = scanTextSync(exampleText(e), { detectors: [d], fingerprintKey: 'config-check' }).findings;
    if (!found.some((f) => f.detector === d.id)) issues.push({ path: at, message: `${d.id}: examples.match[${j}] is not reported by the detector` });
  });
  d.examples.noMatch.forEach((e, j) => {
    const found = scanTextSync(exampleText(e), { detectors: [d], fingerprintKey: 'config-check' }).findings;
    if (found.some((f) => f.detector === d.id)) issues.push({ path: at, message: `${d.id}: examples.noMatch[${j}] is reported, but must not match` });
  });
  return issues;
}

/**
 * Import the modules (paths relative to the config file) and check what they export. Import failures,
 * a missing default export and shape problems are all issues naming `detectorModules[i]`.
 */
export async function loadDetectorModules(paths: readonly string[], configFile: string, key = 'detectorModules'): Promise<{ detectors: Detector[]; issues: ConfigIssue[] }> {
  const base = dirname(configFile);
  const detectors: Detector[] = [];
  const issues: ConfigIssue[] = [];
  for (const [i, p] of paths.entries()) {
    const at = `${key}[${i}]`;
    const abs = resolve(base, p);
    if (!existsSync(abs)) {
      issues.push({ path: at, message: `module not found: ${p} (resolved relative to the config file)` });
      continue;
    }
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(abs).href)) as { default?: unknown };
    } catch (err) {
      issues.push({ path: at, message: `cannot import ${p}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` });
      continue;
    }
    if (mod.default === undefined) {
      issues.push({ path: at, message: `${p} has no default export (expected a Detector or Detector[])` });
      continue;
    }
    const list = Array.isArray(mod.default) ? (mod.default as unknown[]) : [mod.default];
    list.forEach((d, j) => {
      const where = Array.isArray(mod.default) ? `${at}[${j}]` : at;
      const found = checkDetectorObject(d, where);
      if (found.length) issues.push(...found);
      else detectors.push(d as Detector);
    });
  }
  return { detectors, issues };
}
