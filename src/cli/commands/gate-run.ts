import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { reporterFor, type DetectorMeta } from '../../../reports/index.js';
import { assertSameKey, BaselineIndex, buildBaseline, readBaseline, writeBaseline } from '../../baseline/baseline.js';
import { PiiscanError, UsageError } from '../../errors.js';
import { evaluateGate } from '../../gate/evaluate.js';
import { gateReport } from '../../gate/report.js';
import { renderGateSummary } from '../../gate/summary.js';
import type { Detector } from '../../types.js';
import { TOOL } from '../../version.js';
import { emitTo, type CommandContext } from './context.js';
import type { BaselineFlags, GateFlags } from './gate.js';
import { acceptCommand, gatherGateInputs } from './gate-inputs.js';

/**
 * What `gate` and `baseline create|update` do, apart from their options (gate.ts): the policy, the
 * baseline, migrations and schemas are imported only when one of these commands runs, not on every start.
 */

/** What reporters know about the detectors of this run (built-in and user ones). */
function catalogOf(detectors: readonly Detector[]): DetectorMeta[] {
  return detectors.map((d) => ({ id: d.id, name: d.name, category: d.category, sensitivity: d.sensitivity, locales: d.locales, description: d.description, legal: d.legal }));
}

/** The gate found violations: exit 1 (CONTRACT.md). The summary is already on stderr. */
export class GateFailedError extends PiiscanError {
  readonly code = 'GATE_FAILED';
  readonly exitCode = 1;
}

export async function runGate(targets: string[], flags: GateFlags, ctx: CommandContext): Promise<void> {
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
}

export async function runBaseline(mode: 'create' | 'update', targets: string[], flags: BaselineFlags, ctx: CommandContext): Promise<void> {
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
}
