import { Option, type Command } from 'commander';
import { FORMAT_IDS } from '../../../reports/index.js';
import { parseExpires } from '../../baseline/iso-date.js';
import { parseConfidenceValue } from '../scan-setup.js';
import { collectRepeated, type CommandContext } from './context.js';
import type { GateSourceFlags } from './gate-inputs.js';

/**
 * The options of `gate` and `baseline create|update`. What the commands do is in gate-run.ts, imported
 * when one of them runs: a `scan` does not load the policy, baseline, migration and schema code.
 */

const GATE_FORMATS = FORMAT_IDS;

export interface GateFlags extends GateSourceFlags {
  format?: (typeof GATE_FORMATS)[number];
  output?: string;
  quiet?: boolean;
}

export interface BaselineFlags extends GateSourceFlags {
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
    .action(async (targets: string[], flags: GateFlags) => (await import('./gate-run.js')).runGate(targets, flags, ctx));

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
      .action(async (targets: string[], flags: BaselineFlags) => (await import('./gate-run.js')).runBaseline(mode, targets, flags, ctx));
  }
}
