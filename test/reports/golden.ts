import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ReporterContext } from '../../reports/index.js';
import { detectorCatalog } from '../../src/cli/run-cli.js';
import { scan } from '../../src/scan.js';
import type { AssessConfig, ScanReport } from '../../src/types.js';
import { ROOT } from '../helpers/detector-modules.js';

/** Inputs of the golden-file tests: a fixed clock, scan id, key and tool version, and pinned file modes. */

export const GOLDEN_NOW = new Date('2025-06-01T08:00:00.000Z');
export const GOLDEN_TOOL = { name: 'piiscan', version: '0.0.0-golden' } as const;

export interface GoldenCase {
  name: string;
  /** Directory copied (as this relative path) into a scratch working directory and scanned. */
  input: string;
  /** File mode per path suffix; the rest get 0644. */
  modes?: Record<string, number>;
  assessment?: AssessConfig;
}

export const CASES: readonly GoldenCase[] = [
  { name: 'files', input: 'fixtures/files' },
  {
    name: 'assessment',
    input: 'fixtures/reports/assessment/input',
    modes: { '学生名单.txt': 0o640 },
    assessment: {
      retention: { default: 365, 'credential.password': 0 },
      purposes: [{ paths: ['**/accounts-export.txt'], allowed: ['contact'], purpose: 'account recovery' }],
    },
  },
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * The files git tracks under `input`: a clean clone (CI) has only those, so a file the working tree holds
 * but git ignores (e.g. a `*.log` fixture caught by .gitignore) must not reach the golden files.
 */
function trackedFiles(input: string): string[] | null {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--', input], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = out.split('\0').filter((f) => f !== '');
    return files.length > 0 ? files : null;
  } catch {
    return null;
  }
}

export async function goldenReport(c: GoldenCase): Promise<{ report: ScanReport; cwd: string }> {
  const cwd = mkdtempSync(join(tmpdir(), `piiscan-golden-${c.name}-`));
  const tracked = trackedFiles(c.input);
  if (tracked) {
    for (const f of tracked) {
      mkdirSync(dirname(join(cwd, f)), { recursive: true });
      copyFileSync(join(ROOT, f), join(cwd, f));
    }
  } else cpSync(join(ROOT, c.input), join(cwd, c.input), { recursive: true });
  // A checkout's modes depend on the umask; pin them, since exposure.fileMode is part of the report.
  for (const f of walk(join(cwd, c.input))) {
    const suffix = Object.keys(c.modes ?? {}).find((s) => f.endsWith(s));
    chmodSync(f, suffix ? c.modes![suffix] : 0o644);
  }
  const r = await scan([c.input], {
    cwd,
    now: () => GOLDEN_NOW,
    scanId: `golden-${c.name}`,
    fingerprintKey: 'piiscan-golden-key',
    assessment: c.assessment,
  });
  // Wall-clock duration and the tool version are the only facts a fixed clock does not pin.
  const report: ScanReport = { ...r, tool: { ...GOLDEN_TOOL }, scan: { ...r.scan, stats: { ...r.scan.stats, durationMs: 0 } } };
  return { report, cwd };
}

export function goldenContext(cwd: string): ReporterContext {
  return { catalog: detectorCatalog(), tool: { ...GOLDEN_TOOL }, cwd };
}
