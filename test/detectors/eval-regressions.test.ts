import { describe, expect, it } from 'vitest';
import { scanTextSync } from '../../src/engine/scan-text.js';

/**
 * Cases found by the evaluation corpus (`npm run eval`, bench/eval) that involve several detectors at once,
 * which the per-detector examples cannot express (they run each detector alone). Every built-in detector is on.
 */
function found(text: string): string[] {
  return scanTextSync(text, { showValues: true }).findings.map((f) => `${f.detector}:${f.value}`);
}

describe('evaluation regressions (all detectors)', () => {
  it('an E-number next to 护照号 is a PRC passport, not also a US one', () => {
    expect(found('护照号：E17380334，有效期至2026/10/08')).toEqual(['cn.passport:E17380334']);
  });

  it('the last groups of a spaced IBAN-like number are no phone or card', () => {
    expect(found('BA39 1390 0794 0102 8494')).toEqual([]);
    expect(found('TN59 1000 6036 1835 9847 8831')).toEqual([]);
  });

  it('a NANP number with trunk 1 and an area code starting 3-9 is a phone', () => {
    expect(found('Phone (home): 1-404-812-6352')).toEqual(['phone:1-404-812-6352']);
  });

  it('a four-part version is not an IP address, the address next to it still is', () => {
    expect(found('Upgrade the agent to 4.18.0.12 on the printer at 10.26.179.108 tonight.')).toEqual(['ip_address:10.26.179.108']);
  });

  it('a 3-3-3 confirmation number is no SIN or TFN without a context word', () => {
    expect(found('Dinner is booked, confirmation 144-045-101.')).toEqual([]);
  });
});
