import { describe, expect, it } from 'vitest';
import { ColumnClassifier, wilsonLower } from '../../src/classify/column.js';
import { mod11_2CheckChar } from '../../detectors/_lib/iso7064.js';
import { engineFor, resolveDetectors } from '../../src/engine/registry.js';

const engine = engineFor(resolveDetectors(undefined));
const residentId = (i: number) => {
  const body = `1101011990${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(100 + i).slice(-3)}`;
  return body + mod11_2CheckChar(body);
};
function classify(header: string, values: (string | null)[], hinted: string[] = []) {
  const c = new ColumnClassifier(engine, header, hinted, 0.5);
  for (const v of values) c.add(v);
  return c.finish();
}

describe('column classification', () => {
  it('weighs sample size with a Wilson lower bound', () => {
    expect(wilsonLower(2, 3)).toBeLessThan(wilsonLower(2000, 3000));
    expect(wilsonLower(0, 10)).toBe(0);
    expect(wilsonLower(10, 10)).toBeGreaterThan(0.7);
  });

  it('classifies a resident-ID column by its values, with header context and a plain protection state', () => {
    const r = classify('身份证号', Array.from({ length: 50 }, (_, i) => residentId(i)), ['cn.resident_id']);
    const id = r.find((c) => c.detector === 'cn.resident_id')!;
    expect(id).toMatchObject({ matched: 50, sampled: 50, ratio: 1, protection: 'plain', nameHint: true });
    expect(id.confidence).toBeGreaterThan(0.9);
    expect(id.evidence.headerContext).toContain('身份证号');
  });

  it('is less sure of 2 of 3 than of 40 of 60, and catches a sparse free-text column', () => {
    const small = classify('contact', ['a@example.com', 'b@example.com', 'n/a']).find((c) => c.detector === 'email')!;
    const big = classify('contact', Array.from({ length: 60 }, (_, i) => (i % 3 === 2 ? 'n/a' : `u${i}@example.com`))).find((c) => c.detector === 'email')!;
    expect(small.confidence).toBeLessThan(big.confidence);
    const notes = classify('notes', Array.from({ length: 100 }, (_, i) => (i % 20 === 0 ? `call back, mail me at p${i}@example.org` : 'no answer'))).find((c) => c.detector === 'email')!;
    expect(notes.matched).toBe(5);
  });

  it('reports a name-only column with its protection state (bcrypt passwords, masked phones)', () => {
    const bcrypt = '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5rFpYuxhN1g8ORx7B3yA4m9Q3C3zq6e';
    const pw = classify('password_hash', Array(20).fill(bcrypt), ['credential.password']);
    expect(pw).toEqual([expect.objectContaining({ detector: 'credential.password', matched: 0, nameHint: true, protection: 'hashed' })]);
    expect(pw[0].evidence.hashScheme).toBe('bcrypt');
    const masked = classify('手机号', Array.from({ length: 20 }, (_, i) => `138****${String(1000 + i)}`), ['phone']);
    expect(masked.find((c) => c.detector === 'phone')).toMatchObject({ protection: 'masked', nameHint: true });
  });

  it('reads a last-digits column as masked by truncation (ssn_last4, 卡号后四位), not a plain one', () => {
    const last4 = Array.from({ length: 30 }, (_, i) => String(1000 + i * 37).slice(-4));
    const ssn = classify('ssn_last4', last4, ['us.ssn']).find((c) => c.detector === 'us.ssn')!;
    expect(ssn).toMatchObject({ matched: 0, protection: 'masked', nameHint: true });
    expect(ssn.evidence.steps.join(' ')).toContain('last digits');
    expect(classify('卡号后四位', last4, ['credit_card']).find((c) => c.detector === 'credit_card')).toMatchObject({ protection: 'masked' });
    // Four-digit values under a plain header stay plain; a last4 header over full numbers is not truncated.
    expect(classify('pin_code', last4).every((c) => c.protection === 'plain')).toBe(true);
    const full = classify('ssn_last4', Array.from({ length: 30 }, () => '123-45-6789'), ['us.ssn']).find((c) => c.detector === 'us.ssn')!;
    expect(full.protection).not.toBe('masked');
  });

  it('does not classify a neutral numeric column', () => {
    const r = classify('quantity', Array.from({ length: 50 }, (_, i) => String(i * 7)));
    expect(r).toEqual([]);
  });
});

describe('rival name hints', () => {
  it('drops name-only entries of the same category once the values settle the column', () => {
    const r = classify('身份证号', Array.from({ length: 20 }, (_, i) => residentId(i)), ['cn.resident_id', 'es.dni', 'sg.nric']);
    expect(r.map((c) => c.detector)).toEqual(['cn.resident_id']);
    const hashed = classify('身份证号', Array(20).fill('5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8'), ['cn.resident_id', 'es.dni']);
    expect(hashed.map((c) => [c.detector, c.protection])).toEqual([
      ['cn.resident_id', 'hashed'],
      ['es.dni', 'hashed'],
    ]);
  });
});
