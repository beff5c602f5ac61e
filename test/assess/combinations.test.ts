import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import type { Asset } from '../../src/types.js';
import { FUTURE_DETECTORS, fileAsset, makeReport } from './helpers.js';

/** Assess one file asset whose records hold `records` (each a set of detectors, counted once). */
function assessRecords(records: string[][], counts?: Record<string, number>): Asset {
  const all = [...new Set(records.flat())];
  const asset = fileAsset('data/a.txt', counts ?? Object.fromEntries(all.map((id) => [id, 1])), {
    cooccurrence: records.map((detectors) => ({ detectors: [...detectors].sort(), records: 1 })),
  });
  return assess(makeReport([asset]), {}, FUTURE_DETECTORS).assets[0];
}

const names = (a: Asset) => (a.combinations ?? []).map((c) => c.name);

describe('combination rules over record-level co-occurrence', () => {
  it('name + government id → restricted, with the §1798.81.5(d)(1)(A) hooks', () => {
    const a = assessRecords([['person_name', 'us.ssn']]);
    const c = a.combinations!.find((x) => x.name === 'name+government-id')!;
    expect(c.detectors).toEqual(['person_name', 'us.ssn']);
    expect(c.sensitivity).toBe('restricted');
    expect(c.legal).toEqual(expect.arrayContaining(['ccpa:1798.81.5-d-1-a', 'ccpa:1798.150']));
    expect(a.triggers).toContain('ccpa:1798.150');
  });

  it('email + password in one record → §1798.81.5(d)(1)(B) and the §1798.150 trigger', () => {
    for (const pw of ['credential.password', 'url_credentials']) {
      const a = assessRecords([['email', pw]]);
      expect(names(a)).toContain('email+password');
      expect(a.combinations!.find((c) => c.name === 'email+password')!.legal).toContain('ccpa:1798.81.5-d-1-b');
      expect(a.triggers).toEqual(expect.arrayContaining(['ccpa:1798.150', 'ccpa:1798.82']));
      expect(a.triggerDetails!.find((t) => t.id === 'ccpa:1798.150')!.why).toMatch(/§1798\.81\.5\(d\)\(1\)\(B\)/);
    }
  });

  it('is record-level: email and password on different lines do not combine', () => {
    const a = assessRecords([['email', 'phone'], ['credential.password', 'ip_address']]);
    expect(names(a)).not.toContain('email+password');
    expect(a.triggers).not.toContain('ccpa:1798.150');
  });

  it('name + date of birth + address stays confidential (regulations.md §2.1)', () => {
    const a = assessRecords([['person_name', 'date_of_birth', 'postal_address']]);
    const c = a.combinations!.find((x) => x.name === 'name+dob+address')!;
    expect(c.sensitivity).toBe('confidential');
    expect(a.sensitivity).toBe('confidential');
  });

  it('a name alone is internal; linked to contact details it becomes confidential', () => {
    expect(assessRecords([['person_name', 'ip_address']]).sensitivity).toBe('confidential');
    const alone = assess(makeReport([fileAsset('data/n.txt', { person_name: 3 })]), {}, FUTURE_DETECTORS).assets[0];
    expect(alone.sensitivity).toBe('internal');
    expect(alone.escalation).toBeUndefined();
    // With an email the asset is confidential already: nothing to escalate.
    const linked = assessRecords([['person_name', 'email']]);
    expect(linked.sensitivity).toBe('confidential');
    expect(linked.escalation).toBeUndefined();
  });

  it('escalation names the combination that raised the level', () => {
    const a = assessRecords([['person_name', 'gender']], { person_name: 1, gender: 1, ip_address: 1 });
    expect(a.sensitivity).toBe('internal');
    const b = assessRecords([['person_name', 'imei']], { person_name: 1, imei: 1 });
    expect(b.sensitivity).toBe('confidential');
    const c = assessRecords([['person_name', 'mac_address']], { person_name: 1, mac_address: 1 });
    expect(c.sensitivity).toBe('confidential');
    expect(c.escalation).toEqual({ from: 'internal', reasons: [expect.stringMatching(/^combination name\+contact/)] });
  });

  it('card + CVV (and card + password) → sensitive PI under §1798.140(ae)(1)(B)', () => {
    expect(names(assessRecords([['credit_card', 'card_cvv']]))).toContain('card+security-code');
    expect(names(assessRecords([['iban', 'credential.password']]))).toContain('card+security-code');
    const withName = assessRecords([['person_name', 'credit_card', 'card_cvv']]);
    expect(names(withName)).toEqual(expect.arrayContaining(['name+account+code', 'card+security-code']));
    expect(withName.triggers).toContain('ccpa:1798.150');
  });

  it('quasi-identifier set: date of birth + postcode + gender', () => {
    const a = assessRecords([['date_of_birth', 'gender', 'postal_code']]);
    const c = a.combinations!.find((x) => x.name === 'quasi-identifiers')!;
    expect(c.sensitivity).toBe('confidential');
    expect(c.legal).toEqual(expect.arrayContaining(['gdpr:recital26', 'ccpa:1798.140-m', 'pipl:art73']));
    expect(names(assessRecords([['date_of_birth', 'gender']]))).not.toContain('quasi-identifiers');
  });

  it('one detector cannot satisfy two groups of a rule', () => {
    // gb.nhs is a health number: alone it is not "an identifier with health data".
    expect(names(assessRecords([['gb.nhs', 'ip_address']]))).not.toContain('identified+special-category');
    expect(names(assessRecords([['gb.nhs', 'email']]))).toContain('identified+special-category');
  });

  it('sums the records of every co-occurrence entry that satisfies a rule', () => {
    const asset = fileAsset('data/a.txt', { email: 5, 'credential.password': 5, phone: 2 }, {
      cooccurrence: [
        { detectors: ['credential.password', 'email'], records: 3 },
        { detectors: ['credential.password', 'email', 'phone'], records: 2 },
        { detectors: ['email', 'phone'], records: 7 },
      ],
    });
    const c = assess(makeReport([asset])).assets[0].combinations!.find((x) => x.name === 'email+password')!;
    expect(c.records).toBe(5);
    expect(c.detectors).toEqual(['credential.password', 'email']);
    expect(c.why).toMatch(/^5 record\(s\)/);
  });

  it('government id + card in one record (the bundled fixtures) is a toxic combination', () => {
    const a = assessRecords([['cn.resident_id', 'credit_card', 'phone']]);
    expect(names(a)).toContain('government-id+financial-account');
    expect(a.risk!.factors.find((f) => f.name === 'combinations')!.severity).toBe(1);
  });
});
