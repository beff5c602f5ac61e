import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import type { Asset, MinimisationItem } from '../../src/types.js';
import { FUTURE_DETECTORS, fileAsset, makeReport, tableAsset } from './helpers.js';
import { column } from '../helpers/columns.js';

function items(asset: Asset, config = {}): MinimisationItem[] {
  return assess(makeReport([asset]), config, FUTURE_DETECTORS).assets[0].minimisation!;
}
const forDetector = (list: MinimisationItem[], id: string) => list.find((m) => m.detector === id);

describe('minimisation', () => {
  const text = fileAsset('dump.txt', {
    date_of_birth: 1,
    ip_address: 1,
    geo_coordinates: 1,
    credit_card: 1,
    'cn.resident_id': 1,
    'credential.password': 1,
    'secret.aws_access_key': 1,
    email: 1,
    'cn.uscc': 1,
  });
  const list = items(text);

  it.each([
    ['date_of_birth', 'truncate', /birth year/],
    ['ip_address', 'truncate', /\/24/],
    ['geo_coordinates', 'truncate', /2 decimals/],
    ['credit_card', 'truncate', /last 4/],
    ['cn.resident_id', 'mask', /birth-date part/],
    ['credential.password', 'drop', /rotate/],
    ['secret.aws_access_key', 'drop', /vault/],
    ['email', 'mask', /a\*\*\*@example\.com/],
  ])('%s → %s', (id, action, detail) => {
    const m = forDetector(list, id)!;
    expect(m).toBeDefined();
    expect(m.action).toBe(action);
    expect(m.detail).toMatch(detail);
    expect(m.column).toBeNull();
    expect(m.why.length).toBeGreaterThan(10);
    expect(m.legal.length).toBeGreaterThan(0);
  });

  it('cites the minimisation articles of all three laws', () => {
    const dob = forDetector(list, 'date_of_birth')!;
    expect(dob.legal).toEqual(expect.arrayContaining(['gdpr:art5-1-c', 'gdpr:art25', 'ccpa:1798.100-c', 'pipl:art6']));
  });

  it('leaves a company code (internal, not personal) alone', () => {
    expect(forDetector(list, 'cn.uscc')).toBeUndefined();
  });

  it('lists restricted data first', () => {
    const order = list.map((m) => m.detector);
    expect(order.indexOf('credit_card')).toBeLessThan(order.indexOf('email'));
  });

  it('per column for structured assets; protected columns only get their protection checked', () => {
    const t = tableAsset('customers', { email: 10, date_of_birth: 10, 'credential.password': 10, 'us.ssn': 10 }, {
      columns: [
        column({ name: 'email', detector: 'email', protection: 'plain' }),
        column({ name: 'dob', detector: 'date_of_birth', protection: 'plain' }),
        column({ name: 'password_hash', detector: 'credential.password', protection: 'hashed' }),
        column({ name: 'ssn', detector: 'us.ssn', protection: 'masked' }),
      ],
    });
    const m = items(t);
    expect(m.find((x) => x.column === 'dob')).toMatchObject({ action: 'truncate', detector: 'date_of_birth' });
    expect(m.find((x) => x.column === 'email')?.action).toBe('mask');
    // Protected restricted columns get the check that their protection holds, not a new step.
    expect(m.find((x) => x.column === 'password_hash')).toMatchObject({ action: 'hash', detail: expect.stringMatching(/^already hashed: .*argon2id/) });
    expect(m.find((x) => x.column === 'ssn')).toMatchObject({ action: 'mask', detail: expect.stringMatching(/^already masked/) });
    expect(m.find((x) => x.column === 'ssn')!.legal).toContain('ccpa:1798.150');
    // A protected confidential column needs nothing.
    const masked = items(tableAsset('c', { phone: 3 }, { columns: [{ name: 'mobile', detector: 'phone', protection: 'masked' }] }));
    expect(masked).toEqual([]);
  });

  it('flags data collected but not needed for a declared purpose', () => {
    const a = fileAsset('exports/newsletter.csv', { email: 10, date_of_birth: 10, 'us.ssn': 1 });
    const m = items(a, { purposes: [{ paths: ['exports/**'], allowed: ['email', 'demographic'], purpose: 'newsletter' }] });
    const ssn = forDetector(m, 'us.ssn')!;
    expect(ssn).toMatchObject({ action: 'drop', purpose: 'newsletter' });
    expect(ssn.legal).toEqual(expect.arrayContaining(['gdpr:art5-1-c', 'pipl:art6']));
    expect(ssn.why).toMatch(/not needed for the declared purpose "newsletter"/);
    expect(forDetector(m, 'email')?.action).toBe('mask');
    expect(forDetector(m, 'date_of_birth')?.action).toBe('truncate');
    // Another path: no purpose declared, no drop.
    const other = items(fileAsset('logs/app.log', { 'us.ssn': 1 }), { purposes: [{ paths: ['exports/**'], allowed: ['email'], purpose: 'newsletter' }] });
    expect(forDetector(other, 'us.ssn')?.action).toBe('tokenise');
  });

  it('purposes match database assets by schema.table and detector globs', () => {
    const t = tableAsset('orders', { email: 5, 'cn.resident_id': 5 });
    const m = items(t, { purposes: [{ paths: ['public.orders'], allowed: ['email', 'cn.*'], purpose: 'shipping' }] });
    expect(m.every((x) => x.action !== 'drop')).toBe(true);
    const m2 = items(t, { purposes: [{ paths: ['public.*'], allowed: ['contact'], purpose: 'shipping' }] });
    expect(forDetector(m2, 'cn.resident_id')?.action).toBe('drop');
  });

  it('expire after the retention policy (most specific key wins)', () => {
    const t = tableAsset('events', { email: 5, ip_address: 5 }, { retention: { column: 'created_at', oldest: '2019-01-01', olderThanPolicy: 1200 } });
    const m = items(t, { retention: { default: 730, ip_address: 90 } });
    const exp = m.filter((x) => x.action === 'expire');
    expect(exp.map((x) => x.detail)).toEqual([expect.stringMatching(/ip_address after 90 day/), expect.stringMatching(/email after 730 day.*1,200 record/)]);
    expect(exp[0]).toMatchObject({ column: 'created_at', detector: 'ip_address' });
    expect(exp[0].legal).toEqual(expect.arrayContaining(['gdpr:art5-1-e', 'pipl:art19', 'pipl:art47', 'ccpa:1798.100-a-3']));
  });
});
