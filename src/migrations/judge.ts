import { classifyDeclaredColumn } from '../classify/schema-column.js';
import { fingerprint, type FingerprintKey } from '../engine/fingerprint.js';
import type { GateItem } from '../gate/types.js';
import type { Detector, Finding, Location } from '../types.js';
import { annotationProblems, parseAnnotation, type AnnotationIndex } from './annotations.js';

/**
 * Turns declared columns (from migrations or a live schema) into gate items: a column that the name,
 * type or comment says holds personal data becomes a finding — at the migration line, or as a database
 * column — unless an annotation (the comment, or the side file) accepts it. The finding's fingerprint is
 * the keyed HMAC of `table.column` (CONTRACT.md), so a baseline accepts the column, not a line.
 */

export interface ColumnUnderReview {
  schema: string | null;
  table: string;
  column: string;
  type: string;
  comment: string | null;
  location: Location;
  /** Extra override keys (the migration file). */
  keys: string[];
}

export interface ColumnJudgement {
  items: GateItem[];
  /** Personal-data columns accepted by a complete annotation. */
  annotated: number;
  /** Columns reviewed as not personal (`pii: none`). */
  declaredNone: number;
  /** Columns judged. */
  columns: number;
}

export interface JudgeOptions {
  detectors: readonly Detector[];
  key: FingerprintKey;
  annotations: AnnotationIndex;
  knownKinds: ReadonlySet<string>;
  require: readonly ('purpose' | 'retention')[];
}

export function schemaAsset(schema: string | null, table: string): string {
  return schema === null ? table : `${schema}.${table}`;
}

export function judgeColumns(columns: readonly ColumnUnderReview[], opts: JudgeOptions): ColumnJudgement {
  const out: ColumnJudgement = { items: [], annotated: 0, declaredNone: 0, columns: columns.length };
  for (const c of columns) {
    const fromComment = parseAnnotation(c.comment);
    const annotation = fromComment ?? opts.annotations.lookup(c.schema, c.table, c.column);
    if (annotation?.none && annotationProblems(annotation, opts.knownKinds, opts.require).length === 0) {
      out.declaredNone++;
      continue;
    }
    const verdict = classifyDeclaredColumn({ name: c.column, type: c.type, comment: c.comment }, opts.detectors, { commentIsAnnotation: fromComment !== null });
    const problems = annotation ? annotationProblems(annotation, opts.knownKinds, opts.require) : [];
    if (annotation && problems.length === 0) {
      out.annotated++;
      continue;
    }
    // The gate asks for annotations on the columns it classifies as personal, not on every column.
    if (!verdict) continue;
    const note = annotation ? `annotation (${annotation.source}) incomplete: ${problems.join('; ')}` : 'personal data without an annotation (pii, purpose, retention)';
    const d = verdict.detector;
    const tc = `${c.table}.${c.column}`;
    const finding: Finding = {
      detector: d.id,
      category: d.category,
      sensitivity: d.sensitivity,
      confidence: verdict.strength,
      location: c.location,
      snippet: tc,
      fingerprint: fingerprint(opts.key, tc),
      evidence: {
        pattern: `column-${verdict.via}`,
        validator: 'unknown',
        context: [verdict.evidence],
        columnHint: verdict.via === 'name',
        ambiguousWith: verdict.others,
        steps: [...verdict.steps, note],
      },
      legal: [...d.legal],
    };
    const asset = schemaAsset(c.schema, c.table);
    out.items.push({ finding, kind: 'column', asset, keys: [...c.keys, asset], column: tc, note });
  }
  return out;
}
