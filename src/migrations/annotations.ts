import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { CATEGORIES } from '../types.js';

/**
 * Column annotations: the review a personal-data column needs before it ships — what it holds, why, and
 * for how long. Written in the column comment, where it travels with the schema:
 *
 *     COMMENT ON COLUMN users.id_card_no IS 'pii: cn.resident_id; purpose: kyc; retention: 5y';
 *
 * or, for tools that cannot write comments, in a YAML side file keyed `table.column` (or
 * `schema.table.column`) with the same text or its fields as a map. `pii: none` records a reviewed
 * column that only looks personal.
 */

export interface Annotation {
  /** Detector ids or categories; empty when `none`. */
  pii: string[];
  none: boolean;
  purpose?: string;
  retention?: string;
  /** Where it came from, for messages: `comment` or the side file. */
  source: string;
}

const NONE = new Set(['none', 'no', 'false', 'n/a', '-']);

/** Parse `pii: x; purpose: y; retention: z` out of a comment; null when the text holds no `pii:` key. */
export function parseAnnotation(text: string | null | undefined, source = 'comment'): Annotation | null {
  if (!text) return null;
  const fields = new Map<string, string>();
  for (const part of text.split(/[;\n]/)) {
    const m = /^\s*([A-Za-z_]+)\s*[:=]\s*(.*?)\s*$/.exec(part);
    if (m) fields.set(m[1].toLowerCase(), m[2]);
  }
  const pii = fields.get('pii');
  if (pii === undefined) return null;
  const kinds = pii.split(/[,\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const none = kinds.length === 1 && NONE.has(kinds[0]);
  return {
    pii: none ? [] : kinds,
    none,
    ...(fields.get('purpose') ? { purpose: fields.get('purpose') } : {}),
    ...(fields.get('retention') ? { retention: fields.get('retention') } : {}),
    source,
  };
}

/** What keeps an annotation from accepting a column: unknown kinds, required fields left out. */
export function annotationProblems(a: Annotation, knownKinds: ReadonlySet<string>, require: readonly ('purpose' | 'retention')[]): string[] {
  if (a.none) return [];
  const out: string[] = [];
  if (a.pii.length === 0) out.push('`pii:` names no kind (a detector id, a category, or `none`)');
  for (const k of a.pii) {
    if (!knownKinds.has(k)) out.push(`\`pii: ${k}\` is neither a detector id nor a category (see \`piiscan detectors\`), nor \`none\``);
  }
  for (const f of require) if (!a[f]) out.push(`the annotation states no \`${f}:\``);
  return out;
}

export function knownKinds(detectorIds: Iterable<string>): Set<string> {
  return new Set([...detectorIds, ...CATEGORIES]);
}

/** Side-file annotations by `table.column` and `schema.table.column` (lower-cased keys). */
export class AnnotationIndex {
  private readonly map = new Map<string, Annotation>();
  readonly files: string[] = [];

  static empty(): AnnotationIndex {
    return new AnnotationIndex();
  }

  /** Load a YAML side file; problems are config errors naming the file and key (exit 2). */
  load(file: string, shown: string): void {
    if (!existsSync(file)) throw new ConfigError(shown, [{ path: '', message: 'annotations file not found' }]);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    if (doc.errors.length) throw new ConfigError(shown, doc.errors.map((e) => ({ path: '', message: `YAML syntax: ${e.message.split('\n')[0]}` })));
    const data: unknown = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data) || data === null) {
      throw new ConfigError(shown, [{ path: '', message: 'expected a map of `table.column: annotation`' }]);
    }
    const issues: ConfigIssue[] = [];
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (!/^[^.\s]+(\.[^.\s]+){1,2}$/.test(key)) {
        issues.push({ path: key, message: 'expected a key `table.column` or `schema.table.column`' });
        continue;
      }
      let a: Annotation | null = null;
      if (typeof value === 'string') a = parseAnnotation(value, shown);
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        const v = value as Record<string, unknown>;
        const text = Object.entries(v)
          .filter(([, x]) => typeof x === 'string' || Array.isArray(x))
          .map(([k, x]) => `${k}: ${Array.isArray(x) ? x.join(',') : String(x)}`)
          .join('; ');
        a = parseAnnotation(text, shown);
      }
      if (!a) {
        issues.push({ path: key, message: 'expected "pii: <detector id | category | none>; purpose: …; retention: …" or a map with those keys' });
        continue;
      }
      this.map.set(key.toLowerCase(), a);
    }
    if (issues.length) throw new ConfigError(shown, issues);
    this.files.push(shown);
  }

  get size(): number {
    return this.map.size;
  }

  lookup(schema: string | null, table: string, column: string): Annotation | null {
    const k = `${table}.${column}`.toLowerCase();
    return (schema !== null ? this.map.get(`${schema}.${k}`.toLowerCase()) : undefined) ?? this.map.get(k) ?? null;
  }
}
