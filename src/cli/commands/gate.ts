import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { FORMAT_IDS, reporterFor, type DetectorMeta } from '../../../reports/index.js';
import { assertSameKey, BaselineIndex, buildBaseline, parseExpires, readBaseline, writeBaseline } from '../../baseline/baseline.js';
import { PiiscanError, UsageError } from '../../errors.js';
import { evaluateGate } from '../../gate/evaluate.js';
import { gateReport } from '../../gate/report.js';
import { renderGateSummary } from '../../gate/summary.js';
import type { Detector } from '../../types.js';
import { TOOL } from '../../version.js';
import { parseConfidenceValue } from '../scan-setup.js';
import { collectRepeated, emitTo, type CommandContext } from './context.js';
import { acceptCommand, gatherGateInputs, type GateSourceFlags } from './gate-inputs.js';

/** What reporters know about the detectors of this run (built-in and user ones). */
function catalogOf(detectors: readonly Detector[]): DetectorMeta[] {
  return detectors.map((d) => ({ id: d.id, name: d.name, category: d.category, sensitivity: d.sensitivity, locales: d.locales, description: d.description, legal: d.legal }));
}

/** The gate found violations: exit 1 (CONTRACT.md). The summary is already on stderr. */
export class GateFailedError extends PiiscanError {
  readonly code = 'GATE_FAILED';
  readonly exitCode = 1;
}

const GATE_FORMATS = FORMAT_IDS;

interface GateFlags extends GateSourceFlags {
  format?: (typeof GATE_FORMATS)[number];
  output?: string;
  quiet?: boolean;
}

interface BaselineFlags extends GateSourceFlags {
  reason?: string;
  expires?: string;
  force?: boolean;
}

/** Options shared by `gate` and `baseline create|update`: what to judge. */
function sourceOptions(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'configuration file (default: piiscan.yaml if present)')
    .option('--report <scan.json>', 'judge a saved JSON report instead of scanning')
    .option('--baseline <file>', 'baseline of accepted findings (default: gate.baseline or .piiscan/baseline.json)')
    .option('--changed-since <git-ref>', 'only files changed since the merge base with this ref (plus uncommitted and untracked files)')
    .option('--migrations <glob>', 'SQL migrations to judge (repeatable); parsed with a real SQL parser', collectRepeated)
    .addOption(new Option('--dialect <dialect>', 'SQL dialect of the migrations (default: gate.dialect or postgres)').choices(['postgres', 'mysql', 'mariadb']))
    .option('--annotations <file>', 'YAML side file of column annotations (default: piiscan-annotations.yaml beside the migrations)')
    .option('--schema <db-url>', 'a live database to compare with --snapshot (postgres://… or mysql://…)')
    .option('--snapshot <file>', 'the committed schema snapshot (see `piiscan schema snapshot`)')
    .option('--allow-errors', 'scan errors and unparseable migrations do not fail the gate')
    .option('--min-confidence <n>', 'scan down to this confidence (default: the lowest the policy asks for)', (v) => parseConfidenceValue(v, '--min-confidence'))
    .option('--detectors <globs>', 'only these detectors, comma-separated globs')
    .option('--exclude-detectors <globs>', 'skip these detectors, comma-separated globs')
    .option('--include <globs>', 'only paths matching these comma-separated globs')
    .option('--exclude <globs>', 'skip paths matching these comma-separated globs')
    .option('--no-gitignore', 'do not honour .gitignore files');
}

export function registerGateCommands(program: Command, ctx: CommandContext): void {
  sourceOptions(
    program
      .command('gate')
      .description('fail (exit 1) on personal data the policy does not accept: scan results, SQL migrations, live schema changes')
      .argument('[targets...]', 'files, directories or globs (default: targets from the config file)'),
  )
    .addOption(new Option('-f, --format <format>', 'also write the violations as a report').choices(GATE_FORMATS))
    .option('-o, --output <file>', 'write that report to a file (mode 0600) instead of stdout')
    .option('-q, --quiet', 'no summary on stderr when the gate passes')
    .action(async (targets: string[], flags: GateFlags) => {
      const started = new Date();
      const g = await gatherGateInputs(targets, flags, ctx.io, 'gate');
      const baselinePath = resolve(ctx.io.cwd, g.baselineFile);
      const baseline = readBaseline(baselinePath, g.baselineFile);
      if (baseline) assertSameKey(baseline, g.keyId, g.baselineFile);
      const evaluation = evaluateGate(g.items, g.errors, g.judge, baseline ? new BaselineIndex(baseline, started) : null);
      const format = flags.format ?? (flags.output ? 'json' : undefined);
      if (format) {
        const report = gateReport({
          scan: g.scan,
          evaluation,
          policy: g.policy,
          errors: evaluation.errors,
          section: {
            accepted: { baseline: evaluation.counts.baselined, allowlisted: g.allowlisted, annotated: g.annotated, belowPolicy: evaluation.counts.belowPolicy, ignored: evaluation.counts.ignored },
            baseline: baseline ? { file: g.baselineFile, entries: baseline.entries.length } : null,
            ...(g.migrations ? { migrations: { files: g.migrations.files, columns: g.migrations.columns, parseMs: g.migrations.parseMs } } : {}),
            ...(g.schema ? { schema: g.schema } : {}),
          },
          fallback: {
            id: randomUUID(),
            startedAt: started.toISOString(),
            finishedAt: new Date().toISOString(),
            targets: [...(g.migrations?.globs ?? []), ...(g.schema ? [g.schema.store] : [])],
            fingerprintKeyId: g.keyId,
            minConfidence: g.judge.lowestConfidence(),
            detectors: g.detectors.map((d) => d.id),
          },
        });
        let text: string;
        // JSON keeps the `gate` section; the other formats render the violations like a scan (markdown: a PR comment).
        if (format === 'json') text = JSON.stringify(report, null, 2) + '\n';
        else {
          const reporter = reporterFor(format);
          if (!reporter) throw new UsageError(`--format ${format}: no such reporter in this build`);
          text = reporter.render(report, { catalog: catalogOf(g.detectors), tool: TOOL, cwd: ctx.io.cwd });
        }
        emitTo(ctx, text, flags.output);
      }
      if (!flags.quiet || !evaluation.passed) {
        ctx.err(
          renderGateSummary(evaluation, {
            acceptCommand: acceptCommand(g, flags),
            baselineFile: g.baselineFile,
            baselineEntries: baseline?.entries.length ?? 0,
            allowlisted: g.allowlisted,
            annotated: g.annotated,
            dialect: g.migrations?.dialect,
          }),
        );
      }
      if (!evaluation.passed) {
        throw new GateFailedError(`gate failed: ${evaluation.violations.length} violation(s)${evaluation.errorsFail ? `, ${evaluation.errors.length} error(s)` : ''}`);
      }
    });

  const baseline = program.command('baseline').description('record reviewed findings so the gate fails only on new ones (fingerprints, never raw values)');
  for (const mode of ['create', 'update'] as const) {
    sourceOptions(
      baseline
        .command(mode)
        .description(
          mode === 'create'
            ? 'write a new baseline of everything the gate would fail on now'
            : 'refresh the baseline: add new findings, keep reasons and expiry of those still present, drop stale ones',
        )
        .argument('[targets...]', 'files, directories or globs (default: targets from the config file)'),
    )
      .option('--reason <text>', 'why these findings are accepted (stored on new entries)')
      .option('--expires <date>', 'accept new entries until this ISO date (they fail again after it)', parseExpires)
      .option('--force', 'create: overwrite an existing baseline')
      .action(async (targets: string[], flags: BaselineFlags) => {
        const g = await gatherGateInputs(targets, flags, ctx.io, `baseline ${mode}`);
        const path = resolve(ctx.io.cwd, g.baselineFile);
        const previous = readBaseline(path, g.baselineFile);
        if (mode === 'create' && previous && !flags.force) {
          throw new UsageError(`baseline ${g.baselineFile} exists: use \`piiscan baseline update\` (keeps reasons and expiry) or --force`);
        }
        if (previous && mode === 'update') assertSameKey(previous, g.keyId, g.baselineFile);
        const evaluation = evaluateGate(g.items, g.errors, g.judge, null);
        const built = buildBaseline(
          evaluation.gated.map((i) => ({ detector: i.finding.detector, asset: i.asset, fingerprint: i.finding.fingerprint, ...(i.column ? { column: i.column } : {}) })),
          g.keyId,
          `${TOOL.name} ${TOOL.version}`,
          { previous: mode === 'update' ? previous : null, reason: flags.reason, expires: flags.expires, inScope: g.inScope },
        );
        writeBaseline(path, built.baseline);
        const n = built.baseline.entries.length;
        ctx.err(`piiscan baseline ${mode}: ${g.baselineFile}: ${n} entr${n === 1 ? 'y' : 'ies'} (${built.added} added, ${built.kept} kept, ${built.dropped} dropped)\n`);
        if (evaluation.errors.length) {
          ctx.err(`warning: ${evaluation.errors.length} error(s) while scanning; what could not be read is not in the baseline:\n${evaluation.errors.map((e) => `  ${e.message}`).join('\n')}\n`);
        }
      });
  }
}
