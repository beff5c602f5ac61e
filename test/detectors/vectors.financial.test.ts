import { describe, expect, it } from 'vitest';
import btc from '../../detectors/crypto/btc.js';
import iban from '../../detectors/iban.js';
import macAddress from '../../detectors/mac_address.js';
import swiftBic from '../../detectors/swift_bic.js';
import abaRouting from '../../detectors/us/aba_routing.js';
import { scanTextSync } from '../../src/engine/scan-text.js';
import type { Detector } from '../../src/types.js';
import { vectors } from './lib/_vectors.js';

/**
 * The shared identifier vectors (python-stdnum test suite, /work/shared/testdata/identifiers) through the real
 * engine: every `valid` value must be reported by its detector on a line of its own (also when every built-in
 * detector competes for the span) and inside a sentence with a context word; no `invalid` or `mutated` value
 * may be reported, alone or in that sentence.
 */

interface Case {
  detector: Detector;
  /** A sentence with a context word, `%s` standing for the value. */
  sentence: string;
}

const CASES: Case[] = [
  { detector: iban, sentence: 'Please transfer the deposit to IBAN %s before Friday.' },
  { detector: swiftBic, sentence: 'The beneficiary bank SWIFT code is %s for this wire.' },
  { detector: btc, sentence: 'Send the refund to bitcoin address %s today.' },
  { detector: macAddress, sentence: 'The device MAC address %s joined the network.' },
  { detector: abaRouting, sentence: 'Routing number %s, checking account.' },
];

function findingsFor(d: Detector, text: string) {
  return scanTextSync(text, { detectors: [d], showValues: true }).findings.filter((f) => f.detector === d.id);
}

function optional(id: string, kind: 'valid' | 'invalid' | 'mutated'): string[] {
  try {
    return vectors(id, kind);
  } catch {
    // Not every id ships every kind (mac_address has no mutated file); a missing *valid* file still fails below.
    if (kind === 'valid') throw new Error(`missing valid vectors for ${id}`);
    return [];
  }
}

describe.each(CASES.map((c) => [c.detector.id, c] as const))('shared vectors: %s', (id, { detector, sentence }) => {
  const valid = optional(id, 'valid');
  const bad = [...optional(id, 'invalid'), ...optional(id, 'mutated')];

  it.runIf(valid.length > 0)('reports every valid value standalone', () => {
    const missed = valid.filter((v) => !findingsFor(detector, v).some((f) => f.value === v));
    expect(missed, `${valid.length - missed.length}/${valid.length} reported`).toEqual([]);
  });

  it.runIf(valid.length > 0)('still reports every valid value under this id with every built-in detector on', () => {
    const missed = valid.filter((v) => !scanTextSync(v, { showValues: true }).findings.some((f) => f.detector === id && f.value === v));
    expect(missed, `${valid.length - missed.length}/${valid.length} reported`).toEqual([]);
  });

  it.runIf(valid.length > 0)('reports every valid value inside a sentence with a context word', () => {
    const missed = valid.filter((v) => !findingsFor(detector, sentence.replace('%s', v)).some((f) => f.value === v));
    expect(missed, `${valid.length - missed.length}/${valid.length} reported`).toEqual([]);
  });

  it.runIf(bad.length > 0)('reports no invalid or mutated value, standalone or in a sentence', () => {
    const reported = bad.filter((v) => findingsFor(detector, v).length > 0 || findingsFor(detector, sentence.replace('%s', v)).length > 0);
    expect(reported, `${reported.length}/${bad.length} wrongly reported`).toEqual([]);
  });
});
