/**
 * What every renderer says the same way about a report: where a finding is, assets by risk, totals by
 * detector, trigger titles. Pure functions of the report, shared so text, Markdown, HTML, SARIF and CSV agree.
 */

import type { Asset, Finding, ScanReport, TriggerKind } from '../types.js';
import { assetLabel } from './asset-facts.js';
import { TRIGGERS } from './triggers.js';
import { thousands } from './thousands.js';

export { assetLabel, assetKey } from './asset-facts.js';

/** `path:line:column`, `path [sheet] row 12, 身份证号`, or `store schema.table.column (key.path)`. */
export function findingWhere(f: Finding): string {
  const l = f.location;
  if (l.kind === 'file') return `${l.path}:${l.line}:${l.column}`;
  if (l.kind === 'cell') return `${l.path}${l.sheet !== undefined ? ` [${l.sheet}]` : ''} row ${l.row}, ${l.column}`;
  return `${l.store} ${l.schema}.${l.table}.${l.column}${l.path ? ` (${l.path})` : ''}`;
}

/** Assets by descending risk, then label: the order every report lists them in. */
export function assetsByRisk(report: ScanReport): Asset[] {
  return [...report.assets].sort((a, b) => (b.risk?.score ?? -1) - (a.risk?.score ?? -1) || (assetLabel(a) < assetLabel(b) ? -1 : 1));
}

/** Exact occurrences per detector over all assets (findings[] may be capped; counts are not). */
export function countsByDetector(report: ScanReport): [string, number][] {
  const m = new Map<string, number>();
  for (const a of report.assets) for (const [id, n] of Object.entries(a.counts)) m.set(id, (m.get(id) ?? 0) + n);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function triggerTitle(id: string): string {
  return Object.hasOwn(TRIGGERS, id) ? TRIGGERS[id].title : id;
}

export const TRIGGER_KIND_LABEL: Readonly<Record<TriggerKind, string>> = {
  dpia: 'DPIA',
  pipia: 'PIPIA',
  breach: 'Breach exposure',
  'cross-border': 'Cross-border',
  children: "Children's data",
};

/** Assets per trigger kind, in a fixed order. */
export function triggerKindCounts(report: ScanReport): [TriggerKind, number][] {
  const kinds = Object.keys(TRIGGER_KIND_LABEL) as TriggerKind[];
  return kinds.map((k) => [k, report.assets.filter((a) => (a.triggerDetails ?? []).some((t) => t.kind === k)).length]);
}

/** `1234` → `1,234` in every report. */
export const num = thousands;
