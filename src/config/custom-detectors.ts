import { z } from 'zod';
import { luhnValid } from '../../detectors/_lib/luhn.js';
import { mod11_10Valid, mod11_2Valid, mod97_10Valid } from '../../detectors/_lib/iso7064.js';
import { compact, digitsOnly } from '../../detectors/_lib/normalize.js';
import { verhoeffValid } from '../../detectors/_lib/verhoeff.js';
import { LEGAL } from '../../reports/regulations/catalogue.js';
import { compileEngine, DetectorCompileError } from '../engine/compile.js';
import { scanTextSync } from '../engine/scan-text.js';
import type { ConfigIssue } from '../errors.js';
import { CATEGORIES, SENSITIVITIES, type Detector, type Verdict } from '../types.js';

/**
 * User detectors declared in piiscan.yaml (`custom:`): data only, compiled by the same engine as the
 * built-ins and tested at load time through their own examples, so a pattern that misses its example stops
 * the run with a message naming the key (exit 2) instead of silently finding nothing.
 */

export const VALIDATORS: Record<string, (normalized: string) => boolean> = {
  luhn: (v) => /^[0-9]+$/.test(v) && luhnValid(v),
  mod97: (v) => /^[0-9A-Z]+$/.test(v) && mod97_10Valid(v.slice(4) + v.slice(0, 4)),
  'mod97-raw': (v) => /^[0-9A-Z]+$/.test(v) && mod97_10Valid(v),
  'iso7064-mod11-2': (v) => mod11_2Valid(v),
  'iso7064-mod11-10': (v) => /^[0-9]+$/.test(v) && mod11_10Valid(v),
  verhoeff: (v) => /^[0-9]+$/.test(v) && verhoeffValid(v),
};

const NORMALIZERS: Record<string, (raw: string) => string> = {
  none: (raw) => raw,
  compact: (raw) => compact(raw),
  digits: (raw) => digitsOnly(raw),
  lower: (raw) => raw.trim().toLowerCase(),
};

const Pattern = z.object({ name: z.string().min(1), regex: z.string().min(1), score: z.number().gt(0).max(1).default(0.5) }).strict();

export const CustomDetectorSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, 'expected a dotted lower-case id such as acme.employee_id'),
    name: z.string().min(1),
    description: z.string().optional(),
    /** One RE2 pattern, or several with names and scores. */
    pattern: z.string().min(1).optional(),
    score: z.number().gt(0).max(1).optional(),
    patterns: z.array(Pattern).min(1).optional(),
    category: z.enum(CATEGORIES).default('person'),
    sensitivity: z.enum(SENSITIVITIES),
    locales: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code')).optional(),
    keywords: z.array(z.string().min(1)).optional(),
    context: z.union([z.array(z.string().min(1)), z.object({ words: z.array(z.string().min(1)), before: z.number().int().positive().optional(), after: z.number().int().positive().optional(), negative: z.array(z.string().min(1)).optional() }).strict()]).optional(),
    requireContext: z.boolean().optional(),
    columnHints: z.array(z.string().min(1)).optional(),
    normalize: z.enum(Object.keys(NORMALIZERS) as [string, ...string[]]).optional(),
    validate: z.enum(Object.keys(VALIDATORS) as [string, ...string[]]).optional(),
    deny: z.array(z.string()).optional(),
    legal: z.array(z.string()).default(['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4']),
    examples: z.object({ match: z.array(z.string().min(1)).default([]), noMatch: z.array(z.string().min(1)).default([]) }).strict().default({ match: [], noMatch: [] }),
  })
  .strict()
  .refine((d) => (d.pattern === undefined) !== (d.patterns === undefined), { message: 'give exactly one of `pattern` or `patterns`' });

export type CustomDetectorConfig = z.infer<typeof CustomDetectorSchema>;

export function toDetector(c: CustomDetectorConfig): Detector {
  // Digit checksums read digits only; letter-bearing ones (MOD 97, MOD 11-2 with X) the compact form.
  const digitCheck = c.validate === 'luhn' || c.validate === 'verhoeff' || c.validate === 'iso7064-mod11-10';
  const normalize = NORMALIZERS[c.normalize ?? (c.validate ? (digitCheck ? 'digits' : 'compact') : 'none')];
  const check = c.validate ? VALIDATORS[c.validate] : undefined;
  const words = Array.isArray(c.context) ? c.context : c.context?.words;
  const ctx = c.context && !Array.isArray(c.context) ? c.context : undefined;
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    category: c.category,
    sensitivity: c.sensitivity,
    locales: c.locales,
    patterns: c.patterns ?? [{ name: 'custom', regex: c.pattern!, score: c.score ?? 0.5 }],
    keywords: c.keywords?.map((k) => k.toLowerCase()),
    context: words ? { words: words.map((w) => w.toLowerCase()), before: ctx?.before, after: ctx?.after, negative: ctx?.negative } : undefined,
    requireContext: c.requireContext,
    columnHints: c.columnHints?.map((h) => h.toLowerCase()),
    normalize,
    validate: check ? (v: string): Verdict => (check(v) ? 'valid' : 'invalid') : undefined,
    deny: c.deny,
    legal: c.legal,
    examples: { match: c.examples.match, noMatch: c.examples.noMatch },
  };
}

/**
 * Compile and test user detectors. Returns the detectors and the problems found, each naming its key
 * (`custom[0].pattern`, `custom[1].examples.match[2]`).
 */
export function checkCustomDetectors(list: readonly CustomDetectorConfig[], builtinIds: ReadonlySet<string>, key = 'custom'): { detectors: Detector[]; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const detectors: Detector[] = [];
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const at = `${key}[${i}]`;
    if (builtinIds.has(c.id)) issues.push({ path: `${at}.id`, message: `"${c.id}" is a built-in detector id; choose another (e.g. acme.${c.id.split('.').pop()})` });
    if (seen.has(c.id)) issues.push({ path: `${at}.id`, message: `"${c.id}" is declared twice` });
    seen.add(c.id);
    c.legal.forEach((l, j) => {
      if (!LEGAL[l]) issues.push({ path: `${at}.legal[${j}]`, message: `unknown legal reference "${l}" (see reports/regulations)` });
    });
    const d = toDetector(c);
    try {
      compileEngine([d], { eager: true });
    } catch (err) {
      const where = c.pattern !== undefined ? `${at}.pattern` : `${at}.patterns`;
      issues.push({ path: where, message: `not a valid RE2 pattern: ${err instanceof DetectorCompileError ? err.message.replace(/^detector [^,]+, pattern [^:]+: /, '') : String(err)}` });
      return;
    }
    c.examples.match.forEach((text, j) => {
      const found = scanTextSync(text, { detectors: [d], fingerprintKey: 'config-check' }).findings;
      if (!found.some((f) => f.detector === d.id)) issues.push({ path: `${at}.examples.match[${j}]`, message: `the detector does not report this example` });
    });
    c.examples.noMatch.forEach((text, j) => {
      const found = scanTextSync(text, { detectors: [d], fingerprintKey: 'config-check' }).findings;
      if (found.some((f) => f.detector === d.id)) issues.push({ path: `${at}.examples.noMatch[${j}]`, message: `the detector reports this example, which must not match` });
    });
    detectors.push(d);
  });
  return { detectors, issues };
}
