import { readFileSync } from 'node:fs';
import type { Asset } from '../../src/types.js';

/**
 * Scores a scan of the database fixture against fixtures/db/expected.json, over (column, detector)
 * pairs: a JSON value is `column:key.path`. A reported pair is a true positive when expected, a false
 * positive when its column is `clean` or the detector is neither expected nor `optional` for a personal
 * column; columns listed nowhere are not judged.
 */

interface ExpectedTable {
  personal: Record<string, string[]>;
  optional?: Record<string, string[]>;
  protection?: Record<string, string>;
  clean: string[];
}

export interface Expected {
  tables: Record<string, ExpectedTable>;
  grants: Record<string, { grantee: string; privilege: string; column: string | null; via?: string }[]>;
}

export const EXPECTED = JSON.parse(readFileSync(new URL('../../fixtures/db/expected.json', import.meta.url), 'utf8')) as Expected;

export interface Score {
  tp: number;
  fp: string[];
  fn: string[];
  precision: number;
  recall: number;
  protection: string[];
}

interface ReportedColumn {
  name: string;
  path?: string | null;
  detector: string;
  protection?: string;
}

export function tableAssets(assets: readonly Asset[], schema: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  for (const a of assets) if (a.location.kind === 'table' && a.location.schema === schema) out.set(a.location.table, a);
  return out;
}

export function score(assets: Map<string, Asset>): Score {
  let tp = 0;
  let expectedPairs = 0;
  const fp: string[] = [];
  const fn: string[] = [];
  const protection: string[] = [];
  for (const [table, exp] of Object.entries(EXPECTED.tables)) {
    const cols = ((assets.get(table)?.columns ?? []) as ReportedColumn[]).map((c) => ({ ...c, key: c.path ? `${c.name}:${c.path}` : c.name }));
    const found = new Set(cols.map((c) => `${c.key}\u0000${c.detector}`));
    for (const [col, ids] of Object.entries(exp.personal)) {
      for (const id of ids) {
        expectedPairs++;
        if (found.has(`${col}\u0000${id}`)) tp++;
        else fn.push(`${table}.${col} ${id}`);
      }
    }
    for (const c of cols) {
      const want = exp.personal[c.key];
      if (exp.clean.includes(c.key)) fp.push(`${table}.${c.key} ${c.detector}`);
      else if (want && !want.includes(c.detector) && !(exp.optional?.[c.key] ?? []).includes(c.detector)) fp.push(`${table}.${c.key} ${c.detector}`);
    }
    for (const [col, state] of Object.entries(exp.protection ?? {})) {
      const got = cols.filter((c) => c.key === col && (exp.personal[col] ?? []).includes(c.detector)).map((c) => c.protection);
      if (got.length && !got.every((p) => p === state)) protection.push(`${table}.${col}: ${got.join('/')} ≠ ${state}`);
    }
  }
  const reported = tp + fp.length;
  return { tp, fp, fn, precision: reported ? tp / reported : 0, recall: expectedPairs ? tp / expectedPairs : 0, protection };
}

export function printScore(label: string, s: Score): void {
  console.log(`${label}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp.length}, fn ${s.fn.length})`);
  if (s.fp.length) console.log(`  false positives: ${s.fp.join('; ')}`);
  if (s.fn.length) console.log(`  missed: ${s.fn.join('; ')}`);
  if (s.protection.length) console.log(`  protection: ${s.protection.join('; ')}`);
}
