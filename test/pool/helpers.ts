import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanReport } from '../../src/types.js';
import { ROOT } from '../helpers/detector-modules.js';

export { ROOT };

/** A fresh temp dir. */
export function tempDir(prefix = 'piiscan-pool-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A tree of `copies` copies of the text and table fixtures (fixtures/files, fixtures/tables): enough
 * files that a scan takes the worker pool, with every kind of unit (text, CSV, GBK, UTF-16, gzip, XLSX,
 * JSON, NDJSON) in it.
 */
export function fixtureTree(copies: number): string {
  const dir = tempDir();
  for (let i = 0; i < copies; i++) {
    cpSync(join(ROOT, 'fixtures/files'), join(dir, `c${String(i).padStart(2, '0')}/files`), { recursive: true });
    cpSync(join(ROOT, 'fixtures/tables'), join(dir, `c${String(i).padStart(2, '0')}/tables`), { recursive: true });
  }
  return dir;
}

/** The report without what differs between runs by design (ids, clocks, durations). */
export function stable(r: ScanReport): string {
  const copy = structuredClone(r) as unknown as { scan: Record<string, unknown> & { stats: Record<string, unknown> } };
  delete copy.scan.id;
  delete copy.scan.startedAt;
  delete copy.scan.finishedAt;
  delete copy.scan.stats.durationMs;
  return JSON.stringify(copy, null, 2);
}

/**
 * A detector module whose validator misbehaves on one trigger value: `SPIN` never returns, `EXIT` ends
 * its thread (as native code that calls exit() would), `THRW` throws later, outside any try (an uncaught
 * exception). Everything else it validates normally.
 */
export function misbehavingModule(dir: string): { path: string; id: string } {
  const path = join(dir, 'misbehave.mjs');
  writeFileSync(
    path,
    `export default {
  id: 'acme.trap', name: 'Trap', category: 'online_id', sensitivity: 'internal',
  patterns: [{ name: 'trap', regex: 'TRAP-(SPIN|EXIT|THRW|OKAY)-[0-9]{4}', score: 0.9 }],
  legal: [], examples: { match: ['TRAP-OKAY-1234'], noMatch: [] },
  validate(v) {
    if (v.startsWith('TRAP-SPIN')) for (;;) {}
    if (v.startsWith('TRAP-EXIT')) process.exit(7);
    if (v.startsWith('TRAP-THRW')) setTimeout(() => { throw new Error('boom from a timer'); }, 0);
    return 'valid';
  },
};
`,
  );
  return { path, id: 'acme.trap' };
}
