/**
 * The shared identifier lists (../shared/testdata/identifiers, python-stdnum derived): each value is
 * scanned on its own, with every built-in detector competing, as in a column of identifiers.
 * - `<id>.valid.txt`: share reported by detector `<id>` with exactly that value;
 * - `<id>.mutated.txt` / `<id>.invalid.txt`: share reported by `<id>`, and share reported by ANY detector.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanTextSync } from '../../src/engine/scan-text.js';

export const IDENTIFIERS_DIR = process.env.PIISCAN_VECTORS_DIR ?? fileURLToPath(new URL('../../../shared/testdata/identifiers', import.meta.url));

export type ListKind = 'valid' | 'mutated' | 'invalid';

export interface ListScore {
  detector: string;
  kind: ListKind;
  total: number;
  /** valid: reported by the right detector with the exact value; others: reported by that detector. */
  bySelf: number;
  /** Reported by any detector (for look-alikes: any false alarm at all). */
  byAny: number;
  /** Values behind the misses (valid) or the false alarms (look-alikes), with what was reported. */
  examples: string[];
}

function readList(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function scoreIdentifierLists(dir: string = IDENTIFIERS_DIR): ListScore[] {
  if (!existsSync(dir)) throw new Error(`identifier lists not found: ${dir} (set PIISCAN_VECTORS_DIR)`);
  const out: ListScore[] = [];
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.+)\.(valid|mutated|invalid)\.txt$/.exec(f);
    if (!m) continue;
    const [, detector, kind] = m as unknown as [string, string, ListKind];
    const values = readList(join(dir, f));
    const s: ListScore = { detector, kind, total: values.length, bySelf: 0, byAny: 0, examples: [] };
    for (const v of values) {
      const { findings } = scanTextSync(v, { showValues: true, fingerprintKey: 'piiscan-eval-not-secret' });
      const self = findings.filter((x) => x.detector === detector);
      const hit = kind === 'valid' ? self.some((x) => x.value === v) : self.length > 0;
      if (hit) s.bySelf++;
      if (findings.length > 0) s.byAny++;
      const bad = kind === 'valid' ? !hit : findings.length > 0;
      if (bad && s.examples.length < 5) s.examples.push(`${v} → ${findings.map((x) => `${x.detector}:${x.value ?? ''}:${x.confidence}`).join(', ') || 'nothing'}`);
    }
    out.push(s);
  }
  return out;
}
