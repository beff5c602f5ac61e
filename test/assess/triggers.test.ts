import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import type { Asset, Finding } from '../../src/types.js';
import { FUTURE_DETECTORS, fileAsset, finding, makeReport, tableAsset } from './helpers.js';
import { column } from '../helpers/columns.js';

function assessed(asset: Asset, findings: Finding[] = [], config = {}): Asset {
  return assess(makeReport([asset], findings), config, FUTURE_DETECTORS).assets[0];
}
const why = (a: Asset, id: string) => a.triggerDetails!.find((t) => t.id === id)?.why;

describe('triggers', () => {
  it('DPIA Art. 35(3)(b): special-category data at large scale', () => {
    const big = { records: 20_000, sampled: 20_000, distinct: { 'gb.nhs': 15_000, email: 12_000 } };
    const a = assessed(fileAsset('h.csv', { 'gb.nhs': 15_000, email: 12_000 }, big));
    expect(a.triggers).toContain('gdpr:art35-3-b');
    expect(why(a, 'gdpr:art35-3-b')).toMatch(/gb\.nhs.*15,000/);
    expect(assessed(fileAsset('h.csv', { 'gb.nhs': 3, email: 3 })).triggers).not.toContain('gdpr:art35-3-b');
    expect(assessed(fileAsset('h.csv', { 'gb.nhs': 100 }, { distinct: { 'gb.nhs': 100 } }), [], { largeScale: 50 }).triggers).toContain('gdpr:art35-3-b');
  });

  it('DPIA Art. 35(1): two WP248 indicators (sensitive data and children)', () => {
    const a = assessed(fileAsset('k.txt', { 'cn.resident_id': 2 }, { minors: { under14: 1, under16: 1 } }));
    expect(a.triggers).toContain('gdpr:art35-1');
    expect(why(a, 'gdpr:art35-1')).toMatch(/2 WP248 indicators/);
    expect(assessed(fileAsset('k.txt', { 'cn.resident_id': 2 })).triggers).not.toContain('gdpr:art35-1');
  });

  it('PIPIA Art. 55(1) for any PIPL-sensitive PI, whatever the volume', () => {
    const a = assessed(fileAsset('p.txt', { credit_card: 1 }));
    expect(a.triggers).toContain('pipl:art55-1');
    expect(why(a, 'pipl:art55-1')).toMatch(/credit_card/);
    expect(assessed(fileAsset('p.txt', { email: 1 })).triggers).not.toContain('pipl:art55-1');
  });

  it('breach: §1798.150 only while the name or element is unencrypted', () => {
    const rec = [{ detectors: ['person_name', 'us.ssn'], records: 40 }];
    const plain = tableAsset('people', { person_name: 40, 'us.ssn': 40 }, {
      cooccurrence: rec,
      columns: [
        column({ name: 'name', detector: 'person_name', protection: 'plain' }),
        column({ name: 'ssn', detector: 'us.ssn', protection: 'encrypted' }),
      ],
    });
    expect(assessed(plain).triggers).toContain('ccpa:1798.150');
    const both = tableAsset('people', { person_name: 40, 'us.ssn': 40 }, {
      cooccurrence: rec,
      columns: [
        column({ name: 'name', detector: 'person_name', protection: 'encrypted' }),
        column({ name: 'ssn', detector: 'us.ssn', protection: 'encrypted' }),
      ],
    });
    const b = assessed(both);
    expect(b.combinations!.map((c) => c.name)).toContain('name+government-id');
    expect(b.triggers).not.toContain('ccpa:1798.150');
    // Encrypted restricted data: no Art. 33/34 plaintext exposure either.
    expect(b.triggers).not.toContain('gdpr:art34');
  });

  it('breach: a hashed password column does not expose email + password', () => {
    const t = tableAsset('accounts', { email: 10, 'credential.password': 10 }, {
      cooccurrence: [{ detectors: ['credential.password', 'email'], records: 10 }],
      columns: [
        column({ name: 'email', detector: 'email', protection: 'plain' }),
        column({ name: 'password_hash', detector: 'credential.password', protection: 'hashed' }),
      ],
    });
    expect(assessed(t).triggers).not.toContain('ccpa:1798.150');
  });

  it('breach: GDPR Art. 33/34 and PIPL Art. 57 for restricted data in plaintext', () => {
    const a = assessed(fileAsset('s.txt', { 'us.ssn': 1 }));
    expect(a.triggers).toEqual(expect.arrayContaining(['gdpr:art33', 'gdpr:art34', 'pipl:art57']));
    // Confidential data: only when broadly readable, and no Art. 34.
    const c = assessed(fileAsset('c.txt', { email: 1 }, { exposure: { fileMode: '0644' } }));
    expect(c.triggers).toEqual(expect.arrayContaining(['gdpr:art33', 'pipl:art57']));
    expect(c.triggers).not.toContain('gdpr:art34');
    expect(assessed(fileAsset('c.txt', { email: 1 })).triggers).toEqual([]);
  });

  it('cross-border hint for China-origin identifiers and +86 / mainland phones', () => {
    expect(assessed(fileAsset('c.txt', { 'cn.resident_id': 2 })).triggers).toContain('pipl:art38');
    // The mainland's permit for Taiwan residents and the accounts of Chinese platforms are China-origin too.
    for (const id of ['cn.tw_permit', 'cn.qq', 'cn.wechat']) expect(assessed(fileAsset('c.txt', { [id]: 1 })).triggers).toContain('pipl:art38');
    const phones = [
      finding('phone', 'p.txt', 1, { snippet: '+86 1**-****-5678', evidence: { pattern: 'international', validator: 'valid', context: [], columnHint: false, ambiguousWith: [] } }),
      finding('phone', 'p.txt', 2, { snippet: '13*******78', evidence: { pattern: 'cn-mobile-bare', validator: 'valid', context: [], columnHint: false, ambiguousWith: [] } }),
    ];
    const a = assessed(fileAsset('p.txt', { phone: 2 }), phones);
    expect(why(a, 'pipl:art38')).toMatch(/\+86 phone ×2/);
    const us = [finding('phone', 'p.txt', 1, { snippet: '+1 ***-***-*143', evidence: { pattern: 'international', validator: 'valid', context: [], columnHint: false, ambiguousWith: [] } })];
    expect(assessed(fileAsset('p.txt', { phone: 1 }), us).triggers).not.toContain('pipl:art38');
    // A company's USCC names no person.
    expect(assessed(fileAsset('c.txt', { 'cn.uscc': 1 })).triggers).not.toContain('pipl:art38');
  });

  it('every trigger carries its why and its kind', () => {
    const a = assessed(fileAsset('k.txt', { 'cn.resident_id': 2, credit_card: 1 }, { minors: { under14: 1, under16: 2 }, exposure: { fileMode: '0644' } }));
    expect(a.triggerDetails!.length).toBe(a.triggers!.length);
    for (const t of a.triggerDetails!) {
      expect(t.why.length).toBeGreaterThan(20);
      expect(['dpia', 'pipia', 'breach', 'cross-border', 'children']).toContain(t.kind);
    }
  });
});
