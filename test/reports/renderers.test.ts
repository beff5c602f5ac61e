import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reporterFor, type ReporterContext } from '../../reports/index.js';
import { mdCode, mdText } from '../../reports/markdown.js';
import { assess } from '../../src/assess/index.js';
import { detectorCatalog } from '../../src/cli/run-cli.js';
import type { Finding, ScanReport } from '../../src/types.js';
import { FUTURE_DETECTORS, fileAsset, finding, makeReport, tableAsset } from '../assess/helpers.js';
import { CASES, goldenContext, goldenReport } from './golden.js';
import { expectValidReport, expectValidSarif } from './validate.js';

const ctx: ReporterContext = { catalog: detectorCatalog(), tool: { name: 'piiscan', version: '0.0.0-test' }, cwd: '/tmp' };
const render = (format: string, r: ScanReport, c = ctx) => reporterFor(format)!.render(r, c);

const HOSTILE = 'evil/<script>alert(1)</script>|`x`*_[a](b)"\'&.txt';

/** A report with every location kind, a hostile path, a database with columns and grants. */
function mixedReport(showValues = false): ScanReport {
  const withValue = (f: Finding, v: string): Finding => (showValues ? { ...f, value: v } : f);
  const findings: Finding[] = [
    withValue(finding('email', HOSTILE, 3, { snippet: '=cmd|calc!A1' }), 'zz@example.com'),
    withValue(finding('us.ssn', 'data/客户.txt', 1), '536-90-4399'),
    withValue({ ...finding('phone', 'sheets/book.xlsx', 1), location: { kind: 'cell', path: 'sheets/book.xlsx', sheet: '客户', row: 12, column: '手机号', columnIndex: 3 } }, '13800138000'),
    withValue({ ...finding('us.ssn', 'x', 1), location: { kind: 'column', store: 'postgres://app@db.example.com/app', schema: 'public', table: 'people', column: 'ssn', path: null } }, '536-90-4399'),
  ];
  const assets = [
    fileAsset(HOSTILE, { email: 1 }, { exposure: { fileMode: '0644' } }),
    fileAsset('data/客户.txt', { 'us.ssn': 1 }),
    { ...fileAsset('sheets/book.xlsx', { phone: 1 }), kind: 'sheet' as const, location: { kind: 'sheet' as const, path: 'sheets/book.xlsx', sheet: '客户' } },
    tableAsset('people', { 'us.ssn': 40, person_name: 40 }, {
      cooccurrence: [{ detectors: ['person_name', 'us.ssn'], records: 40 }],
      columns: [
        { name: 'ssn', path: null, detector: 'us.ssn', matched: 40, sampled: 40, ratio: 1, confidence: 0.95, protection: 'plain', nameHint: true, evidence: {} },
        { name: 'full_name', path: null, detector: 'person_name', matched: 38, sampled: 40, ratio: 0.95, confidence: 0.9, protection: 'plain', nameHint: true, evidence: {} },
      ],
      exposure: { grants: [{ grantee: 'PUBLIC', privilege: 'SELECT', column: null }] },
    }),
  ];
  return assess(makeReport(assets, findings, ['data', 'sheets', 'postgres://app@db.example.com/app']), {}, FUTURE_DETECTORS);
}

describe('sarif', () => {
  it('validates, has one rule per catalogue detector, and locates every result', async () => {
    const { report, cwd } = await goldenReport(CASES[0]);
    const log = JSON.parse(render('sarif', report, goldenContext(cwd)));
    expectValidSarif(log);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(detectorCatalog().map((d) => d.id).sort());
    expect(run.results).toHaveLength(report.findings.length);
    for (const [i, res] of run.results.entries()) {
      const f = report.findings[i];
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.partialFingerprints['piiscanValueHmac/v1']).toBe(f.fingerprint);
      const region = res.locations[0].physicalLocation.region;
      expect(region.startLine).toBeGreaterThan(0);
      expect(region.startColumn).toBeGreaterThan(0);
    }
    const cn = run.results.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri.includes('cn/'));
    expect(cn.locations[0].physicalLocation.artifactLocation.uri).toBe(`fixtures/files/cn/${encodeURIComponent('客户回访记录.txt')}`);
    // Rules point at the articles through taxonomies that hold every target.
    const taxa = new Set(run.taxonomies.flatMap((t: { taxa: { id: string }[] }) => t.taxa.map((x) => x.id)));
    for (const r of run.tool.driver.rules) for (const rel of r.relationships) expect(taxa.has(rel.target.id), rel.target.id).toBe(true);
    expect(run.taxonomies.map((t: { name: string }) => t.name)).toEqual(['GDPR', 'CCPA', 'PIPL']);
  });

  it('locates cells by row and database columns by a logical location', () => {
    const log = JSON.parse(render('sarif', mixedReport()));
    expectValidSarif(log);
    const res = log.runs[0].results;
    const cell = res.find((r: { ruleId: string }) => r.ruleId === 'phone');
    expect(cell.locations[0].physicalLocation.region).toEqual({ startLine: 12 });
    expect(cell.locations[0].logicalLocations[0].fullyQualifiedName).toBe('客户!手机号');
    const col = res.filter((r: { ruleId: string }) => r.ruleId === 'us.ssn').find((r: { locations: { physicalLocation?: unknown }[] }) => !r.locations[0].physicalLocation);
    expect(col.locations[0].logicalLocations[0]).toEqual({ name: 'ssn', fullyQualifiedName: 'postgres://app@db.example.com/app/public.people.ssn', kind: 'member' });
    expect(col.level).toBe('error');
  });
});

describe('markdown', () => {
  it('escapes table cells and code spans', () => {
    expect(mdText('a|b*c_<x>')).toBe('a\\|b\\*c\\_\\<x\\>');
    expect(mdCode('a|b')).toBe('`a\\|b`');
    expect(mdCode('x`y')).toBe('`` x`y ``');
    const md = render('markdown', mixedReport());
    // Inside a code span markup is text; outside one it must never appear.
    const outsideCode = md.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
    expect(outsideCode).not.toMatch(/<script|<img|<\/?a\b/);
    // Every unescaped pipe is a cell border: in each table every row has as many cells as its header.
    let width = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      const cells = line.replace(/\\\|/g, '').split('|').length;
      if (width === 0) width = cells;
      expect(cells, line).toBe(width);
    }
    expect(md).toContain('evil/');
  });

  it('fits a pull-request comment', () => {
    const many = Array.from({ length: 400 }, (_, i) => fileAsset(`data/${String(i).padStart(3, '0')}-${'x'.repeat(80)}.txt`, { email: 2, 'us.ssn': 1, date_of_birth: 1, ip_address: 1 }, { exposure: { fileMode: '0644' } }));
    const md = render('markdown', assess(makeReport(many)));
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toMatch(/and 390 more asset/);
  });
});

describe('html', () => {
  const page = render('html', mixedReport());

  it('escapes every piece of data', () => {
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('loads nothing: a CSP that forbids it, the only script allowed by its hash, no external sources', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1].replace(/&#39;/g, "'");
    expect(csp).toMatch(/default-src 'none'/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1];
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(page).not.toMatch(/\s(src|srcset|action|poster|data)="(https?:)?\/\//);
    expect(page).not.toMatch(/<link\b|@import|url\(/);
    // Links out (the legal texts) are plain anchors that leak no referrer.
    for (const a of page.match(/<a href="https?:[^>]+>/g) ?? []) expect(a).toContain('rel="noreferrer noopener"');
  });

  it('shows the sections an auditor needs', () => {
    for (const id of ['summary', 'heatmap', 'assets', 'findings', 'columns', 'minimisation', 'legal']) expect(page).toContain(`<section id="${id}">`);
    expect(page).toContain('granted to PUBLIC');
    expect(page).toMatch(/name\+government-id/);
  });

  it('stays light on large reports: drill-downs, heat map and tables are capped with a note', () => {
    const many = Array.from({ length: 250 }, (_, i) => fileAsset(`data/${i}.txt`, { email: 1, 'us.ssn': 1 }));
    const big = render('html', assess(makeReport(many)));
    expect(big.match(/<details class="asset"/g)).toHaveLength(200);
    expect(big).toContain('The 200 riskiest of 250 assets are shown');
  });

  it('has no raw values unless the report has them', () => {
    expect(page).not.toContain('536-90-4399');
    const shown = render('html', mixedReport(true));
    expect(shown).toContain('536-90-4399');
    expect(shown).toMatch(/contains raw values/);
  });
});

/** RFC 4180 reader for the test (quoted fields, doubled quotes, embedded newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('csv', () => {
  it('one row per finding and per classified column, told apart by `record`', () => {
    const r = mixedReport();
    const [head, ...rows] = parseCsv(render('csv', r));
    expect(head[0]).toBe('record');
    expect(head).not.toContain('value');
    const col = (name: string) => head.indexOf(name);
    expect(rows.filter((x) => x[0] === 'finding')).toHaveLength(r.findings.length);
    const columns = rows.filter((x) => x[0] === 'column');
    expect(columns.map((x) => x[col('field')])).toEqual(['ssn', 'full_name']);
    expect(columns[0][col('protection')]).toBe('plain');
    expect(columns[0][col('asset_risk_level')]).toMatch(/high|critical/);
    const hostile = rows.find((x) => x[col('path')] === HOSTILE)!;
    expect(hostile).toBeDefined();
    // Spreadsheet formula injection is defused.
    expect(hostile[col('snippet')]).toBe("'=cmd|calc!A1");
    const cell = rows.find((x) => x[col('sheet')] === '客户')!;
    expect([cell[col('row')], cell[col('field')], cell[col('field_index')]]).toEqual(['12', '手机号', '3']);
  });

  it('adds the value column only when the report has values', () => {
    const [head, ...rows] = parseCsv(render('csv', mixedReport(true)));
    expect(rows.some((x) => x[head.indexOf('value')] === '536-90-4399')).toBe(true);
  });
});

describe('a report saved before the assessment existed', () => {
  it('still renders in every format', () => {
    const r = mixedReport();
    const old: ScanReport = {
      ...r,
      assessment: undefined,
      assets: r.assets.map(({ combinations: _c, risk: _r, minimisation: _m, triggers: _t, triggerDetails: _d, escalation: _e, ...a }) => a),
    };
    delete old.assessment;
    expectValidReport(old);
    for (const format of ['text', 'json', 'sarif', 'markdown', 'html', 'csv']) expect(render(format, old).length, format).toBeGreaterThan(100);
    expect(render('html', old)).toMatch(/made without a risk assessment/);
    expectValidSarif(JSON.parse(render('sarif', old)));
  });
});

describe('every report the renderers are given here is schema-valid', () => {
  it('mixed report', () => expectValidReport(mixedReport(true)));
});

describe('text', () => {
  it('ends with a short risk summary', async () => {
    const { report, cwd } = await goldenReport(CASES[1]);
    const out = render('text', report, goldenContext(cwd));
    expect(out).toMatch(/Risk assessment:\n {2}assets by risk: 0 critical, 2 high/);
    expect(out).toMatch(/\[email\+password\]/);
    expect(out).toMatch(/triggers: DPIA in 1 asset/);
  });
});
