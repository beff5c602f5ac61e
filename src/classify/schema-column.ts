import type { Detector } from '../types.js';
import { matchColumnHints, type HintMatch } from './column-hints.js';

/**
 * Classifies a column from its declaration alone — name, type and comment — for the schema gate, where
 * no value exists yet. The name decides through the shared column-name hints; the comment can name the
 * entity too (`COMMENT '身份证号码'`); the type rules out what a column cannot hold (a boolean holds no
 * phone number, a timestamp no e-mail address) and names a few entities by itself (inet, macaddr).
 */

export type TypeClass = 'boolean' | 'temporal' | 'uuid' | 'integer' | 'decimal' | 'network' | 'mac' | 'other';

export function typeClass(type: string): TypeClass {
  const t = type.toLowerCase().trim();
  if (/^bool(ean)?\b/.test(t) || /^(bit|tinyint)\(1\)( |$)/.test(t) || t === 'bit') return 'boolean';
  if (/^(date|datetime|timestamp|time|timetz|timestamptz|interval|year)\b/.test(t)) return 'temporal';
  if (/^uuid\b/.test(t)) return 'uuid';
  if (/^(inet|cidr)\b/.test(t)) return 'network';
  if (/^macaddr8?\b/.test(t)) return 'mac';
  if (/^(smallint|integer|int|bigint|tinyint|mediumint|int2|int4|int8|serial|bigserial|smallserial)\b/.test(t)) return 'integer';
  if (/^(numeric|decimal|real|float|double|float4|float8)\b/.test(t)) return 'decimal';
  return 'other';
}

/** Whether a column of this type class can hold values of this detector. */
function typeAllows(cls: TypeClass, d: Pick<Detector, 'id' | 'category'>): boolean {
  switch (cls) {
    case 'boolean':
    case 'uuid':
      return false;
    case 'temporal':
      return d.id === 'date_of_birth';
    case 'integer':
      // Coordinates need a fraction; addresses, secrets and passwords need letters.
      return !['geo_coordinates', 'email', 'url_credentials', 'credential.password'].includes(d.id) && d.category !== 'secret';
    case 'decimal':
      return ['geo_coordinates', 'phone', 'date_of_birth'].includes(d.id) || d.category === 'government_id' || d.category === 'financial';
    case 'network':
      return d.id === 'ip_address';
    case 'mac':
      return d.id === 'mac_address';
    default:
      return true;
  }
}

/** Types that say what the column holds on their own. */
const TYPE_ENTITIES: Partial<Record<TypeClass, string>> = { network: 'ip_address', mac: 'mac_address' };
export const TYPE_STRENGTH = 0.9;
/** A comment naming the entity in several words or in Chinese (`用户身份证号码`). */
export const COMMENT_STRENGTH = 0.7;
/** …in one Latin word: comments are sentences, where one word is weak evidence. */
export const COMMENT_WEAK_STRENGTH = 0.45;

export interface ColumnVerdict {
  detector: Detector;
  strength: number;
  via: 'name' | 'comment' | 'type';
  /** The hint, comment words or type that decided. */
  evidence: string;
  /** Other detectors the declaration also points at, strongest first. */
  others: string[];
  steps: string[];
}

export interface DeclaredColumn {
  name: string;
  type: string;
  comment?: string | null;
}

/** The strongest detector a declaration points at, or null. Comments holding an annotation are not read as hints. */
export function classifyDeclaredColumn(col: DeclaredColumn, detectors: readonly Detector[], opts: { commentIsAnnotation?: boolean } = {}): ColumnVerdict | null {
  const cls = typeClass(col.type);
  const byId = new Map(detectors.map((d) => [d.id, d]));
  const best = new Map<string, { strength: number; via: ColumnVerdict['via']; evidence: string; step: string }>();
  const offer = (id: string, strength: number, via: ColumnVerdict['via'], evidence: string, step: string) => {
    const d = byId.get(id);
    if (!d || !typeAllows(cls, d)) return;
    const cur = best.get(id);
    if (!cur || strength > cur.strength) best.set(id, { strength, via, evidence, step });
  };
  for (const m of matchColumnHints(col.name, detectors)) {
    offer(m.detector, m.strength, 'name', m.hint, `column name "${col.name}" matches hint "${m.hint}" (${m.kind}) ${m.strength}`);
  }
  if (col.comment && !opts.commentIsAnnotation) {
    for (const m of matchColumnHints(col.comment, detectors) as HintMatch[]) {
      const specific = m.hint.includes(' ') || /[^\x00-\x7f]/.test(m.hint);
      const s = specific ? COMMENT_STRENGTH : COMMENT_WEAK_STRENGTH;
      offer(m.detector, s, 'comment', m.hint, `column comment mentions "${m.hint}" ${s}`);
    }
  }
  const typed = TYPE_ENTITIES[cls];
  if (typed) offer(typed, TYPE_STRENGTH, 'type', col.type, `type ${col.type} ${TYPE_STRENGTH}`);
  if (best.size === 0) return null;
  const ranked = [...best.entries()].sort((a, b) => b[1].strength - a[1].strength);
  const [id, top] = ranked[0];
  const steps = [top.step];
  if (cls !== 'other') steps.push(`type ${col.type} (${cls}) allows it`);
  return {
    detector: byId.get(id)!,
    strength: top.strength,
    via: top.via,
    evidence: top.evidence,
    others: ranked.slice(1).filter(([, v]) => v.strength === top.strength).map(([k]) => k),
    steps,
  };
}
