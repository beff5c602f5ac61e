import { describe, expect, it } from 'vitest';
import { digitToken } from '../../../detectors/_lib/digit-token.js';
import { scanTextSync } from '../../../src/engine/scan-text.js';
import { defineDetector } from '../../../src/types.js';

/** Values the real engine finds for a pattern built with digitToken (the guard is the engine's). */
function values(token: ReturnType<typeof digitToken>, text: string): string[] {
  const d = defineDetector({
    id: 'test.token',
    name: 'token',
    category: 'government_id',
    sensitivity: 'restricted',
    legal: ['gdpr:art4-1'],
    patterns: [{ name: 't', ...token, score: 0.9 }],
    examples: { match: [], noMatch: [] },
  });
  return scanTextSync(text, { detectors: [d], showValues: true, fingerprintKey: 'k' }).findings.map((f) => f.value!);
}

const DASHED = digitToken('[0-9]{3}-[0-9]{2}-[0-9]{4}');
const SPACED = digitToken('[0-9]{3} [0-9]{2} [0-9]{4}', true);
const BARE = digitToken('[0-9]{9}');

describe('digitToken', () => {
  it('finds a value alone, in prose, after CJK text and after an abbreviation dot', () => {
    expect(values(DASHED, '536-90-4399')).toEqual(['536-90-4399']);
    expect(values(DASHED, 'SSN: 536-90-4399, hired')).toEqual(['536-90-4399']);
    expect(values(DASHED, '号码536-90-4399。')).toEqual(['536-90-4399']);
    expect(values(DASHED, 'No.536-90-4399')).toEqual(['536-90-4399']);
    expect(values(DASHED, 'end of sentence 536-90-4399.')).toEqual(['536-90-4399']);
  });

  it('finds two values separated by a single character', () => {
    expect(values(DASHED, '536-90-4399,524-71-3307')).toEqual(['536-90-4399', '524-71-3307']);
    expect(values(BARE, '536904399;524713307')).toEqual(['536904399', '524713307']);
    expect(values(DASHED, '536-90-4399\n524-71-3307')).toEqual(['536-90-4399', '524-71-3307']);
  });

  it('refuses a preceding letter, digit, dash, dot, plus or dollar', () => {
    for (const t of ['x536-90-4399', '1536-90-4399', '7-536-90-4399', '3.536904399', '+536904399', '$536904399']) {
      expect(values(t.includes('-') ? DASHED : BARE, t), t).toEqual([]);
    }
  });

  it('absorbs a continuation so that the value becomes too long to validate', () => {
    expect(values(DASHED, 'ref 536-90-4399-01')).toEqual(['536-90-4399-01']);
    expect(values(BARE, 'amount 536904399.25')).toEqual(['536904399.25']);
    expect(values(SPACED, 'card 536 90 4399 1234')).toEqual(['536 90 4399 1234']);
    expect(values(DASHED, '536-90-4399y')).toEqual([]);
  });

  it('spaced form: refuses a digit group before, accepts indentation and line starts', () => {
    expect(values(SPACED, '12 536 90 4399')).toEqual([]);
    expect(values(SPACED, '  536 90 4399')).toEqual(['536 90 4399']);
    expect(values(SPACED, 'x\n536 90 4399')).toEqual(['536 90 4399']);
    expect(values(SPACED, 'SSN 536 90 4399 on file')).toEqual(['536 90 4399']);
  });
});
