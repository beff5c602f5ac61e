/**
 * Facts about one asset that the assessment reads: its key, the columns and retention facts of structured
 * sources, its detectors with their levels, subjects, protection and access.
 *
 * Columns are read through `ColumnFacts`, a tolerant view of CONTRACT.md `assets[].columns` (every fact but
 * name and detector optional), so reports saved by other versions still assess. `retention` comes from the
 * database sources (CONTRACT.md `assets[].retention`); until src/types.ts declares it, it is read here
 * through the contract's shape.
 */

import { SENSITIVITIES, maxSensitivity, sensitivityRank, type Asset, type Category, type Finding, type Protection, type Sensitivity } from '../types.js';
import type { DetectorFacts, DetectorIndex } from './detector-facts.js';

export type { Protection };

/** One (column, detector) entry of CONTRACT.md `assets[].columns`. */
export interface ColumnFacts {
  name: string;
  path?: string | null;
  detector: string;
  matched?: number;
  sampled?: number;
  ratio?: number;
  confidence?: number;
  protection?: Protection;
  nameHint?: boolean;
}

/** CONTRACT.md `assets[].retention`. */
export interface RetentionFacts {
  column?: string;
  oldest?: string;
  newest?: string;
  olderThanPolicy?: number;
}

export function assetColumns(asset: Asset): ColumnFacts[] {
  return Array.isArray(asset.columns) ? asset.columns : [];
}

export function assetRetention(asset: Asset): RetentionFacts | undefined {
  return (asset as Asset & { retention?: RetentionFacts }).retention;
}

/** The asset key of CONTRACT.md `--include`: a file path (sheets: `path#sheet`), or `schema.table`. */
export function assetKey(asset: Asset): string {
  const l = asset.location;
  if (l.kind === 'table') return `${l.schema}.${l.table}`;
  if (l.kind === 'sheet') return `${l.path}#${l.sheet}`;
  return l.path;
}

/** A label for people: the path, `path [sheet]`, or `store schema.table`. */
export function assetLabel(asset: Asset): string {
  const l = asset.location;
  if (l.kind === 'table') return `${l.store} ${l.schema}.${l.table}`;
  if (l.kind === 'sheet') return `${l.path} [${l.sheet}]`;
  return l.path;
}

/** Every detector the asset holds (counts are exact even when findings are capped). */
export function assetDetectorIds(asset: Asset): string[] {
  return [...new Set([...asset.detectors, ...Object.keys(asset.counts)])].sort();
}

export function factsOf(index: DetectorIndex, id: string): DetectorFacts | undefined {
  return index.get(id);
}

/** The highest level of the detectors the asset holds, before any escalation. */
export function baseSensitivity(asset: Asset, index: DetectorIndex): Sensitivity | null {
  let level: Sensitivity | null = null;
  for (const id of assetDetectorIds(asset)) level = maxSensitivity(level, index.get(id)?.sensitivity ?? null);
  return level ?? asset.sensitivity;
}

export function atLeast(level: Sensitivity | null, floor: Sensitivity): boolean {
  return level !== null && sensitivityRank(level) >= sensitivityRank(floor);
}

export function categoriesOf(asset: Asset, index: DetectorIndex): Category[] {
  const set = new Set<Category>();
  for (const id of assetDetectorIds(asset)) {
    const c = index.get(id)?.category;
    if (c) set.add(c);
  }
  return [...set].sort();
}

/** Categories that single a person out, so their distinct values approximate distinct subjects. */
const IDENTIFYING: ReadonlySet<Category> = new Set(['person', 'contact', 'government_id', 'financial']);

/** National identifiers (GDPR Art. 87) identify people whatever their category (an NHS number is `health`). */
function identifying(f: DetectorFacts): boolean {
  return IDENTIFYING.has(f.category) || f.legal.includes('gdpr:art87');
}

/**
 * Distinct subjects: the largest number of distinct values of one identifying detector (confidential or
 * above, so a company code or a bank's BIC does not count as people). When only a sample was examined the
 * count is scaled to the records (a linear estimate; it says so). Without distinct counts, occurrences are
 * used as an upper bound.
 */
export function subjectEstimate(asset: Asset, index: DetectorIndex): { subjects: number; estimated: boolean; by: string | null } {
  let best = 0;
  let by: string | null = null;
  for (const id of assetDetectorIds(asset)) {
    const f = index.get(id);
    if (!f || !identifying(f) || !atLeast(f.sensitivity, 'confidential')) continue;
    const n = asset.distinct?.[id] ?? asset.counts[id] ?? 0;
    if (n > best || (n === best && by !== null && id < by)) {
      best = n;
      by = id;
    }
  }
  const scale = asset.sampled > 0 && asset.records > asset.sampled ? asset.records / asset.sampled : 1;
  const estimated = scale > 1 || asset.recordsEstimated || asset.distinctCapped === true;
  return { subjects: Math.round(best * scale), estimated, by };
}

/** Protection of each detector's values: text files are plaintext; columns say theirs (absent = plain). */
export function protectionByDetector(asset: Asset): Map<string, Protection[]> {
  const out = new Map<string, Protection[]>();
  for (const c of assetColumns(asset)) {
    const list = out.get(c.detector) ?? [];
    list.push(c.protection ?? 'plain');
    out.set(c.detector, list);
  }
  return out;
}

/** True when every value of the detector in this asset is masked, hashed, encrypted or tokenised. */
export function isProtected(asset: Asset, detector: string, byDetector = protectionByDetector(asset)): boolean {
  const list = byDetector.get(detector);
  return list !== undefined && list.length > 0 && list.every((p) => p !== 'plain');
}

/** `0644` → world-readable; `0640` → group-readable; the octal string of CONTRACT.md `exposure.fileMode`. */
export function fileModeAccess(mode: string | undefined): 'world' | 'group' | 'owner' | null {
  if (mode === undefined || !/^0?[0-7]{3,4}$/.test(mode)) return null;
  const bits = parseInt(mode, 8);
  if (bits & 0o006) return 'world';
  if (bits & 0o060) return 'group';
  return 'owner';
}

/** A key joining findings to their asset (stores included, so two databases' `public.users` stay apart). */
export function assetJoinKey(asset: Asset): string {
  const l = asset.location;
  if (l.kind === 'table') return `table\u0000${l.store}\u0000${l.schema}\u0000${l.table}`;
  return l.kind === 'sheet' ? `sheet\u0000${l.path}\u0000${l.sheet}` : `file\u0000${l.path}`;
}

/** The join key of the asset a finding belongs to (see assetJoinKey). */
export function findingJoinKey(f: Finding): string {
  const l = f.location;
  if (l.kind === 'column') return `table\u0000${l.store}\u0000${l.schema}\u0000${l.table}`;
  if (l.kind === 'cell' && l.sheet !== undefined) return `sheet\u0000${l.path}\u0000${l.sheet}`;
  return `file\u0000${l.path}`;
}

/** Findings grouped by asset in one pass (capped lists hold a subset; counts stay exact). */
export function findingsByAsset(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = findingJoinKey(f);
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return out;
}

export const LEVELS_DESC: readonly Sensitivity[] = [...SENSITIVITIES].reverse();
