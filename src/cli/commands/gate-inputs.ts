import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BaselineEntry } from '../../baseline/baseline.js';
import { loadProject, type Project } from '../../config/project.js';
import type { FingerprintKey } from '../../engine/fingerprint.js';
import { UsageError } from '../../errors.js';
import { applyAllowlistToFindings, itemsFromReport, underTargets } from '../../gate/evaluate.js';
import { PolicyJudge, policyFromConfig, type GatePolicy } from '../../gate/policy.js';
import type { GateItem } from '../../gate/types.js';
import { knownKinds } from '../../migrations/annotations.js';
import { runMigrationGate } from '../../migrations/gate.js';
import { DIALECTS, type Dialect } from '../../migrations/model.js';
import { scan } from '../../scan.js';
import { runSchemaGate } from '../../schema/gate.js';
import { parseDsn } from '../../schema/dsn.js';
import { toReportPath } from '../../sources/crawl.js';
import type { Detector, ScanError, ScanReport } from '../../types.js';
import { prepareScan, type ScanSelectionFlags } from '../scan-setup.js';

/**
 * What `gate` and `baseline` judge, gathered the same way for both: a file scan (or a saved report),
 * the migrations, and a live schema against its snapshot — as gate items plus the errors met on the way.
 */

export interface GateSourceFlags extends ScanSelectionFlags {
  report?: string;
  baseline?: string;
  allowErrors?: boolean;
  migrations?: string[];
  dialect?: string;
  annotations?: string;
  schema?: string;
  snapshot?: string;
}

export interface GateInputs {
  project: Project;
  policy: GatePolicy;
  judge: PolicyJudge;
  detectors: Detector[];
  key: FingerprintKey;
  /** The fingerprint key of everything judged (a saved report's, or this run's). */
  keyId: string;
  items: GateItem[];
  errors: ScanError[];
  scan: ScanReport | null;
  allowlisted: number;
  annotated: number;
  migrations?: { globs: string[]; dialect: Dialect; files: number; columns: number; parseMs: number };
  schema?: { store: string; snapshot: string; columns: number };
  /** `baseline update`: entries outside what this run looked at are kept as they are. */
  inScope: (e: BaselineEntry) => boolean;
  /** The targets as given (for the accept command line). */
  requested: string[];
  baselineFile: string;
}

/** Number.MAX_SAFE_INTEGER: the gate must see every finding, not the first 1000 per file. */
const ALL_FINDINGS = Number.MAX_SAFE_INTEGER;

function readReport(file: string, cwd: string): ScanReport {
  let report: ScanReport;
  try {
    report = JSON.parse(readFileSync(resolve(cwd, file), 'utf8')) as ScanReport;
  } catch (e) {
    throw new UsageError(`--report: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (report?.schemaVersion !== 1 || !Array.isArray(report.findings) || !report.scan) throw new UsageError(`--report: ${file} is not a piiscan JSON report (schemaVersion 1)`);
  return report;
}

export async function gatherGateInputs(targets: string[], flags: GateSourceFlags, io: { cwd: string; env: NodeJS.ProcessEnv }, command: string): Promise<GateInputs> {
  const project = await loadProject(flags.config, io.cwd);
  const gateCfg = project.config.gate;
  const policy = policyFromConfig(gateCfg, project.config.minConfidence);
  if (flags.allowErrors) policy.allowErrors = true;
  const judge = new PolicyJudge(policy);
  const cfgMigrations = gateCfg?.migrations === undefined ? [] : typeof gateCfg.migrations === 'string' ? [gateCfg.migrations] : gateCfg.migrations;
  const migrationGlobs = flags.migrations?.length ? flags.migrations : cfgMigrations;
  const dialectName = flags.dialect ?? gateCfg?.dialect ?? 'postgres';
  if (!(DIALECTS as readonly string[]).includes(dialectName)) throw new UsageError(`--dialect: expected one of ${DIALECTS.join(', ')}, got "${dialectName}"`);
  const dialect = dialectName as Dialect;
  if ((flags.schema === undefined) !== (flags.snapshot === undefined)) throw new UsageError('--schema <db-url> and --snapshot FILE go together');
  if (flags.report && targets.length) throw new UsageError('give targets or --report, not both');

  // Targets from the config only when nothing else was asked for: `gate --migrations …` judges migrations.
  const schemaOnly = targets.length === 0 && !flags.report && (migrationGlobs.length > 0 || flags.schema !== undefined);
  const prepared = await prepareScan(targets, flags, io, { command, requireTargets: !flags.report && !schemaOnly, project });
  const { detectors, key } = prepared;
  const errors: ScanError[] = [];
  let items: GateItem[] = [];
  let report: ScanReport | null = null;
  let allowlisted = 0;
  let keyId = key.id;

  if (flags.report) {
    report = readReport(flags.report, io.cwd);
    keyId = report.scan.fingerprintKeyId;
    const { kept, allowed } = applyAllowlistToFindings(report.findings, project.config.allowlists ?? []);
    const changedRel = prepared.changed ? new Set(prepared.changed.map((a) => toReportPath(a, io.cwd))) : null;
    report = { ...report, findings: changedRel ? kept.filter((f) => !('path' in f.location) || changedRel.has(f.location.path ?? '')) : kept };
    allowlisted = allowed + (report.scan.stats.allowed ?? 0);
    items = itemsFromReport(report);
    errors.push(...report.scan.errors);
    // What a report left out cannot be judged: the gate fails closed on it rather than passing blind.
    for (const a of report.assets) {
      if (a.truncated && 'path' in a.location) {
        const asset = a.location.path;
        errors.push({ target: flags.report, asset, code: 'REPORT_TRUNCATED', message: `${flags.report}: the findings of ${asset} were capped (--max-findings); let the gate scan, or rescan with a higher cap` });
      }
    }
    const need = judge.lowestConfidence();
    if (report.scan.minConfidence !== undefined && report.scan.minConfidence > need) {
      errors.push({ target: flags.report, code: 'REPORT_THRESHOLD', message: `${flags.report} was made at --min-confidence ${report.scan.minConfidence}, but the policy judges findings from ${need}` });
    }
  } else if (!schemaOnly) {
    const minConfidence = flags.minConfidence ?? judge.lowestConfidence();
    report = await scan(prepared.targets, { ...prepared.options, minConfidence, maxFindingsPerAsset: ALL_FINDINGS });
    // The scan lists what it was asked for; with --changed-since that is the changed files, shown relative.
    report.scan.targets = prepared.changed ? prepared.targets.map((t) => toReportPath(resolve(io.cwd, t), io.cwd)) : [...prepared.requested];
    allowlisted = report.scan.stats.allowed ?? 0;
    items = itemsFromReport(report);
    errors.push(...report.scan.errors);
  }

  const kinds = knownKinds(project.allDetectors.map((d) => d.id));
  const annotationsFile = flags.annotations ?? gateCfg?.annotations;
  let annotated = 0;
  let migrations: GateInputs['migrations'];
  if (migrationGlobs.length) {
    if (keyId !== key.id) throw new UsageError(`--report ${flags.report} was made with fingerprint key ${keyId}, this run's key is ${key.id}: migrations and the report cannot share a baseline`);
    const m = await runMigrationGate({
      globs: migrationGlobs,
      cwd: io.cwd,
      dialect,
      detectors,
      key,
      knownKinds: kinds,
      require: policy.requireAnnotation,
      annotationsFile,
      changed: prepared.changed ? new Set(prepared.changed) : undefined,
    });
    items.push(...m.items);
    errors.push(...m.errors);
    annotated += m.annotated;
    migrations = { globs: [...migrationGlobs], dialect, files: m.files.length, columns: m.columns, parseMs: m.parseMs };
  }
  let schemaInfo: GateInputs['schema'];
  if (flags.schema !== undefined && flags.snapshot !== undefined) {
    const s = await runSchemaGate({ url: flags.schema, snapshot: flags.snapshot, cwd: io.cwd, detectors, key, knownKinds: kinds, require: policy.requireAnnotation, annotationsFile });
    items.push(...s.items);
    annotated += s.annotated;
    schemaInfo = { store: s.store, snapshot: flags.snapshot, columns: s.columns };
  }

  const scanned = report !== null;
  const inTargets = underTargets(prepared.requested);
  const changedAbs = prepared.changed ? new Set(prepared.changed) : null;
  const schemaRan = migrations !== undefined || schemaInfo !== undefined;
  const inScope = (e: BaselineEntry): boolean => {
    if (e.column !== undefined) return schemaRan && changedAbs === null;
    if (!scanned || !inTargets(e.asset)) return false;
    const abs = resolve(io.cwd, e.asset);
    return changedAbs === null || changedAbs.has(abs) || !existsSync(abs);
  };
  return {
    project,
    policy,
    judge,
    detectors,
    key,
    keyId,
    items,
    errors,
    scan: report,
    allowlisted,
    annotated,
    migrations,
    schema: schemaInfo,
    inScope,
    requested: prepared.requested,
    baselineFile: flags.baseline ?? policy.baseline,
  };
}

/** `piiscan baseline update …` for what this run looked at: the line a person copies to accept. */
export function acceptCommand(g: GateInputs, flags: GateSourceFlags): string {
  const q = (s: string) => (/^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['piiscan', 'baseline', 'update'];
  if (flags.report) parts.push('--report', q(flags.report));
  else parts.push(...g.requested.map(q));
  if (flags.config) parts.push('--config', q(flags.config));
  for (const m of g.migrations?.globs ?? []) parts.push('--migrations', q(m));
  if (g.migrations && g.migrations.dialect !== 'postgres') parts.push('--dialect', g.migrations.dialect);
  if (flags.schema !== undefined) parts.push('--schema', q(parseDsn(flags.schema).display), '--snapshot', q(flags.snapshot ?? ''));
  if (flags.changedSince) parts.push('--changed-since', q(flags.changedSince));
  if (flags.baseline) parts.push('--baseline', q(flags.baseline));
  return parts.join(' ');
}
