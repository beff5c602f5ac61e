import { describe, expect, it } from 'vitest';
import { compileEngine } from '../../src/engine/compile.js';
import { DEFAULT_MIN_CONFIDENCE, scanTextSync } from '../../src/engine/scan-text.js';
import type { DetectorExample } from '../../src/types.js';
import { loadDetectorModules } from '../helpers/detector-modules.js';

/**
 * THE shared detector test (STYLE.md §3.9): every detector's examples run through the real engine path
 * (RE2.Set prefilter, keyword gate, validation, context, overlap resolution). PII semantics: `match` entries
 * must be reported by that detector, `noMatch` entries must not be.
 */
const modules = await loadDetectorModules();
const norm = (e: DetectorExample) => (typeof e === 'string' ? { text: e } : e);

describe.each(modules.map((m) => [m.detector.id, m] as const))('%s', (_id, { detector }) => {
  it('compiles alone (every pattern is valid RE2)', () => {
    expect(() => compileEngine([detector], { eager: true })).not.toThrow();
  });

  it.each(detector.examples.match.map((e) => [norm(e).text, norm(e)] as const))('reports %s', (_t, ex) => {
    const expected = ex.value ?? ex.text;
    const { findings } = scanTextSync(ex.text, { detectors: [detector], showValues: true, minConfidence: 0 });
    const mine = findings.filter((f) => f.detector === detector.id && f.value === expected);
    expect(mine.map((f) => f.value), `found: ${JSON.stringify(findings.map((f) => [f.value, f.confidence, f.evidence.steps]))}`).toContain(expected);
    const best = Math.max(...mine.map((f) => f.confidence));
    expect(best).toBeGreaterThanOrEqual(ex.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  });

  it.each(detector.examples.noMatch.map((e) => [norm(e).text, norm(e)] as const))('does not report %s', (_t, ex) => {
    const { findings } = scanTextSync(ex.text, { detectors: [detector], showValues: true });
    expect(findings.filter((f) => f.detector === detector.id).map((f) => [f.value, f.confidence, f.evidence.steps])).toEqual([]);
  });
});
