import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { scanTextSync } from '../../src/engine/scan-text.js';

/**
 * Findings of one asset share equal evidence records (asset-tally.ts), so a worker's reply carries each once.
 * Sharing must never merge records that differ in anything a report prints.
 */
describe('shared evidence records', () => {
  const text = [
    'alice@example.com',
    'bob@example.org',
    'Contact: carol@example.net',
    'Email: dave@example.com',
    'Phone 415-555-0100 and eve@example.com',
  ].join('\n');
  const { findings } = scanTextSync(text, { fingerprintKey: 't' });
  const emails = findings.filter((f) => f.detector === 'email');

  it('equal records are one object; different ones stay apart', () => {
    expect(emails.length).toBe(5);
    const distinct = new Set(emails.map((f) => f.evidence));
    const byJson = new Set(emails.map((f) => JSON.stringify(f.evidence)));
    expect(distinct.size).toBe(byJson.size);
    expect(byJson.size).toBeGreaterThan(1);
    expect(byJson.size).toBeLessThan(emails.length);
  });

  it('sharing changes no report byte, and the serialised reply shrinks', () => {
    const unshared = findings.map((f) => ({ ...f, evidence: structuredClone(f.evidence) }));
    expect(JSON.stringify(unshared)).toBe(JSON.stringify(findings));
    expect(serialize(findings).length).toBeLessThan(serialize(unshared).length);
  });
});
