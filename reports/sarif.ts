import type { Location as SarifLocation, Log, ReportingDescriptor, Result, Run, ToolComponent } from 'sarif';
import { assetLabel, assetsByRisk } from '../src/assess/present.js';
import type { Finding, LegalEntry, ScanReport, Sensitivity } from '../src/types.js';
import { legalEntry } from './regulations/catalogue.js';
import { defineReporter, type DetectorMeta, type ReporterContext } from './types.js';

/**
 * SARIF 2.1.0 (OASIS). One rule per detector of the catalogue; each finding is a result located by file,
 * line and column (text), by row (cells) or by a logical location `store/schema.table.column` (databases).
 * The regulations are SARIF taxonomies, so rules point at the articles they cite (`relationships`).
 */

const LEVEL: Readonly<Record<Sensitivity, Result.level>> = { restricted: 'error', confidential: 'warning', internal: 'note', public: 'note' };
/** GitHub code scanning reads `security-severity` (0–10) to rank alerts: ≥ 7 high, ≥ 4 medium. */
const SECURITY_SEVERITY: Readonly<Record<Sensitivity, string>> = { restricted: '8.0', confidential: '5.0', internal: '3.0', public: '1.0' };
const REGULATIONS: readonly LegalEntry['regulation'][] = ['GDPR', 'CCPA', 'PIPL'];
const REGULATION_INFO: Readonly<Record<LegalEntry['regulation'], { uri: string; text: string }>> = {
  GDPR: { uri: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', text: 'Regulation (EU) 2016/679 (General Data Protection Regulation)' },
  CCPA: { uri: 'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CIV&division=3.&part=4.&title=1.81.5.', text: 'California Consumer Privacy Act as amended by the CPRA (Cal. Civ. Code §1798.100 ff.)' },
  PIPL: { uri: 'http://www.npc.gov.cn/npc/c2/c30834/202108/t20210820_313088.html', text: 'Personal Information Protection Law of the PRC (个人信息保护法)' },
};

/** SARIF URIs are RFC 3986 references: each path segment percent-encoded (客户回访记录.txt, spaces). */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function pascal(id: string): string {
  return id.split(/[._]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

function ruleFor(d: DetectorMeta, report: ScanReport): ReportingDescriptor {
  const legal = d.legal.filter((id) => legalEntry(id) ?? report.legal[id]);
  const entries = legal.map((id) => ({ id, e: (legalEntry(id) ?? report.legal[id])! }));
  const helpUri = entries.find((x) => x.e.link)?.e.link;
  const lines = entries.map((x) => `${x.e.regulation} ${x.e.article} — ${x.e.title}`);
  return {
    id: d.id,
    name: pascal(d.id),
    shortDescription: { text: d.name },
    fullDescription: { text: d.description ?? d.name },
    ...(helpUri ? { helpUri } : {}),
    help: {
      text: `${d.name}: ${d.category}, ${d.sensitivity}. Legal references: ${lines.join('; ') || 'none'}.`,
      markdown: `**${d.name}** (${d.category}, ${d.sensitivity})\n\n${entries.map((x) => `- ${x.e.link ? `[${x.e.regulation} ${x.e.article}](${x.e.link})` : `${x.e.regulation} ${x.e.article}`}: ${x.e.title}`).join('\n')}`,
    },
    defaultConfiguration: { level: LEVEL[d.sensitivity] },
    relationships: entries.map((x) => ({ target: { id: x.id, toolComponent: { name: x.e.regulation } }, kinds: ['relevant'] })),
    properties: {
      tags: ['privacy', 'pii', d.category, d.sensitivity, ...(d.locales ?? [])],
      category: d.category,
      sensitivity: d.sensitivity,
      legal: [...d.legal],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[d.sensitivity],
    },
  };
}

function locationsOf(f: Finding): { locations: SarifLocation[] } {
  const l = f.location;
  if (l.kind === 'file') {
    return {
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(l.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
          },
        },
      ],
    };
  }
  if (l.kind === 'cell') {
    return {
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: uriOf(l.path), uriBaseId: '%SRCROOT%' }, region: { startLine: l.row } },
          logicalLocations: [{ name: l.column, fullyQualifiedName: l.sheet !== undefined ? `${l.sheet}!${l.column}` : l.column, kind: 'member' }],
        },
      ],
    };
  }
  const fqn = `${l.store}/${l.schema}.${l.table}.${l.column}${l.path ? `.${l.path}` : ''}`;
  return { locations: [{ logicalLocations: [{ name: l.column, fullyQualifiedName: fqn, kind: 'member' }] }] };
}

function resultFor(f: Finding, ruleIndex: Map<string, number>): Result {
  return {
    ruleId: f.detector,
    ruleIndex: ruleIndex.get(f.detector),
    kind: 'fail',
    level: LEVEL[f.sensitivity],
    message: { text: `${f.detector} (${f.sensitivity}, confidence ${f.confidence.toFixed(2)}): ${f.snippet}` },
    ...locationsOf(f),
    // Our keyed HMAC of the value: stable across line moves, never the value itself.
    partialFingerprints: { 'piiscanValueHmac/v1': f.fingerprint },
    properties: {
      category: f.category,
      sensitivity: f.sensitivity,
      confidence: f.confidence,
      snippet: f.snippet,
      legal: [...f.legal],
      ...(f.subjectAge !== undefined ? { subjectAge: f.subjectAge } : {}),
      ...(f.value !== undefined ? { value: f.value } : {}),
    },
  };
}

/** Every article the report or a rule cites, grouped into one SARIF taxonomy per regulation. */
function taxonomies(report: ScanReport, rules: readonly ReportingDescriptor[]): ToolComponent[] {
  const entries = new Map<string, LegalEntry>(Object.entries(report.legal));
  for (const r of rules) {
    for (const rel of r.relationships ?? []) {
      const id = rel.target.id;
      const e = id === undefined ? undefined : (legalEntry(id) ?? report.legal[id]);
      if (id !== undefined && e) entries.set(id, e);
    }
  }
  const ids = [...entries.keys()].sort();
  return REGULATIONS.flatMap((reg) => {
    const taxa = ids
      .filter((id) => entries.get(id)!.regulation === reg)
      .map((id) => {
        const e = entries.get(id)!;
        return { id, name: e.article, shortDescription: { text: e.title }, fullDescription: { text: e.summary }, ...(e.link ? { helpUri: e.link } : {}) };
      });
    return taxa.length ? [{ name: reg, informationUri: REGULATION_INFO[reg].uri, shortDescription: { text: REGULATION_INFO[reg].text }, taxa }] : [];
  });
}

export function renderSarif(report: ScanReport, ctx: ReporterContext): string {
  const known = new Set(ctx.catalog.map((d) => d.id));
  // Detectors in the report but not in the catalogue (custom ones) still get a rule, from their findings.
  const extra: DetectorMeta[] = [];
  for (const f of report.findings) {
    if (known.has(f.detector)) continue;
    known.add(f.detector);
    extra.push({ id: f.detector, name: f.detector, category: f.category, sensitivity: f.sensitivity, legal: f.legal });
  }
  const detectors = [...ctx.catalog, ...extra].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rules = detectors.map((d) => ruleFor(d, report));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const tax = taxonomies(report, rules);
  const a = report.assessment;
  const run: Run = {
    tool: {
      driver: {
        name: ctx.tool.name,
        version: ctx.tool.version,
        semanticVersion: ctx.tool.version,
        informationUri: 'https://www.npmjs.com/package/piiscan',
        rules,
        supportedTaxonomies: tax.map((t, index) => ({ name: t.name, index })),
      },
    },
    taxonomies: tax,
    invocations: [
      {
        executionSuccessful: report.scan.errors.length === 0,
        startTimeUtc: report.scan.startedAt,
        endTimeUtc: report.scan.finishedAt,
        toolExecutionNotifications: report.scan.errors.map((e) => ({
          level: 'error',
          message: { text: e.message },
          descriptor: { id: e.code },
        })),
      },
    ],
    automationDetails: { id: `piiscan/${report.scan.id}` },
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory piiscan ran in; result paths are relative to it.' } } },
    columnKind: 'utf16CodeUnits',
    results: report.findings.map((f) => resultFor(f, ruleIndex)),
    properties: {
      scanId: report.scan.id,
      fingerprintKeyId: report.scan.fingerprintKeyId,
      targets: [...report.scan.targets],
      stats: { ...report.scan.stats },
      ...(a ? { risk: { maxScore: a.maxScore, byLevel: a.byLevel, triggers: a.triggers } } : {}),
      assets: assetsByRisk(report).map((x) => ({
        asset: assetLabel(x),
        sensitivity: x.sensitivity,
        ...(x.risk ? { risk: x.risk.score, level: x.risk.level } : {}),
        triggers: x.triggers ?? [],
      })),
    },
  };
  const log: Log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}

export default defineReporter({ id: 'sarif', title: 'SARIF 2.1.0 log', extension: 'sarif', render: renderSarif });
