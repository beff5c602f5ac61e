import { stringify } from 'csv-stringify/sync';
import { assetColumns, assetJoinKey, assetLabel, findingJoinKey } from '../src/assess/asset-facts.js';
import type { Asset, Finding, ScanReport } from '../src/types.js';
import { defineReporter, type ReporterContext } from './types.js';

/**
 * CSV: one row per finding and one per classified column, told apart by `record` (CONTRACT.md). Cells that
 * a spreadsheet would run as a formula (= + - @ …) are prefixed with a quote (csv-stringify's
 * escape_formulas): the scanned data is untrusted. The `value` column exists only when the report has values.
 */

const COLUMNS = [
  'record',
  'asset',
  'path',
  'sheet',
  'store',
  'schema',
  'table',
  'line',
  'column',
  'end_line',
  'end_column',
  'row',
  'field',
  'field_index',
  'key_path',
  'detector',
  'category',
  'sensitivity',
  'confidence',
  'snippet',
  'value',
  'fingerprint',
  'subject_age',
  'legal',
  'matched',
  'sampled',
  'ratio',
  'protection',
  'name_hint',
  'asset_sensitivity',
  'asset_risk_score',
  'asset_risk_level',
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string | number | boolean>>;

function assetFields(a: Asset | undefined): Row {
  if (!a) return {};
  return { asset: assetLabel(a), asset_sensitivity: a.sensitivity ?? '', asset_risk_score: a.risk?.score ?? '', asset_risk_level: a.risk?.level ?? '' };
}

function findingRow(f: Finding, a: Asset | undefined): Row {
  const l = f.location;
  const where: Row =
    l.kind === 'file'
      ? { path: l.path, line: l.line, column: l.column, end_line: l.endLine, end_column: l.endColumn }
      : l.kind === 'cell'
        ? { path: l.path, sheet: l.sheet ?? '', row: l.row, field: l.column, field_index: l.columnIndex }
        : { store: l.store, schema: l.schema, table: l.table, field: l.column, key_path: l.path ?? '' };
  return {
    record: 'finding',
    ...assetFields(a),
    ...where,
    detector: f.detector,
    category: f.category,
    sensitivity: f.sensitivity,
    confidence: f.confidence,
    snippet: f.snippet,
    value: f.value ?? '',
    fingerprint: f.fingerprint,
    subject_age: f.subjectAge ?? '',
    legal: f.legal.join(' '),
  };
}

function columnRows(a: Asset, ctx: ReporterContext): Row[] {
  const meta = new Map(ctx.catalog.map((d) => [d.id, d]));
  const l = a.location;
  const where: Row = l.kind === 'table' ? { store: l.store, schema: l.schema, table: l.table } : { path: l.path, sheet: l.kind === 'sheet' ? l.sheet : '' };
  return assetColumns(a).map((c) => ({
    record: 'column',
    ...assetFields(a),
    ...where,
    field: c.name,
    key_path: c.path ?? '',
    detector: c.detector,
    category: meta.get(c.detector)?.category ?? '',
    sensitivity: meta.get(c.detector)?.sensitivity ?? '',
    confidence: c.confidence ?? '',
    legal: (meta.get(c.detector)?.legal ?? []).join(' '),
    matched: c.matched ?? '',
    sampled: c.sampled ?? '',
    ratio: c.ratio ?? '',
    protection: c.protection ?? '',
    name_hint: c.nameHint ?? '',
  }));
}

export function renderCsv(report: ScanReport, ctx: ReporterContext): string {
  const assets = new Map(report.assets.map((a) => [assetJoinKey(a), a]));
  const rows: Row[] = report.findings.map((f) => findingRow(f, assets.get(findingJoinKey(f))));
  for (const a of report.assets) rows.push(...columnRows(a, ctx));
  const withValues = report.findings.some((f) => f.value !== undefined);
  const columns = COLUMNS.filter((c) => c !== 'value' || withValues);
  return stringify(rows, { header: true, columns: [...columns], escape_formulas: true, record_delimiter: 'unix', cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

export default defineReporter({ id: 'csv', title: 'CSV (findings and columns)', extension: 'csv', render: renderCsv });
