import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/project.js';
import { ROOT } from '../helpers/detector-modules.js';

describe('README', () => {
  it('the Configuration example is a valid piiscan.yaml (custom detector examples included)', async () => {
    const md = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = md.split('## Configuration')[1].split('```yaml')[1].split('```')[0];
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-readme-'));
    writeFileSync(join(dir, 'piiscan.yaml'), block.replace('<64 hex digits from a report>', 'a'.repeat(64)));
    mkdirSync(join(dir, 'detectors'));
    writeFileSync(
      join(dir, 'detectors/badge.mjs'),
      "export default { id: 'acme.badge', name: 'Badge', category: 'online_id', sensitivity: 'internal', patterns: [{ name: 'b', regex: 'BDG[0-9]{8}', score: 0.6 }], legal: [], examples: { match: ['BDG12345678'], noMatch: [] } };",
    );
    const p = await loadProject(undefined, dir);
    expect(p.userDetectors.map((d) => d.id)).toEqual(['acme.employee_id', 'acme.badge']);
    expect(p.config.gate?.failOn).toEqual({ sensitivity: 'confidential', minConfidence: 0.5 });
    rmSync(dir, { recursive: true, force: true });
  });
});
