import fg from 'fast-glob';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FingerprintKey } from '../engine/fingerprint.js';
import { UsageError } from '../errors.js';
import type { GateItem } from '../gate/types.js';
import { toReportPath } from '../sources/crawl.js';
import type { Detector, ScanError } from '../types.js';
import { AnnotationIndex } from './annotations.js';
import { judgeColumns } from './judge.js';
import type { Dialect, ParsedMigration } from './model.js';
import { parseMysqlMigration } from './mysql.js';
import { parsePostgresMigration } from './postgres.js';
import { migrationOrder, replay } from './replay.js';

/**
 * `gate --migrations GLOB`: parse every matched migration with the dialect's real parser, replay them in
 * order, and judge the columns the migrations define — or, with `--changed-since`, the columns the changed
 * migrations touch. A migration that cannot be parsed is an error at its file and line, never a pass.
 */

export const ANNOTATIONS_FILE = 'piiscan-annotations.yaml';

export interface MigrationGateOptions {
  globs: readonly string[];
  cwd: string;
  dialect: Dialect;
  detectors: readonly Detector[];
  key: FingerprintKey;
  knownKinds: ReadonlySet<string>;
  require: readonly ('purpose' | 'retention')[];
  /** An explicit side file (config `gate.annotations` or `--annotations`); else piiscan-annotations.yaml beside the migrations. */
  annotationsFile?: string;
  /** Absolute paths of changed files (`--changed-since`): only columns they touch are judged. */
  changed?: ReadonlySet<string>;
}

export interface MigrationGateResult {
  items: GateItem[];
  errors: ScanError[];
  files: string[];
  columns: number;
  annotated: number;
  declaredNone: number;
  parseMs: number;
}

export function parseMigration(text: string, file: string, dialect: Dialect): Promise<ParsedMigration> {
  return dialect === 'postgres' ? parsePostgresMigration(text, file) : parseMysqlMigration(text, file, dialect);
}

export async function runMigrationGate(o: MigrationGateOptions): Promise<MigrationGateResult> {
  const abs = await fg([...o.globs], { cwd: o.cwd, absolute: true, onlyFiles: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  if (abs.length === 0) throw new UsageError(`--migrations: ${o.globs.join(', ')} matched no file (globs are relative to ${o.cwd})`);
  const ordered = migrationOrder(abs.map((a) => toReportPath(a, o.cwd)));
  const errors: ScanError[] = [];
  const parsed: ParsedMigration[] = [];
  let parseMs = 0;
  for (const file of ordered) {
    let text: string;
    try {
      text = readFileSync(resolve(o.cwd, file), 'utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      errors.push({ target: file, asset: file, code: 'SOURCE_READ', message: `${file}: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const m = await parseMigration(text, file, o.dialect);
    parseMs += m.parseMs;
    if (m.error) {
      errors.push({ target: file, asset: file, code: 'MIGRATION_PARSE', message: `${file}:${m.error.line}:${m.error.column}: cannot parse (${o.dialect}): ${m.error.message}` });
    }
    parsed.push(m);
  }

  const annotations = AnnotationIndex.empty();
  if (o.annotationsFile) annotations.load(resolve(o.cwd, o.annotationsFile), o.annotationsFile);
  else {
    for (const dir of new Set(ordered.map((f) => dirname(resolve(o.cwd, f))))) {
      const side = join(dir, ANNOTATIONS_FILE);
      if (existsSync(side)) annotations.load(side, toReportPath(side, o.cwd));
    }
  }

  const changedRel = o.changed ? new Set([...o.changed].map((a) => toReportPath(a, o.cwd))) : null;
  // A changed side file re-opens the columns it annotates: judge them all then.
  const sideChanged = changedRel !== null && annotations.files.some((f) => changedRel.has(f));
  const columns = replay(parsed, o.dialect).filter((c) => !changedRel || sideChanged || [...c.touchedIn].some((f) => changedRel.has(f)));
  const j = judgeColumns(
    columns.map((c) => ({
      schema: c.schema,
      table: c.table,
      column: c.column,
      type: c.type,
      comment: c.comment,
      location: { kind: 'file', path: c.definedAt.file, line: c.definedAt.line, column: c.definedAt.column, endLine: c.definedAt.endLine, endColumn: c.definedAt.endColumn },
      keys: [c.definedAt.file],
    })),
    { detectors: o.detectors, key: o.key, annotations, knownKinds: o.knownKinds, require: o.require },
  );
  return { items: j.items, errors, files: ordered, columns: j.columns, annotated: j.annotated, declaredNone: j.declaredNone, parseMs: Math.round(parseMs * 10) / 10 };
}
