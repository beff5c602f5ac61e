import { describe, expect, it } from 'vitest';
import { scanTextSync } from '../../src/engine/scan-text.js';
import { defineDetector, type Detector } from '../../src/types.js';

const base: Pick<Detector, 'category' | 'sensitivity' | 'legal' | 'examples'> = {
  category: 'government_id',
  sensitivity: 'restricted',
  legal: ['gdpr:art4-1'],
  examples: { match: [], noMatch: [] },
};
const nine: Detector = defineDetector({
  ...base,
  id: 'test.nine_a',
  name: 'nine digits A',
  patterns: [{ name: 'nine', regex: '\\b\\d{9}\\b', score: 0.2 }],
  validate: (v: string) => (v.endsWith('0') ? 'invalid' : 'valid'),
  context: { words: ['alpha', '甲号'] },
});
const nineB: Detector = { ...nine, id: 'test.nine_b', name: 'nine digits B', context: { words: ['beta'] } };
const eleven: Detector = defineDetector({
  ...base,
  id: 'test.eleven',
  name: 'eleven',
  patterns: [{ name: 'eleven', regex: '\\b\\d{11}\\b', score: 0.6 }],
});
const dob: Detector = defineDetector({
  ...base,
  id: 'test.dob',
  name: 'dob',
  category: 'demographic',
  patterns: [{ name: 'iso', regex: '\\b\\d{4}-\\d{2}-\\d{2}\\b', score: 0.5 }],
  keywords: ['born'],
  requireContext: true,
  context: { words: ['born'] },
});

const opts = { showValues: true, fingerprintKey: 'k' } as const;

describe('scoring and evidence', () => {
  it('drops invalid values and raises valid ones, recording each step', () => {
    const r = scanTextSync('alpha 123456789 and alpha 123456780', { ...opts, detectors: [nine] });
    expect(r.findings.map((f) => f.value)).toEqual(['123456789']);
    const f = r.findings[0];
    expect(f.confidence).toBe(0.8);
    expect(f.evidence).toMatchObject({ validator: 'valid', context: ['alpha'] });
    expect(f.evidence.steps).toEqual(['pattern nine 0.2', 'validator valid +0.3', 'context +0.3']);
  });

  it('matches Latin context whole-word only, Chinese as substrings', () => {
    expect(scanTextSync('alphabet 123456789', { ...opts, detectors: [nine] }).findings[0].evidence.context).toEqual([]);
    expect(scanTextSync('甲号码：123456789', { ...opts, detectors: [nine] }).findings).toHaveLength(1);
  });

  it('gives a standalone line a bonus', () => {
    const r = scanTextSync('x\n  123456789  \ny', { ...opts, detectors: [nine] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].evidence.standalone).toBe(true);
  });

  it('reports ambiguity when several detectors validate one span and context does not decide', () => {
    const r = scanTextSync('123456789', { ...opts, detectors: [nine, nineB] });
    expect(r.findings.map((f) => [f.detector, f.evidence.ambiguousWith])).toEqual([
      ['test.nine_a', ['test.nine_b']],
      ['test.nine_b', ['test.nine_a']],
    ]);
    // 0.2 base + 0.3 valid + 0.15 standalone, then −0.1 for the ambiguity
    expect(r.findings[0].confidence).toBe(0.55);
  });

  it('lets context decide between detectors on the same span', () => {
    const r = scanTextSync('beta 123456789', { ...opts, detectors: [nine, nineB] });
    expect(r.findings.map((f) => f.detector)).toEqual(['test.nine_b']);
  });

  it('gives a span to the detector whose label is nearest when both have context on the line', () => {
    // `alpha` labels the first number and `beta` the second (a word after a value is the weaker label).
    const r = scanTextSync('alpha 123456781, beta 123456789', { ...opts, detectors: [nine, nineB] });
    expect(r.findings.map((f) => [f.detector, f.evidence.ambiguousWith])).toEqual([
      ['test.nine_a', []],
      ['test.nine_b', []],
    ]);
    // Labels side by side name the same value: still ambiguous.
    const both = scanTextSync('alpha/beta: 123456789', { ...opts, detectors: [nine, nineB] });
    expect(both.findings.map((f) => f.detector)).toEqual(['test.nine_a', 'test.nine_b']);
  });

  it('never matches inside a longer digit run, and prefers the longer span', () => {
    const r = scanTextSync('alpha 12345678901', { ...opts, detectors: [nine, eleven] });
    expect(r.findings.map((f) => f.detector)).toEqual(['test.eleven']);
  });

  it('requires context where the detector says so, behind its keyword gate', () => {
    expect(scanTextSync('meeting on 1990-05-12', { ...opts, detectors: [dob] }).findings).toEqual([]);
    expect(scanTextSync('she was born 1990-05-12', { ...opts, detectors: [dob] }).findings).toHaveLength(1);
    expect(scanTextSync('Born:\n1990-05-12', { ...opts, detectors: [dob] }).findings).toHaveLength(1);
  });

  it('weighs context on the value’s own line above context from the line above', () => {
    const r = scanTextSync('alpha record\nbeta 123456789', { ...opts, detectors: [nine, nineB] });
    expect(r.findings.map((f) => f.detector)).toEqual(['test.nine_b']);
    const above = scanTextSync('alpha:\n123456789', { ...opts, detectors: [nine] }).findings[0];
    expect(above.evidence.steps).toContain('context on the line above +0.2');
    // A label on the line above that has had its value there (`Birthday: Oct 5th.`) says nothing of the next line.
    const answered = scanTextSync('alpha: 5 May\nref 123456789', { ...opts, detectors: [nine], minConfidence: 0 }).findings[0];
    expect(answered.evidence.steps).not.toContain('context on the line above +0.2');
  });

  it('lowers confidence on negative context words', () => {
    const withNeg: Detector = { ...nine, id: 'test.neg', context: { words: ['alpha'], negative: ['version', '版本'] } };
    expect(scanTextSync('version 123456789', { ...opts, detectors: [withNeg] }).findings).toEqual([]);
    const r = scanTextSync('alpha version 123456789', { ...opts, detectors: [withNeg], minConfidence: 0 });
    expect(r.findings[0].evidence.negativeContext).toEqual(['version']);
    expect(r.findings[0].confidence).toBe(0.5);
    // A negative word further away than the detector's own label names an earlier value in the record.
    const listed = scanTextSync('version: 2, alpha: 123456789', { ...opts, detectors: [withNeg], minConfidence: 0 });
    expect(listed.findings[0].evidence.negativeContext ?? []).toEqual([]);
    expect(listed.findings[0].confidence).toBe(0.8);
    // …and a negative word nearer the value than the label, with an earlier value between them: the label is
    // that value's (`Birth date 1954-05-22, start date 2/1/24`).
    const second = scanTextSync('alpha 111111111, version 123456789', { ...opts, detectors: [withNeg], minConfidence: 0 });
    expect(second.findings.find((f) => f.value === '123456789')?.evidence.context ?? []).toEqual([]);
  });

  it('a context word after the value that labels the next value (a colon after it) is not this value’s', () => {
    const r = scanTextSync('beta: 123456789   alpha: 987654321', { ...opts, detectors: [nine], minConfidence: 0 });
    expect(r.findings.find((f) => f.value === '123456789')?.evidence.context ?? []).toEqual([]);
    expect(r.findings.find((f) => f.value === '987654321')?.evidence.context).toEqual(['alpha']);
    // A note in brackets after the value is about it (`对公账户：…（开户行：…）`).
    const noted = scanTextSync('123456789 (alpha: checked)', { ...opts, detectors: [nine], minConfidence: 0 });
    expect(noted.findings[0].evidence.context).toEqual(['alpha']);
  });

  it('a word after the value followed by the next value labels that value, not this one', () => {
    const withNeg: Detector = { ...nine, id: 'test.neg', context: { words: ['alpha'], negative: ['version'] } };
    // A negative word naming the next value (`+31 6 2184 5521 | IBAN NL60 …`) does not lower this one…
    const neg = scanTextSync('123456789 | version V2 x', { ...opts, detectors: [withNeg], minConfidence: 0 });
    expect(neg.findings[0].evidence.negativeContext ?? []).toEqual([]);
    // …and the detector's own word naming the next value does not lift one a negative word speaks against
    // (`start date 03/03/2025, DOB 21/09/1991`)…
    const own = scanTextSync('version 123456781, alpha 987654321', { ...opts, detectors: [withNeg], minConfidence: 0 });
    expect(own.findings.find((f) => f.value === '123456781')?.evidence.context ?? []).toEqual([]);
    expect(own.findings.find((f) => f.value === '987654321')?.evidence.context).toEqual(['alpha']);
    // …while in a list of one kind it still does (`Phones: 9536 7615, …; fax +1-713-…`).
    const list = scanTextSync('ref 123456781, alpha 987654321', { ...opts, detectors: [nine], minConfidence: 0 });
    expect(list.findings.find((f) => f.value === '123456781')?.evidence.context).toEqual(['alpha']);
    // A word after the value with no value after it is still this value's (`555-1234 mobile`).
    expect(scanTextSync('123456789 alpha, then more', { ...opts, detectors: [nine] }).findings[0].evidence.context).toEqual(['alpha']);
    expect(scanTextSync('123456789 version', { ...opts, detectors: [withNeg], minConfidence: 0 }).findings[0].evidence.negativeContext).toEqual(['version']);
  });

  it('does not count a negated context word, and takes it as negative context', () => {
    // `13800138000（出厂编码，非电话）`: the note says the value is not what the word names.
    const zh = scanTextSync('序列 123456789（非甲号）', { ...opts, detectors: [nine], minConfidence: 0 }).findings[0];
    expect(zh.evidence.context).toEqual([]);
    expect(zh.evidence.negativeContext).toEqual(['非甲号']);
    const en = scanTextSync('123456789 is not an alpha', { ...opts, detectors: [nine], minConfidence: 0 }).findings[0];
    expect(en.evidence.context).toEqual([]);
    expect(en.evidence.negativeContext).toEqual(['not an alpha']);
    expect(scanTextSync("123456789 isn't the alpha", { ...opts, detectors: [nine] }).findings).toEqual([]);
    // Without an article the word is as often a verb (`do not call 555-1234 after 9pm`): still this value's.
    expect(scanTextSync('do not alpha 123456789', { ...opts, detectors: [nine] }).findings[0].evidence.context).toEqual(['alpha']);
    // 南非 is South Africa, not a negation; a word that is only negated for another value leaves this one alone.
    expect(scanTextSync('南非甲号 123456789', { ...opts, detectors: [nine] }).findings[0].evidence.context).toEqual(['甲号']);
    const two = scanTextSync('ref 987654321 (not an alpha), alpha 123456789', { ...opts, detectors: [nine], minConfidence: 0 }).findings;
    expect(two.find((f) => f.value === '987654321')?.evidence).toMatchObject({ context: [], negativeContext: ['not an alpha'] });
    expect(two.find((f) => f.value === '123456789')?.evidence.context).toEqual(['alpha']);
    expect(two.find((f) => f.value === '123456789')?.evidence.negativeContext ?? []).toEqual([]);
  });

  it('does not report the raw value without showValues', () => {
    const r = scanTextSync('alpha 123456789', { detectors: [nine], fingerprintKey: 'k' });
    expect(r.findings[0].value).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain('123456789');
  });
});

describe('cell-only patterns', () => {
  it('never run on running text, where no column vouches for the shape', () => {
    expect(scanTextSync('Name:\nSMITH, JOHN\n', { detectors: ['person_name'] }).findings).toEqual([]);
    expect(scanTextSync('customer: john smith', { detectors: ['person_name'] }).findings).toEqual([]);
  });
});

describe('blocks and streams', () => {
  it('finds every match whatever the block boundaries, exactly once', () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(i % 7 === 0 ? `row ${i} alpha 123456789` : `filler text ${'x'.repeat(i % 90)}`);
    const r = scanTextSync(lines.join('\n'), { ...opts, detectors: [nine] });
    expect(r.total).toBe(lines.filter((l) => l.includes('alpha')).length);
    expect(r.findings.map((f) => (f.location.kind === 'file' ? f.location.line : 0))).toEqual(
      lines.flatMap((l, i) => (l.includes('alpha') ? [i + 1] : [])),
    );
  });

  it('finds matches on a line far longer than a block', () => {
    const text = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? 'alpha 123456789' : 'lorem ipsum dolor')).join(' ');
    const r = scanTextSync(text, { ...opts, detectors: [nine] });
    expect(r.total).toBe(40);
  });

  it('finds a 2 KB token wherever a long line is cut', () => {
    const long: Detector = { ...nine, id: 'test.long', patterns: [{ name: 'long', regex: 'LONG[a-z]{1000}[a-z]{1000}END', score: 0.9 }], validate: undefined };
    const token = 'LONG' + 'x'.repeat(2000) + 'END';
    for (const pad of [0, 1000, 16000, 16383, 300000]) {
      const r = scanTextSync('y '.repeat(pad) + token + ' z'.repeat(40000), { ...opts, detectors: [long] });
      expect(r.total, `pad ${pad}`).toBe(1);
    }
  });

  it('caps findings per asset but keeps exact counts', () => {
    const text = Array.from({ length: 50 }, () => 'alpha 123456789').join('\n');
    const r = scanTextSync(text, { ...opts, detectors: [nine], maxFindings: 10 });
    expect(r.findings).toHaveLength(10);
    expect(r.counts['test.nine_a']).toBe(50);
    expect(r.truncated).toBe(true);
  });
});

describe('faulty detectors', () => {
  it('drops the candidates of a detector whose code throws and keeps the others', async () => {
    const { TextScanner } = await import('../../src/engine/text-scanner.js');
    const { compileEngine } = await import('../../src/engine/compile.js');
    const { explicitKey } = await import('../../src/engine/fingerprint.js');
    const broken: Detector = { ...nine, id: 'test.broken', validate: () => { throw new Error('boom'); } };
    const s = new TextScanner(compileEngine([broken, eleven]), { minConfidence: 0.5, showValues: true, maxFindings: 10, key: explicitKey('k'), path: 'x' });
    s.push(Buffer.from('alpha 123456789 and 12345678901\n'));
    s.end();
    expect(s.findings.map((f) => f.detector)).toEqual(['test.eleven']);
    expect([...s.detectorErrors]).toEqual([['test.broken', 'boom']]);
  });
});

describe('context windows', () => {
  const mail: Detector = { ...nine, id: 'test.mail', context: { words: ['mail'], before: 24, after: 24 }, validate: undefined };
  it('does not take a word cut by the window edge for a whole word', () => {
    const r = scanTextSync(`123456789 ${'x'.repeat(42)} mailbox`, { ...opts, detectors: [mail], minConfidence: 0 });
    expect(r.findings[0].evidence.context).toEqual([]);
  });

  it('ignores a label on the line above when the value has a label of its own', () => {
    const above = scanTextSync('alpha:\nLast seen: 123456789', { ...opts, detectors: [nine], minConfidence: 0 });
    expect(above.findings[0].evidence.context).toEqual([]);
    const bare = scanTextSync('alpha:\n123456789', { ...opts, detectors: [nine], minConfidence: 0 });
    expect(bare.findings[0].evidence.context).toEqual(['alpha']);
  });

  it('reads a text table’s column header for rows further down, in its own column only', () => {
    const narrow: Detector = { ...nine, id: 'test.narrow', context: { words: ['alpha', '甲号'], before: 12, after: 12 } };
    const rows = ['ref          甲号', ...[1, 2, 3, 4].map((n) => `r${n}-${'x'.repeat(7)}  12345678${n}`)].join('\n');
    const r = scanTextSync(rows, { ...opts, detectors: [narrow], minConfidence: 0 });
    expect(r.findings).toHaveLength(4);
    for (const f of r.findings) expect(f.evidence.steps).toContain('context on the line above +0.2');
    // A header word over another column names that column, not this one.
    const other = scanTextSync(['alpha        ref', ...[1, 2, 3].map((n) => `r${n}-${'x'.repeat(7)}  12345678${n}`)].join('\n'), { ...opts, detectors: [narrow], minConfidence: 0 });
    expect(other.findings.filter((f) => f.evidence.context.length > 0)).toEqual([]);
  });

  it('opens a keyword gate for every row under a text-table header, not only the first', () => {
    const rows = ['name       born', ...['1990-01-02', '1985-03-04', '1977-05-06'].map((d, n) => `person${n}    ${d}`)].join('\n');
    const r = scanTextSync(rows, { ...opts, detectors: [dob] });
    expect(r.findings.map((f) => f.value)).toEqual(['1990-01-02', '1985-03-04', '1977-05-06']);
  });

  it('treats candidates 0.1 apart as clearly apart despite floating point', () => {
    const a: Detector = { ...nine, id: 'test.a', patterns: [{ name: 'p', regex: '\\b\\d{9}\\b', score: 0.4 }], context: undefined };
    const b: Detector = { ...nine, id: 'test.b', patterns: [{ name: 'p', regex: '\\b\\d{9}\\b', score: 0.3 }], context: undefined };
    const r = scanTextSync('123456789', { ...opts, detectors: [a, b] });
    expect(r.findings.map((f) => f.detector)).toEqual(['test.a']);
  });
});
