/** The short risk summary the `text` format ends with: levels, the riskiest assets and the triggers. */

import type { ScanReport } from '../types.js';
import { assetLabel, assetsByRisk, triggerKindCounts, TRIGGER_KIND_LABEL } from './present.js';

const TOP = 5;

export function riskSummaryText(report: ScanReport): string {
  const a = report.assessment;
  if (!a || report.assets.length === 0) return '';
  const out = ['', 'Risk assessment:'];
  out.push(`  assets by risk: ${(['critical', 'high', 'medium', 'low'] as const).map((l) => `${a.byLevel[l]} ${l}`).join(', ')}`);
  for (const x of assetsByRisk(report).slice(0, TOP)) {
    if (!x.risk) continue;
    const combos = (x.combinations ?? []).map((c) => c.name);
    out.push(`  ${String(x.risk.score).padStart(3)} ${x.risk.level.padEnd(8)} ${assetLabel(x)}${combos.length ? `  [${combos.join(', ')}]` : ''}`);
  }
  if (report.assets.length > TOP) out.push(`  … ${report.assets.length - TOP} more asset(s) (--format html for the full assessment)`);
  const kinds = triggerKindCounts(report).filter(([, n]) => n > 0);
  if (kinds.length) out.push(`  triggers: ${kinds.map(([k, n]) => `${TRIGGER_KIND_LABEL[k]} in ${n} asset(s)`).join('; ')}`);
  const actions = report.assets.reduce((s, x) => s + (x.minimisation?.length ?? 0), 0);
  if (actions) out.push(`  minimisation: ${actions} recommendation(s) (--format html or markdown lists them)`);
  return out.join('\n') + '\n';
}
