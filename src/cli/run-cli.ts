import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { FORMAT_IDS, reporterFor, type DetectorMeta } from '../../reports/index.js';
import { parseSize } from '../config/size.js';
import { loadProject } from '../config/project.js';
import { BUILTIN_DETECTORS, UnknownDetectorError } from '../engine/registry.js';
import { PiiscanError, UsageError } from '../errors.js';
import type { Detector, ScanReport } from '../types.js';
import { TOOL } from '../version.js';
import { registerGateCommands } from './commands/gate.js';
import { registerSchemaCommands } from './commands/schema.js';
import { createProgress } from './progress.js';
import { prepareScan, type ScanSelectionFlags } from './scan-setup.js';

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal: progress and colour allowed. */
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** Where live progress goes (main.ts: process.stderr); without it, `--progress` lines join `stderr`. */
  progress?: NodeJS.WritableStream;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const FORMATS = FORMAT_IDS;

function parseConfidence(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

function parsePositiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function parseCountOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function parseSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected seconds ≥ 0 (0 = no limit)');
  return n;
}

function parseSizeOption(v: string): number {
  const n = parseSize(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a size such as 1048576, 500KB or 50MB');
  return n;
}

export function detectorCatalog(detectors: readonly Detector[] = BUILTIN_DETECTORS): DetectorMeta[] {
  return detectors.map((d) => ({
    id: d.id,
    name: d.name,
    category: d.category,
    sensitivity: d.sensitivity,
    locales: d.locales,
    description: d.description,
    legal: d.legal,
  }));
}

interface ScanFlags extends ScanSelectionFlags {
  format: (typeof FORMATS)[number];
  output?: string;
  quiet?: boolean;
  progress?: boolean;
  gitignore: boolean;
}

/** Runs the CLI in-process and returns what it would print (tests use this; main.ts only prints). */
export async function runCli(argv: readonly string[], io: CliIO): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = (s: string) => {
    stdout += s;
  };
  const err = (s: string) => {
    stderr += s;
  };

  const emit = (text: string, output: string | undefined) => {
    if (output) {
      const p = resolve(io.cwd, output);
      // Reports hold masked personal data and keyed fingerprints: owner-only (CONTRACT.md).
      writeFileSync(p, text, { mode: 0o600 });
      chmodSync(p, 0o600);
    } else out(text);
  };

  const program = new Command()
    .name('piiscan')
    .description('Find personal data in files and databases; classify it and map it to GDPR, CCPA and PIPL.')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err })
    .showSuggestionAfterError(true);

  program
    .command('scan')
    .description('scan files, directories and globs for personal data')
    .argument('[targets...]', 'files, directories or globs (default: targets from the config file)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file (mode 0600) instead of stdout')
    .option('-c, --config <file>', 'configuration file (default: piiscan.yaml if present)')
    .option('--min-confidence <n>', 'report findings at or above this confidence (0..1, default 0.5)', parseConfidence)
    .option('--detectors <globs>', 'only these detectors, comma-separated globs (e.g. "cn.*,email")')
    .option('--exclude-detectors <globs>', 'skip these detectors, comma-separated globs')
    .option('--include <globs>', 'only paths matching these comma-separated globs')
    .option('--exclude <globs>', 'skip paths matching these comma-separated globs')
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 50MB; default: no limit)', parseSizeOption)
    .option('--max-findings <n>', 'findings kept per asset; counts stay exact (default 1000)', parsePositiveInt)
    .option('--no-gitignore', 'do not honour .gitignore files')
    .option('--changed-since <git-ref>', 'only files changed since the merge base with this ref (plus uncommitted and untracked files)')
    .option('--show-values', 'include raw values in the report (they are masked otherwise)')
    .option('--sample-rows <n>', 'rows sampled per database table (default 10000)', parsePositiveInt)
    .option('--db-concurrency <n>', 'database tables scanned at once, one connection each (default 2)', parsePositiveInt)
    .option('--include-views', 'scan database views too')
    .option('--workers <n>', 'worker threads for files (default: the cores; 0 = scan in the main thread)', parseCountOption)
    .option('--unit-timeout <seconds>', 'stop a file that takes longer than this and record it as an error (default 300; 0 = no limit)', parseSeconds)
    .option('--progress', 'show progress on stderr even when it is not a terminal (a line every 5 s)')
    .option('-q, --quiet', 'no summary or progress on stderr')
    .action(async (targets: string[], flags: ScanFlags) => {
      // Config (custom detectors, allowlists), environment and flags → one ScanOptions (src/cli/scan-setup.ts).
      const p = await prepareScan(targets, flags, io, { command: 'scan', requireTargets: true });
      // The crawl, the pool and the assessment are loaded by this command only: `report`, `detectors`,
      // `--help` and `--version` start without them.
      const { scan } = await import('../scan.js');
      const display = await createProgress({
        stream: io.progress ?? new Writable({ write: (chunk: Buffer, _enc, done) => (err(chunk.toString()), done()) }),
        tty: io.progress !== undefined && io.stderrIsTTY,
        force: flags.progress === true,
        quiet: flags.quiet === true,
      });
      let report: ScanReport;
      try {
        report = await scan(p.targets, { ...p.options, ...(display ? { onProgress: (x) => display.update(x) } : {}) });
      } finally {
        display?.stop();
      }
      if (p.changed) report.scan.targets = [...p.requested];
      const reporter = reporterFor(flags.format)!;
      const rendered = reporter.render(report, {
        catalog: detectorCatalog(p.detectors),
        tool: TOOL,
        cwd: io.cwd,
        color: flags.format === 'text' && !flags.output && io.stdoutIsTTY,
      });
      emit(rendered, flags.output);
      if (!flags.quiet && (flags.format !== 'text' || flags.output)) {
        const s = report.scan.stats;
        err(`piiscan: ${s.files} file(s), ${s.findings} finding(s), ${s.errors} error(s), ${s.skipped} skipped in ${(s.durationMs / 1000).toFixed(2)} s\n`);
      }
    });

  program
    .command('detectors')
    .description('list the detectors: built-in, and the config file\'s custom and module detectors')
    .option('--json', 'machine-readable list')
    .option('-c, --config <file>', 'configuration file (default: piiscan.yaml if present)')
    .action(async (flags: { json?: boolean; config?: string }) => {
      const cat = detectorCatalog((await loadProject(flags.config, io.cwd)).allDetectors);
      if (flags.json) {
        out(JSON.stringify(cat, null, 2) + '\n');
        return;
      }
      const w = Math.max(...cat.map((d) => d.id.length));
      for (const d of cat) {
        out(`${d.id.padEnd(w)}  ${d.sensitivity.padEnd(12)}  ${d.category.padEnd(13)}  ${(d.locales ?? ['*']).join(',').padEnd(6)}  ${d.name}\n`);
      }
      out(`${cat.length} detectors\n`);
    });

  program
    .command('report')
    .description('re-render a saved JSON report in another format')
    .argument('<scan.json>', 'a report written by `piiscan scan --format json`')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write to a file (mode 0600) instead of stdout')
    .action((file: string, flags: { format: string; output?: string }) => {
      let report: ScanReport;
      try {
        report = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8')) as ScanReport;
      } catch (e) {
        throw new UsageError(`report: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (report?.schemaVersion !== 1) throw new UsageError(`report: ${file} is not a piiscan report (schemaVersion 1)`);
      emit(reporterFor(flags.format)!.render(report, { catalog: detectorCatalog(), tool: TOOL, cwd: io.cwd }), flags.output);
    });

  // gate, baseline create|update, schema snapshot (src/cli/commands).
  const ctx = { io, out, err };
  registerGateCommands(program, ctx);
  registerSchemaCommands(program, ctx);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return { exitCode: 0, stdout, stderr };
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return { exitCode: 0, stdout, stderr };
      return { exitCode: 2, stdout, stderr };
    }
    if (e instanceof UnknownDetectorError) return { exitCode: 2, stdout, stderr: stderr + `piiscan: ${e.message}\n` };
    if (e instanceof PiiscanError) {
      return { exitCode: e.exitCode, stdout, stderr: stderr + `piiscan: ${e.message}${e.hint ? `\n${e.hint}` : ''}\n` };
    }
    const debug = io.env.PIISCAN_DEBUG === '1';
    const msg = e instanceof Error ? (debug ? (e.stack ?? e.message) : e.message) : String(e);
    return { exitCode: 3, stdout, stderr: stderr + `piiscan: internal error: ${msg}\n(set PIISCAN_DEBUG=1 for a stack trace)\n` };
  }
}
