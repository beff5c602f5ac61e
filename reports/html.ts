import { createHash } from 'node:crypto';
import type { ScanReport } from '../src/types.js';
import { assetAnchors, assetsSection } from './html/assets.js';
import { heatmapSection } from './html/heatmap.js';
import { legalSection } from './html/legal.js';
import { SCRIPT } from './html/script.js';
import { STYLE } from './html/style.js';
import { summarySection } from './html/summary.js';
import { columnsSection, findingsSection, minimisationSection } from './html/tables.js';
import { html, raw } from './html/template.js';
import { defineReporter, type ReporterContext } from './types.js';

/**
 * One self-contained HTML file for auditors: executive summary, risk heat map, per-asset drill-down, findings
 * and columns tables with filter and sort, minimisation, regulation appendix. Styles and the one script are
 * inline; a Content-Security-Policy (`default-src 'none'`, the script allowed by its hash) keeps the page
 * from loading anything, so it opens offline and leaks nothing when opened.
 */

function csp(): string {
  const hash = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

export function renderHtml(report: ScanReport, ctx: ReporterContext): string {
  const anchors = assetAnchors(report);
  const s = report.scan;
  const columns = columnsSection(report, ctx);
  const title = `piiscan report — ${s.targets.join(', ') || s.id}`;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp()}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${ctx.tool.name} ${ctx.tool.version}">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header><h1>Personal data risk report</h1><div class="meta">Targets <span class="mono">${s.targets.join(', ')}</span> · scanned ${s.startedAt} · scan <span class="mono">${s.id}</span> · ${ctx.tool.name} ${ctx.tool.version} · fingerprint key <span class="mono">${s.fingerprintKeyId}</span></div></header>
<nav aria-label="Sections"><a href="#summary">Summary</a><a href="#heatmap">Heat map</a><a href="#assets">Assets</a><a href="#findings">Findings</a>${columns.html ? html`<a href="#columns">Columns</a>` : ''}<a href="#minimisation">Minimisation</a><a href="#legal">Regulations</a>${s.errors.length || s.skipped?.length ? html`<a href="#errors">Errors</a>` : ''}</nav>
<main>
${summarySection(report, ctx)}
${heatmapSection(report, ctx, anchors)}
${assetsSection(report, anchors)}
${findingsSection(report)}
${columns}
${minimisationSection(report, anchors)}
${legalSection(report)}
${s.errors.length || s.skipped?.length ? html`<section id="errors"><h2>Errors and skipped files</h2><ul>${s.errors.map((e) => html`<li><code>${e.code}</code> ${e.message}</li>`)}${(s.skipped ?? []).map((k) => html`<li>skipped <span class="mono">${k.path}</span>: ${k.reason}</li>`)}</ul></section>` : ''}
</main>
<footer>Snippets are masked and fingerprints are keyed HMAC-SHA256 values (key id ${s.fingerprintKeyId}), so this report is itself pseudonymised personal data (GDPR Art. 4(5)): keep it access-controlled and delete it when done. Risk scores, triggers and recommendations show where obligations are likely to apply; they are not legal advice.</footer>
<script>${raw(SCRIPT)}</script>
</body>
</html>
`;
  return page.html;
}

export default defineReporter({ id: 'html', title: 'HTML report for auditors (self-contained)', extension: 'html', render: renderHtml });
