import { describe, expect, it } from 'vitest';
import { LEGAL, legalEntry, resolveLegal } from '../../reports/regulations/catalogue.js';
import { CCPA } from '../../reports/regulations/ccpa.js';
import { GDPR } from '../../reports/regulations/gdpr.js';
import { PIPL } from '../../reports/regulations/pipl.js';

// The catalogue in the common helper brief, which detectors may cite.
const BRIEF_IDS = `
gdpr:art4-1 gdpr:art4-13 gdpr:art4-14 gdpr:art4-15 gdpr:art5-1-c gdpr:art5-1-e gdpr:art5-1-f gdpr:art8
gdpr:art9-1 gdpr:art10 gdpr:art25 gdpr:art32 gdpr:art33 gdpr:art34 gdpr:art35-3-b gdpr:art87 gdpr:recital30
gdpr:recital75 ccpa:1798.140-v-1-a ccpa:1798.140-v-1-b ccpa:1798.140-v-1-e ccpa:1798.140-v-1-f
ccpa:1798.140-v-1-g ccpa:1798.140-ae-1-a ccpa:1798.140-ae-1-b ccpa:1798.140-ae-1-c ccpa:1798.140-ae-1-d
ccpa:1798.140-ae-1-e ccpa:1798.140-ae-1-f ccpa:1798.140-ae-2-a ccpa:1798.140-ae-2-b ccpa:1798.140-ae-2-c
ccpa:1798.81.5-d-1-a-i ccpa:1798.81.5-d-1-a-ii ccpa:1798.81.5-d-1-a-iii ccpa:1798.81.5-d-1-a-iv
ccpa:1798.81.5-d-1-a-v ccpa:1798.81.5-d-1-a-vi ccpa:1798.81.5-d-1-a-vii ccpa:1798.81.5-d-1-b ccpa:1798.150
ccpa:1798.100-a-3 ccpa:1798.100-c ccpa:1798.100-e ccpa:1798.120-c pipl:art4 pipl:art6 pipl:art19 pipl:art28
pipl:art29 pipl:art31 pipl:art38 pipl:art47 pipl:art51 pipl:art55-1 pipl:art57 pipl:art73
`;

// Ids that report rules (assets, triggers, obligations) cite beyond the detector catalogue.
const REPORT_IDS = `
gdpr:art5-1-a gdpr:art5-1-d gdpr:art30-1 gdpr:art35-1 gdpr:art35-3-a gdpr:art35-3-c gdpr:art44 gdpr:art4-5
gdpr:recital26 gdpr:art17 gdpr:art15 ccpa:1798.140-ae ccpa:1798.140-v-1-c ccpa:1798.140-v-1-k ccpa:1798.82
ccpa:1798.105 ccpa:1798.121 ccpa:1798.155 pipl:art5 pipl:art7 pipl:art8 pipl:art9 pipl:art13 pipl:art30
pipl:art39 pipl:art40 pipl:art44 pipl:art45 pipl:art51-3 pipl:art51-4 pipl:art55-4 pipl:art56 pipl:art66
ccpa:1798.81.5-d-1-a ccpa:1798.140-m ccpa:1798.140-w gdpr:art32-1-a
`;

const ids = (s: string): string[] => s.split(/\s+/).filter((x) => x !== '');

/** The article label an id implies: gdpr:art35-3-b → Art. 35(3)(b); ccpa:1798.140-ae-1-a → §1798.140(ae)(1)(A). */
function expectedArticle(id: string): string {
  const [reg, path] = id.split(':');
  const [head, ...levels] = path.split('-');
  if (reg === 'ccpa') {
    // Levels alternate: (ae) lower letter, (1) number, (A) upper letter, (iv) roman numeral.
    return `§${head}` + levels.map((l, i) => `(${i === 2 ? l.toUpperCase() : l})`).join('');
  }
  const recital = /^recital(\d+)$/.exec(head);
  if (recital) return `Recital ${recital[1]}`;
  return `Art. ${head.replace(/^art/, '')}` + levels.map((l) => `(${l})`).join('');
}

describe('regulation catalogue', () => {
  it('merges the three regulations without losing entries', () => {
    const total = Object.keys(GDPR).length + Object.keys(CCPA).length + Object.keys(PIPL).length;
    expect(Object.keys(LEGAL)).toHaveLength(total);
  });

  it('has well-formed ids whose prefix agrees with the regulation', () => {
    const prefix = { GDPR: 'gdpr:', CCPA: 'ccpa:', PIPL: 'pipl:' } as const;
    for (const [id, e] of Object.entries(LEGAL)) {
      expect(id).toMatch(/^(gdpr|ccpa|pipl):[a-z0-9.-]+$/);
      expect(id.startsWith(prefix[e.regulation]), id).toBe(true);
    }
    for (const id of Object.keys(GDPR)) expect(GDPR[id].regulation).toBe('GDPR');
    for (const id of Object.keys(CCPA)) expect(CCPA[id].regulation).toBe('CCPA');
    for (const id of Object.keys(PIPL)) expect(PIPL[id].regulation).toBe('PIPL');
  });

  it('labels each article as its id says', () => {
    for (const [id, e] of Object.entries(LEGAL)) expect(e.article, id).toBe(expectedArticle(id));
  });

  it('has a title, a one-line summary and a link to the right text', () => {
    for (const [id, e] of Object.entries(LEGAL)) {
      expect(e.title.trim(), id).not.toBe('');
      expect(e.summary.trim(), id).not.toBe('');
      expect(e.summary, id).not.toMatch(/\n/);
      expect(e.summary.length, id).toBeLessThanOrEqual(300);
      const link = e.link ?? '';
      if (e.regulation === 'GDPR') expect(link, id).toMatch(/^https:\/\/eur-lex\.europa\.eu\/eli\/reg\/2016\/679\/oj(#.+)?$/);
      if (e.regulation === 'PIPL') expect(link, id).toBe('http://www.npc.gov.cn/npc/c2/c30834/202108/t20210820_313088.html');
      if (e.regulation === 'CCPA') {
        const section = id.slice('ccpa:'.length).split('-')[0];
        expect(link, id).toBe(
          `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=${section}`,
        );
      }
    }
  });

  it('covers every id in the brief catalogue and the report ids', () => {
    for (const id of [...ids(BRIEF_IDS), ...ids(REPORT_IDS)]) expect(legalEntry(id), id).toBeDefined();
  });

  it('does not resolve unknown ids or prototype names', () => {
    expect(legalEntry('gdpr:art99')).toBeUndefined();
    expect(legalEntry('constructor')).toBeUndefined();
    expect(legalEntry('GDPR:ART9-1')).toBeUndefined();
  });
});

describe('resolveLegal', () => {
  it('returns the entries de-duplicated and sorted by id', () => {
    const out = resolveLegal(['pipl:art28', 'gdpr:art9-1', 'ccpa:1798.150', 'gdpr:art9-1']);
    expect(Object.keys(out)).toEqual(['ccpa:1798.150', 'gdpr:art9-1', 'pipl:art28']);
    expect(out['gdpr:art9-1']).toBe(LEGAL['gdpr:art9-1']);
    expect(resolveLegal(new Set<string>())).toEqual({});
  });

  it('throws naming every unknown id', () => {
    expect(() => resolveLegal(['gdpr:art9-1', 'gdpr:art999', 'pipl:nope'])).toThrow(/gdpr:art999, pipl:nope/);
    expect(() => resolveLegal(['toString'])).toThrow(/toString/);
  });
});
