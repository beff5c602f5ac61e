import { describe, expect, it } from 'vitest';
import resident_id from '../../detectors/cn/resident_id.js';
import uscc from '../../detectors/cn/uscc.js';
import my_number from '../../detectors/jp/my_number.js';
import rrn from '../../detectors/kr/rrn.js';
import { scanTextSync } from '../../src/engine/scan-text.js';
import type { Detector } from '../../src/types.js';
import { vectors } from './lib/_vectors.js';

/**
 * The shared python-stdnum vectors through the real engine: every valid value, alone on its line, is
 * reported by its detector with exactly that value; no mutated or invalid value is.
 */
const DETECTORS: readonly Detector[] = [resident_id, uscc, my_number, rrn];

function reported(d: Detector, value: string): string[] {
  const { findings } = scanTextSync(`${value}\n`, { detectors: [d], showValues: true });
  return findings.filter((f) => f.detector === d.id).map((f) => f.value ?? '');
}

describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s vectors', (id, d) => {
  it.each(vectors(id, 'valid'))('reports valid %s standalone', (v) => {
    expect(reported(d, v)).toEqual([v]);
  });

  const rejected = [...vectors(id, 'mutated'), ...vectors(id, 'invalid')];
  it.each(rejected)('does not report %s', (v) => {
    expect(reported(d, v)).toEqual([]);
  });
});
