import type { LegalEntry, ScanReport } from '../../src/types.js';
import { html, type Raw } from './template.js';

/** Regulation appendix: every article the report cites, by regulation, with our paraphrase and a link. */

const NAMES: Readonly<Record<LegalEntry['regulation'], string>> = {
  GDPR: 'GDPR — Regulation (EU) 2016/679',
  CCPA: 'CCPA as amended by CPRA — Cal. Civ. Code §1798.100 ff.',
  PIPL: 'PIPL — 个人信息保护法 (Personal Information Protection Law of the PRC)',
};

export function legalSection(report: ScanReport): Raw {
  const ids = Object.keys(report.legal).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const groups = (['GDPR', 'CCPA', 'PIPL'] as const).map((reg) => {
    const mine = ids.filter((id) => report.legal[id].regulation === reg);
    if (mine.length === 0) return html``;
    return html`<h3>${NAMES[reg]}</h3><table class="legal"><thead><tr><th>Id</th><th>Article</th><th>Title</th><th>Summary (our paraphrase)</th></tr></thead><tbody>${mine.map((id) => {
      const e = report.legal[id];
      return html`<tr id="legal-${id}"><td><code class="legal-id">${id}</code></td><td>${e.link ? html`<a href="${e.link}" rel="noreferrer noopener" target="_blank">${e.article}</a>` : e.article}</td><td>${e.title}</td><td>${e.summary}</td></tr>`;
    })}</tbody></table>`;
  });
  return html`<section id="legal"><h2>Regulation appendix</h2><p class="why">Summaries are short paraphrases for orientation, not the legal text and not legal advice. Links open the official texts.</p>${groups}</section>`;
}
