import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/project.js';
import { ConfigError } from '../../src/errors.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'piiscan-project-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const EMPLOYEE = `
custom:
  - id: acme.employee_id
    name: ACME employee number
    pattern: 'EMP-[0-9]{6}'
    sensitivity: confidential
    context: [employee, 工号]
    columnHints: [employee id, 工号]
    examples:
      match: ['employee EMP-123456']
      noMatch: ['EMP-12345']
`;

const MODULE = `export default [{
  id: 'acme.badge',
  name: 'ACME badge',
  category: 'online_id',
  sensitivity: 'confidential',
  patterns: [{ name: 'badge', regex: 'BDG[0-9]{8}', score: 0.6 }],
  legal: ['gdpr:art4-1'],
  normalize: (raw) => raw.toUpperCase(),
  examples: { match: ['badge BDG12345678'], noMatch: ['BDG1234'] },
}];
`;

describe('piiscan.yaml: custom detectors, detector modules, allowlists', () => {
  it('compiles custom and module detectors and the allowlist', async () => {
    const dir = project({
      'piiscan.yaml': `${EMPLOYEE}detectorModules: [plugins/badge.mjs]\nallowlists:\n  - paths: ['fixtures/**']\n  - regexes: ['@example\\.com$']\n`,
      'plugins/badge.mjs': MODULE,
    });
    const p = await loadProject(undefined, dir);
    expect(p.userDetectors.map((d) => d.id)).toEqual(['acme.employee_id', 'acme.badge']);
    expect(p.allDetectors.length).toBeGreaterThan(40);
    expect(p.allowlist?.coversPath('fixtures/a.txt')).toBe(true);
  });

  it('names the file, the key and the expectation', async () => {
    const dir = project({
      'piiscan.yaml': `
custom:
  - id: acme.bad
    name: bad
    pattern: '(?<=x)y'
    sensitivity: internal
  - id: acme.miss
    name: misses its example
    pattern: 'ZZ[0-9]{4}'
    sensitivity: internal
    examples: { match: ['nothing here'] }
detectorModules: [missing.mjs, plugins/shape.mjs]
allowlists:
  - regexes: ['a(b']
`,
      'plugins/shape.mjs': `export default { id: 'Bad Id', name: 'x' };`,
    });
    const err = await loadProject(undefined, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as ConfigError).message;
    // zod problems (allowlists) stop the load before the detectors are compiled.
    expect(msg).toMatch(/^piiscan\.yaml: invalid configuration/);
    expect(msg).toMatch(/allowlists\[0\]\.regexes\[0\]: not a valid RE2 pattern/);

    const dir2 = project({
      'piiscan.yaml': `
custom:
  - id: acme.bad
    name: bad
    pattern: '(?<=x)y'
    sensitivity: internal
  - id: acme.miss
    name: misses its example
    pattern: 'ZZ[0-9]{4}'
    sensitivity: internal
    examples: { match: ['nothing here'] }
detectorModules: [missing.mjs, plugins/shape.mjs]
`,
      'plugins/shape.mjs': `export default { id: 'Bad Id', name: 'x' };`,
    });
    const msg2 = ((await loadProject(undefined, dir2).catch((e: unknown) => e)) as ConfigError).message;
    expect(msg2).toMatch(/custom\[0\]\.pattern: not a valid RE2 pattern/);
    expect(msg2).toMatch(/custom\[1\]\.examples\.match\[0\]: the detector does not report this example/);
    expect(msg2).toMatch(/detectorModules\[0\]: module not found: missing\.mjs/);
    expect(msg2).toMatch(/detectorModules\[1\]: id: expected a dotted lower-case id/);
  });
});
