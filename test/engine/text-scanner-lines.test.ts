import { describe, expect, it } from 'vitest';
import { explicitKey } from '../../src/engine/fingerprint.js';
import { BUILTIN_DETECTORS, engineFor } from '../../src/engine/registry.js';
import { scanTextSync } from '../../src/engine/scan-text.js';
import { TextScanner } from '../../src/engine/text-scanner.js';

// A match that starts a line above its value: bank_account takes the BSB / sort-code line with the account line.
const TEXTS = [
  'Intro line\nBSB .................. 062-000\nAccount number ....... 1093 8845\nThanks',
  'a\nSort code: 60-83-71\nAccount no: 31926819\n',
];

describe('text scanner: matches over two lines', () => {
  it('finds one at the end of a file without a final line end', () => {
    const values = (t: string) => scanTextSync(t, { showValues: true, fingerprintKey: 'k' }).findings.filter((f) => f.detector === 'bank_account').map((f) => f.value);
    expect(values('BSB .................. 062-000\nAccount number ....... 1093 8845')).toEqual(['1093 8845']);
    expect(values('Hello\nBSB .................. 062-000\nAccount number ....... 1093 8845\n')).toEqual(['1093 8845']);
  });

  it('finds it whole and once wherever a chunk boundary falls', () => {
    const engine = engineFor([...BUILTIN_DETECTORS]);
    for (const text of TEXTS) {
      const bytes = Buffer.from(text);
      const expected = text.includes('1093') ? '1093 8845' : '31926819';
      for (let cut = 0; cut <= bytes.length; cut++) {
        const s = new TextScanner(engine, { minConfidence: 0.5, showValues: true, maxFindings: 100, key: explicitKey('k'), path: 'x' });
        s.push(bytes.subarray(0, cut));
        s.push(bytes.subarray(cut));
        s.end();
        expect(s.findings.filter((f) => f.detector === 'bank_account').map((f) => f.value), `cut at ${cut}`).toEqual([expected]);
      }
    }
  });
});
