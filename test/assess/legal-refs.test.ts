import { describe, expect, it } from 'vitest';
import { COMBINATION_RULES, RECOMMENDATIONS, TRIGGERS, assess, citedLegalIds } from '../../src/assess/index.js';
import { EXPIRE_LEGAL, PURPOSE_LEGAL } from '../../src/assess/recommendations.js';
import { scan } from '../../src/scan.js';
import { legalEntry } from '../../reports/regulations/catalogue.js';
import { loadDetectorModules, ROOT } from '../helpers/detector-modules.js';
import { FUTURE_DETECTORS, fileAsset, makeReport } from './helpers.js';

/** No dangling legal id anywhere: detectors, combination rules, recommendations, triggers. */
describe('legal references resolve in the catalogue', () => {
  const dangling = (ids: Iterable<string>) => [...ids].filter((id) => legalEntry(id) === undefined);

  it('detectors', async () => {
    for (const { detector } of await loadDetectorModules()) expect(dangling(detector.legal), detector.id).toEqual([]);
  });

  it('combination rules', () => {
    for (const r of COMBINATION_RULES) expect(dangling(r.legal), r.name).toEqual([]);
  });

  it('minimisation recommendations, retention and purposes', () => {
    for (const r of RECOMMENDATIONS) expect(dangling(r.legal), r.selectors.join()).toEqual([]);
    expect(dangling([...EXPIRE_LEGAL, ...PURPOSE_LEGAL])).toEqual([]);
  });

  it('triggers', () => {
    expect(dangling(Object.keys(TRIGGERS))).toEqual([]);
  });

  it('selectors in the rules that name a legal id name one that exists', () => {
    const selectors = [...COMBINATION_RULES.flatMap((r) => r.groups.flat()), ...RECOMMENDATIONS.flatMap((r) => r.selectors)];
    for (const s of selectors.filter((x) => x.startsWith('legal:'))) expect(legalEntry(s.slice('legal:'.length)), s).toBeDefined();
  });
});

describe('report.legal', () => {
  it('holds every id cited anywhere in an assessed report', () => {
    const asset = fileAsset('a.txt', { email: 1, 'credential.password': 1, 'cn.resident_id': 1 }, {
      cooccurrence: [{ detectors: ['credential.password', 'email'], records: 1 }],
      minors: { under14: 1, under16: 1 },
      exposure: { fileMode: '0644' },
    });
    const r = assess(makeReport([asset]), { retention: { default: 30 } }, FUTURE_DETECTORS);
    const cited = citedLegalIds(r);
    expect(cited.size).toBeGreaterThan(15);
    for (const id of cited) expect(r.legal[id], id).toBeDefined();
    expect(Object.keys(r.legal).sort()).toEqual([...cited].sort());
  });

  it('a scan of the bundled fixtures cites GDPR, CCPA and PIPL, and every finding has resolving references', async () => {
    const r = await scan(['fixtures/files'], { cwd: ROOT, fingerprintKey: 'k' });
    const regs = new Set(Object.values(r.legal).map((e) => e.regulation));
    expect([...regs].sort()).toEqual(['CCPA', 'GDPR', 'PIPL']);
    for (const f of r.findings) {
      expect(['public', 'internal', 'confidential', 'restricted']).toContain(f.sensitivity);
      expect(f.legal.length).toBeGreaterThan(0);
      for (const l of f.legal) expect(r.legal[l], l).toBeDefined();
    }
    for (const id of citedLegalIds(r)) expect(r.legal[id], id).toBeDefined();
  });
});
