/**
 * Minimisation per asset: per column for structured assets, per detector for text files. Declared purposes
 * (piiscan.yaml `purposes`) turn data the purpose does not need into `drop`; retention policies add `expire`.
 */

import picomatch from 'picomatch';
import { sensitivityRank, type Asset, type MinimisationAction, type MinimisationItem, type PurposeDeclaration } from '../types.js';
import { assetColumns, assetDetectorIds, assetKey, assetRetention, atLeast, type Protection } from './asset-facts.js';
import type { DetectorIndex } from './detector-facts.js';
import { EXPIRE_LEGAL, PURPOSE_LEGAL, RECOMMENDATIONS, type Recommendation } from './recommendations.js';
import { retentionDays } from './retention.js';
import { selects } from './selectors.js';
import { thousands } from './thousands.js';

export interface MinimisationInput {
  asset: Asset;
  index: DetectorIndex;
  purposes: readonly PurposeDeclaration[];
  retention: Readonly<Record<string, number>>;
}

/** The first recommendation for a detector; internal-level detectors only get one written for them by id. */
export function recommendationFor(id: string, index: DetectorIndex): Recommendation | undefined {
  const facts = index.get(id);
  if (!facts || facts.sensitivity === 'public') return undefined;
  const byCategoryOk = atLeast(facts.sensitivity, 'confidential');
  return RECOMMENDATIONS.find((r) => r.selectors.some((s) => (byCategoryOk || !s.startsWith('category:')) && selects(s, id, facts)));
}

/**
 * A column that is already masked, hashed, encrypted or tokenised has had its minimisation step. A restricted
 * one still gets an item: the check that its protection holds, since §1798.150 and GDPR Art. 34(3)(a) turn on
 * it (a bare SHA-1 of a password or a key stored beside the ciphertext protects nothing).
 */
const VERIFY: Readonly<Record<Exclude<Protection, 'plain'>, { action: MinimisationAction; detail: string }>> = {
  hashed: { action: 'hash', detail: 'already hashed: check it is a keyed or slow salted hash (HMAC, argon2id, bcrypt), not a bare digest a dictionary reverses' },
  masked: { action: 'mask', detail: 'already masked: check the mask leaves no more than the last 4 characters and the full value lives only in the system of record' },
  encrypted: { action: 'encrypt', detail: 'already encrypted: keep the key outside this store and its backups (a co-located key exposes the data)' },
  tokenised: { action: 'tokenise', detail: 'already tokenised: keep the token vault apart from this store, with its own access control' },
};
const VERIFY_LEGAL = ['gdpr:art32-1-a', 'gdpr:art25', 'ccpa:1798.150', 'pipl:art51-3'];

interface Declared {
  purposes: string[];
  allowed: string[];
}

function declaredFor(asset: Asset, purposes: readonly PurposeDeclaration[]): Declared | undefined {
  const key = assetKey(asset);
  const path = 'path' in asset.location ? asset.location.path : key;
  const hits = purposes.filter((p) => p.paths.some((g) => picomatch(g, { dot: true })(key) || picomatch(g, { dot: true })(path)));
  if (hits.length === 0) return undefined;
  return { purposes: hits.map((p) => p.purpose), allowed: hits.flatMap((p) => p.allowed) };
}

function allowedBy(declared: Declared, id: string, index: DetectorIndex): boolean {
  const facts = index.get(id);
  return declared.allowed.some((a) => (a.includes('*') ? picomatch(a)(id) : a === id || a === facts?.category));
}

export function assessMinimisation({ asset, index, purposes, retention }: MinimisationInput): MinimisationItem[] {
  const ids = assetDetectorIds(asset).sort((a, b) => {
    const ra = sensitivityRank(index.get(a)?.sensitivity ?? 'public');
    const rb = sensitivityRank(index.get(b)?.sensitivity ?? 'public');
    return rb - ra || (a < b ? -1 : 1);
  });
  const declared = declaredFor(asset, purposes);
  const columns = assetColumns(asset);
  const targets: { column: string | null; detector: string; protection: Protection }[] = columns.length
    ? columns
        .filter((c) => ids.includes(c.detector))
        .sort((a, b) => ids.indexOf(a.detector) - ids.indexOf(b.detector) || (a.name < b.name ? -1 : 1))
        .map((c) => ({ column: c.path ? `${c.name}.${c.path}` : c.name, detector: c.detector, protection: c.protection ?? 'plain' }))
    : ids.map((id) => ({ column: null, detector: id, protection: 'plain' as Protection }));
  // Text found outside the columns of a structured asset (free-text cells) still gets a per-detector item.
  if (columns.length) for (const id of ids) if (!columns.some((c) => c.detector === id)) targets.push({ column: null, detector: id, protection: 'plain' });

  const out: MinimisationItem[] = [];
  for (const t of targets) {
    if (declared && !allowedBy(declared, t.detector, index)) {
      const purpose = declared.purposes.join('; ');
      out.push({
        column: t.column,
        detector: t.detector,
        action: 'drop',
        detail: `remove ${t.column ? `column ${t.column}` : `the ${t.detector} values`} from this asset, or declare why the purpose needs it`,
        why: `collected but not needed for the declared purpose "${purpose}" (allowed: ${declared.allowed.join(', ')})`,
        legal: [...PURPOSE_LEGAL],
        purpose,
      });
      continue;
    }
    if (t.protection !== 'plain') {
      if (index.get(t.detector)?.sensitivity !== 'restricted') continue;
      const v = VERIFY[t.protection];
      const why = 'restricted data: its protection is what keeps a breach of this store from exposing it';
      out.push({ column: t.column, detector: t.detector, action: v.action, detail: v.detail, why, legal: [...VERIFY_LEGAL] });
      continue;
    }
    const rec = recommendationFor(t.detector, index);
    if (!rec) continue;
    out.push({ column: t.column, detector: t.detector, action: rec.action, detail: rec.detail, why: rec.why, legal: [...rec.legal] });
  }

  // Retention: one `expire` item per policy length, naming the detectors it covers.
  const byDays = new Map<number, string[]>();
  for (const id of ids) {
    const days = retentionDays(retention, id, index.get(id));
    if (days !== undefined) byDays.set(days, [...(byDays.get(days) ?? []), id]);
  }
  const r = assetRetention(asset);
  for (const [days, covered] of [...byDays].sort((a, b) => a[0] - b[0])) {
    const over = typeof r?.olderThanPolicy === 'number' && r.olderThanPolicy > 0 ? ` ${thousands(r.olderThanPolicy)} record(s) are past the policy now.` : '';
    out.push({
      column: r?.column ?? null,
      detector: covered.length === 1 ? covered[0] : null,
      action: 'expire',
      detail: `delete records holding ${covered.join(', ')} ${days === 0 ? 'at once (the policy keeps none)' : `after ${days} day(s)`}${asset.kind === 'file' ? ' (rotate or purge the file)' : ''}.${over}`,
      why: 'identifiable data may be kept no longer than its purpose needs (retention policy in piiscan.yaml)',
      legal: [...EXPIRE_LEGAL],
    });
  }
  return out;
}
