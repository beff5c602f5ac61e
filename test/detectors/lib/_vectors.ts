// The shared identifier vectors (python-stdnum derived) used by the validator-library tests.
// PIISCAN_VECTORS_DIR overrides the location; a missing directory fails loudly rather than skipping.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository (where CI and developers have it), unless PIISCAN_VECTORS_DIR says otherwise. */
export const VECTORS_DIR =
  process.env.PIISCAN_VECTORS_DIR ?? fileURLToPath(new URL('../../../../shared/testdata/identifiers', import.meta.url));
const DIR = VECTORS_DIR;

export function vectors(id: string, kind: 'valid' | 'invalid' | 'mutated'): string[] {
  const file = `${DIR}/${id}.${kind}.txt`;
  if (!existsSync(file)) throw new Error(`test vectors not found: ${file} (set PIISCAN_VECTORS_DIR)`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Spaces and dashes removed, upper-cased: the form the vectors' checksums are defined on. */
export function squeeze(v: string): string {
  return v.replace(/[ \t-]/g, '').toUpperCase();
}
