import { detectCell, profileColumn, type ColumnProfile } from '../engine/cell.js';
import type { CompiledEngine } from '../engine/compile.js';
import type { Candidate } from '../engine/overlap.js';
import type { AssetColumn } from '../types.js';
import { hashScheme, summariseProtection, valueForm, type Protection, type ProtectionSummary, type ValueForm } from './protection.js';
import { GENERIC_COLUMN } from '../formats/column-names.js';
import { sexOf, valueShape, type ValueShape } from './value-shapes.js';

/**
 * Column classification (DESIGN.md §4, CONTRACT.md `assets[].columns`): each sampled value is scanned
 * with the header as context; a column is classified per detector by the share of non-empty values that
 * detector accepts — judged by the lower bound of a 95 % Wilson interval, so 2 of 3 is weaker evidence than
 * 2,000 of 3,000 — together with the column-name hint. A column known only by its name (a `password` column
 * of bcrypt strings) is still reported, with `matched: 0` and its protection state.
 */

/** CONTRACT.md `assets[].columns[]`, with the evidence this classifier records. */
export interface ColumnClassification extends AssetColumn {
  evidence: {
    ratioLowerBound: number;
    meanValueConfidence: number | null;
    headerContext: string[];
    protectionShares: Partial<Record<Protection, number>>;
    hashScheme?: string;
    steps: string[];
  };
}

/** Values accepted at this per-value confidence count for the column: the column aggregate does the rest. */
export const VALUE_FLOOR = 0.3;
/** A detector whose accepted share is surely at least this settles the column's category. */
export const SETTLED_LOWER_BOUND = 0.5;
/** Confidence of a column known only by its name. */
export const NAME_ONLY_CONFIDENCE = 0.45;
/** A column without a header is classified by its values' shape (value-shapes.ts) only from this many values… */
export const SHAPE_MIN_VALUES = 8;
/** …and when the lower bound of the share of values with that shape is at least this. */
export const SHAPE_LOWER_BOUND = 0.6;

const Z = 1.96;

/** Lower bound of the 95 % Wilson score interval of k successes in n trials. */
export function wilsonLower(k: number, n: number): number {
  if (n === 0) return 0;
  const p = k / n;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * n);
  const spread = Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

interface Tally {
  matched: number;
  confSum: number;
}

const SHORT_DIGITS = /^[0-9]{2,6}$/;
/** A header that says the column keeps only the last digits of an identifier. */
const LAST_DIGITS_HEADER = /(?:^|[^a-z])(?:last[ _-]?(?:4|four|digits?)|l4)(?:$|[^a-z])|后四位|后4位|尾号|末四位|末4位|后六位|末六位/iu;

/**
 * A column that keeps only the last digits of an identifier (`ssn_last4`, `card_last_four`, `卡号后四位`) is
 * masked by truncation: the name says so, and 80 % or more of its values are two to six digits.
 */
function truncatedColumn(name: string, shortDigits: number, sampled: number): ProtectionSummary | null {
  if (sampled === 0 || !LAST_DIGITS_HEADER.test(name) || shortDigits / sampled < 0.8) return null;
  return { state: 'masked', shares: { masked: Math.round((shortDigits / sampled) * 1000) / 1000 }, truncated: true };
}

export class ColumnClassifier {
  private readonly profile: ColumnProfile;
  private readonly tallies = new Map<string, Tally>();
  private readonly forms: ValueForm[] = [];
  private readonly schemes: (string | undefined)[] = [];
  private sampled = 0;
  /** Values of two to six digits: under a last-digits header (`ssn_last4`, `卡号后四位`), a truncated identifier. */
  private shortDigits = 0;
  /** Headerless columns only: values per shape, and the distinct gender values (one sex alone is a flag column). */
  private readonly shapes: Map<ValueShape, number> | null;
  private readonly genders = new Set<string>();

  constructor(
    private readonly engine: CompiledEngine,
    readonly name: string,
    /** Detector ids whose column-name hints match this header (from the column-name matcher). */
    private readonly hintedIds: readonly string[],
    private readonly minConfidence: number,
    readonly path: string | null = null,
    /** How many values' protection forms to keep (the forms of a sample say enough). */
    private readonly formSample = 2000,
    /** Header text read for context words, when more than the name says (a database column's comment, a JSON key path). */
    header: string = name,
  ) {
    this.profile = profileColumn(engine, header, hintedIds);
    this.shapes = GENERIC_COLUMN.test(name) ? new Map() : null;
  }

  /** Scan one value; returns the candidates at or above the reporting threshold (cell findings). */
  add(value: string | null | undefined): Candidate[] {
    if (value === null || value === undefined) return [];
    const v = value.trim();
    if (v === '') return [];
    this.sampled++;
    if (SHORT_DIGITS.test(v)) this.shortDigits++;
    if (this.shapes) {
      const shape = valueShape(v);
      if (shape) this.shapes.set(shape, (this.shapes.get(shape) ?? 0) + 1);
      if (shape === 'gender') this.genders.add(sexOf(v)!);
    }
    const cands = detectCell(this.engine, v, this.profile, { minConfidence: VALUE_FLOOR });
    const seen = new Set<string>();
    for (const c of cands) {
      if (seen.has(c.detectorId)) continue;
      seen.add(c.detectorId);
      const t = this.tallies.get(c.detectorId) ?? { matched: 0, confSum: 0 };
      t.matched++;
      t.confSum += c.confidence;
      this.tallies.set(c.detectorId, t);
    }
    if (this.forms.length < this.formSample) {
      const form = valueForm(v, cands.some((c) => c.confidence >= this.minConfidence));
      this.forms.push(form);
      this.schemes.push(form === 'hashed' ? hashScheme(v) : undefined);
    }
    return cands.filter((c) => c.confidence >= this.minConfidence);
  }

  /** One entry per (column, detector): detectors that matched values, and name hints with no match. */
  finish(): ColumnClassification[] {
    const protection = truncatedColumn(this.name, this.shortDigits, this.sampled) ?? summariseProtection(this.forms, this.schemes);
    const out: ColumnClassification[] = [];
    // When the values settle what the column holds, name hints of rival detectors of the same category are
    // noise: several national-ID detectors list 身份证号, but a column of valid PRC resident IDs is not a DNI.
    const settled = new Set<string>();
    for (const [id, t] of this.tallies) {
      if (wilsonLower(t.matched, this.sampled) >= SETTLED_LOWER_BOUND) {
        const cd = this.engine.detectors.find((d) => d.detector.id === id);
        if (cd) settled.add(cd.detector.category);
      }
    }
    const rivals = (id: string) => {
      const cd = this.engine.detectors.find((d) => d.detector.id === id);
      return cd !== undefined && settled.has(cd.detector.category);
    };
    // Values are stronger evidence than names: once they settle the column, a name hint of another detector
    // that no value supports (`pan` over card numbers, `hw_addr` over MAC addresses) is a misreading.
    const ids = new Set([...this.tallies.keys(), ...this.hintedIds.filter((id) => this.tallies.has(id) || (!rivals(id) && settled.size === 0))]);
    for (const id of [...ids].sort()) {
      const t = this.tallies.get(id);
      const nameHint = this.hintedIds.includes(id);
      const headerContext = [...(this.profile.headerWords.get(this.engine.detectors.findIndex((d) => d.detector.id === id)) ?? [])];
      const matched = t?.matched ?? 0;
      const lb = wilsonLower(matched, this.sampled);
      const mean = t ? t.confSum / t.matched : null;
      const steps: string[] = [];
      let confidence: number;
      if (mean === null) {
        confidence = NAME_ONLY_CONFIDENCE;
        steps.push(`column name only ${NAME_ONLY_CONFIDENCE}`);
        if (protection.truncated) steps.push('values are the last digits only (truncated: the column name says so)');
        else if (protection.state !== 'plain') steps.push(`values are ${protection.state}`);
      } else {
        // Mean value confidence, weighted by how sure we are that the column really holds this entity.
        const support = Math.min(1, lb / 0.6);
        confidence = mean * (0.55 + 0.45 * support);
        steps.push(`mean value confidence ${round(mean)}`, `ratio ${matched}/${this.sampled}, lower bound ${round(lb)} → ×${round(0.55 + 0.45 * support)}`);
        if (nameHint) {
          const next = Math.min(0.99, confidence + 0.1);
          steps.push(`column name hint +${round(next - confidence)}`);
          confidence = next;
        }
      }
      // A few values that pass a checksum by chance (1 in 11 random digit strings passes a mod-11 check) in a
      // column the name does not point at: below the reporting threshold, not a classification.
      if (mean !== null && !nameHint && confidence < this.minConfidence) continue;
      out.push({
        name: this.name,
        path: this.path,
        detector: id,
        matched,
        sampled: this.sampled,
        ratio: this.sampled ? round(matched / this.sampled) : 0,
        confidence: round(confidence),
        protection: matched > 0 && protection.state === 'plain' ? 'plain' : protection.state,
        nameHint,
        evidence: {
          ratioLowerBound: round(lb),
          meanValueConfidence: mean === null ? null : round(mean),
          headerContext,
          protectionShares: protection.shares,
          ...(protection.scheme ? { hashScheme: protection.scheme } : {}),
          steps,
        },
      });
    }
    for (const [shape, k] of this.shapes ?? []) {
      const lb = wilsonLower(k, this.sampled);
      if (this.sampled < SHAPE_MIN_VALUES || lb < SHAPE_LOWER_BOUND || out.some((c) => c.detector === shape)) continue;
      if (shape === 'gender' && this.genders.size < 2) continue;
      if (!this.engine.detectors.some((d) => d.detector.id === shape)) continue;
      const confidence = round(Math.min(0.8, 0.5 + (0.3 * (lb - SHAPE_LOWER_BOUND)) / (1 - SHAPE_LOWER_BOUND)));
      out.push({
        name: this.name,
        path: this.path,
        detector: shape,
        matched: k,
        sampled: this.sampled,
        ratio: round(k / this.sampled),
        confidence,
        protection: protection.state,
        nameHint: false,
        evidence: {
          ratioLowerBound: round(lb),
          meanValueConfidence: null,
          headerContext: [],
          protectionShares: protection.shares,
          steps: [`no header: ${k}/${this.sampled} values have the shape of ${shape} (lower bound ${round(lb)} ≥ ${SHAPE_LOWER_BOUND}) → ${confidence}`],
        },
      });
    }
    out.sort((a, b) => (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0));
    return out;
  }
}
