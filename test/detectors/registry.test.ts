import RE2 from 're2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../detectors/index.js';
import { LEGAL } from '../../reports/regulations/catalogue.js';
import { CATEGORIES, SENSITIVITIES } from '../../src/types.js';
import { loadDetectorModules, ROOT } from '../helpers/detector-modules.js';

const modules = await loadDetectorModules();

describe('detector registry', () => {
  it('has 48 or more built-in detectors', () => {
    expect(BUILTIN_DETECTORS.length).toBeGreaterThanOrEqual(48);
  });

  it('index lists exactly the detector files, sorted by id (run `npm run gen:detectors`)', () => {
    expect(BUILTIN_DETECTORS.map((d) => d.id)).toEqual(modules.map((m) => m.detector.id).sort());
    const ids = BUILTIN_DETECTORS.map((d) => d.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it('a pattern\'s Set prefilter matches wherever the pattern does (on every example)', () => {
    for (const d of BUILTIN_DETECTORS) {
      for (const p of d.patterns) {
        if (!p.prefilter) continue;
        const re = new RE2(p.regex, 'gu');
        const pre = new RE2(p.prefilter, 'u');
        for (const ex of d.examples?.match ?? []) {
          const text = typeof ex === 'string' ? ex : ex.text;
          for (const m of text.match(re) ?? []) expect(pre.test(m), `${d.id}/${p.name}: prefilter misses ${m}`).toBe(true);
        }
      }
    }
  });

  it('ids are unique', () => {
    const ids = modules.map((m) => m.detector.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(modules.map((m) => [m.detector.id, m] as const))('%s: invariants', (_id, { detector: d, idFromPath }) => {
    expect(d.id).toBe(idFromPath);
    expect(d.id).toMatch(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/);
    expect(CATEGORIES).toContain(d.category);
    expect(SENSITIVITIES).toContain(d.sensitivity);
    expect(d.name.length).toBeGreaterThan(2);
    expect(d.patterns.length).toBeGreaterThan(0);
    for (const p of d.patterns) {
      expect(p.score, p.name).toBeGreaterThan(0);
      expect(p.score, p.name).toBeLessThanOrEqual(1);
      // \s crosses line ends, which the block scanner cuts at.
      expect(p.regex, `${p.name} uses \\s`).not.toMatch(/(^|[^\\])\\s/);
    }
    for (const l of d.locales ?? []) expect(l).toMatch(/^[A-Z]{2}$/);
    for (const k of d.keywords ?? []) expect(k).toBe(k.toLowerCase());
    for (const w of d.context?.words ?? []) expect(w).toBe(w.toLowerCase());
    expect(d.legal.length).toBeGreaterThan(0);
    for (const id of d.legal) expect(LEGAL[id], `legal id ${id}`).toBeDefined();
    expect(d.legal.some((l) => l.startsWith('gdpr:'))).toBe(true);
    expect(d.legal.some((l) => l.startsWith('ccpa:'))).toBe(true);
    expect(d.legal.some((l) => l.startsWith('pipl:'))).toBe(true);
    expect(d.examples.match.length).toBeGreaterThanOrEqual(5);
    expect(d.examples.noMatch.length).toBeGreaterThanOrEqual(5);
    const noMatchTexts = d.examples.noMatch.map((e) => (typeof e === 'string' ? e : e.text)).join('\n');
    for (const v of d.deny ?? []) expect(noMatchTexts, `deny value ${v} must be a noMatch example`).toContain(v);
    for (const h of d.columnHints ?? []) expect(h).toBe(h.toLowerCase());
  });

  it('README detector table lists every detector', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const d of BUILTIN_DETECTORS) expect(readme, d.id).toContain('`' + d.id + '`');
  });
});
