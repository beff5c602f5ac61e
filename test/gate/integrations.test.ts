import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/detector-modules.js';

/** The CI integration files are examples people copy: they must at least parse and call the gate as documented. */
const load = (p: string) => parse(readFileSync(join(ROOT, p), 'utf8')) as unknown;

describe('CI integration files', () => {
  it('GitHub Actions: runs the gate and uploads SARIF to code scanning even when the gate fails', () => {
    const wf = load('.github/workflows/piiscan.yml') as {
      permissions: Record<string, string>;
      jobs: { gate: { steps: { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[] } };
    };
    expect(wf.permissions['security-events']).toBe('write');
    const steps = wf.jobs.gate.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    expect(steps.some((s) => s.run?.includes('piiscan gate') && s.run.includes('--format sarif --output piiscan.sarif'))).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload).toMatchObject({ if: 'always()', with: { sarif_file: 'piiscan.sarif' } });
  });

  it('pre-commit hooks and the GitLab job call the gate', () => {
    const hooks = load('.pre-commit-hooks.yaml') as { id: string; entry: string; language: string }[];
    expect(hooks.map((h) => h.id)).toEqual(['piiscan', 'piiscan-migrations']);
    for (const h of hooks) expect(h.entry).toMatch(/piiscan gate$/);
    const gl = load('docs/ci/gitlab-ci.yml') as { piiscan: { script: string[]; artifacts: { when: string } } };
    expect(gl.piiscan.script.join('\n')).toMatch(/piiscan gate \. \$CHANGED/);
    expect(gl.piiscan.artifacts.when).toBe('always');
  });
});
