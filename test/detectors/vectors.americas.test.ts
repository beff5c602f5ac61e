import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR } from './lib/_vectors.js';
import auTfn from '../../detectors/au/tfn.js';
import brCpf from '../../detectors/br/cpf.js';
import caSin from '../../detectors/ca/sin.js';
import gbNhs from '../../detectors/gb/nhs.js';
import gbNino from '../../detectors/gb/nino.js';
import { luhnCheckDigit } from '../../detectors/_lib/luhn.js';
import { weightedSum } from '../../detectors/_lib/weighted.js';
import usItin from '../../detectors/us/itin.js';
import usNpi from '../../detectors/us/npi.js';
import usPassport from '../../detectors/us/passport.js';
import usSsn from '../../detectors/us/ssn.js';
import { scanTextSync } from '../../src/engine/scan-text.js';
import type { Detector } from '../../src/types.js';

/**
 * The shared identifier vectors (python-stdnum derived, /work/shared/testdata/identifiers) for the
 * US / GB / CA / BR / AU identity numbers, run through the real engine: every `valid` value must be
 * reported standalone by its detector, no `mutated` / `invalid` value may be. The same holds with the
 * whole group loaded, where a 9-digit value is seen by SSN, ITIN, passport, SIN and TFN at once.
 * A seeded sample of synthetic values then checks the rates the detectors are tuned for: ≥ 95 % of valid
 * values reported (alone on a line, and in an English or Chinese sentence with a context word), ≤ 2 %
 * of one-digit-mutated look-alikes reported.
 */

const DIR = VECTORS_DIR;
const GROUP: Detector[] = [usSsn, usItin, usPassport, usNpi, gbNino, gbNhs, caSin, brCpf, auTfn];
const byId = new Map(GROUP.map((d) => [d.id, d]));

if (!existsSync(DIR)) throw new Error(`test vectors not found: ${DIR} (set PIISCAN_VECTORS_DIR)`);

/** One vector list; a kind upstream has no values for (us.ssn mutated) has no file. */
function vectorFile(id: string, kind: 'valid' | 'invalid' | 'mutated'): string[] {
  const file = `${DIR}/${id}.${kind}.txt`;
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Values `detectorId` reports in `text` at the default threshold. */
function reported(text: string, detectorId: string, detectors: readonly Detector[]): string[] {
  const { findings } = scanTextSync(text, { detectors, showValues: true });
  return findings.filter((f) => f.detector === detectorId).map((f) => f.value ?? '');
}

const VECTOR_IDS = ['us.ssn', 'us.itin', 'gb.nhs', 'ca.sin', 'br.cpf', 'au.tfn'] as const;

describe.each(VECTOR_IDS.map((id) => [id] as const))('shared vectors: %s', (id) => {
  const detector = byId.get(id)!;
  const valid = vectorFile(id, 'valid');
  const bad = [...vectorFile(id, 'invalid'), ...vectorFile(id, 'mutated')];

  it.each(valid.map((v) => [v] as const))('reports valid %s standalone (alone and with the group)', (v) => {
    expect(reported(v, id, [detector])).toEqual([v]);
    expect(reported(v, id, GROUP)).toEqual([v]);
  });

  it.each(bad.map((v) => [v] as const))('does not report invalid/mutated %s', (v) => {
    expect(reported(v, id, [detector])).toEqual([]);
    expect(reported(v, id, GROUP)).toEqual([]);
  });
});

// ---- seeded synthetic samples -------------------------------------------------------------------

function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}
const rnd = prng(20240611);
const digit = () => String(Math.floor(rnd() * 10));
const digits = (n: number) => Array.from({ length: n }, digit).join('');
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Change one digit (never to itself); a validating detector should then refuse the value. */
function mutate(v: string): string {
  const positions = [...v].map((c, i) => (c >= '0' && c <= '9' ? i : -1)).filter((i) => i >= 0);
  const i = pick(positions);
  const d = (Number(v[i]) + 1 + Math.floor(rnd() * 9)) % 10;
  return v.slice(0, i) + String(d) + v.slice(i + 1);
}

const tfnWeights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const nhsWeights = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const cpfCheck = (p: string) => {
  const r = weightedSum(p, p.length === 9 ? nhsWeights : [11, ...nhsWeights]) % 11;
  return r < 2 ? '0' : String(11 - r);
};

interface Sample {
  id: string;
  /** A valid value in its usual written form. */
  make(): string;
  /** A context word (English) and a Chinese sentence frame. */
  en: string;
  zh: string;
  /** Whether one-digit mutations must be refused (only for detectors with a check digit). */
  checksum: boolean;
  /** False for detectors that need a context word by design (a passport number alone is any number). */
  standalone?: boolean;
}

const SAMPLES: Sample[] = [
  {
    id: 'us.ssn',
    make() {
      let area: string;
      do area = digits(3);
      while (area === '000' || area === '666' || area[0] === '9');
      return `${area}-${String(1 + Math.floor(rnd() * 99)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 9999)).padStart(4, '0')}`;
    },
    en: 'SSN',
    zh: '社会安全号',
    checksum: false,
  },
  {
    id: 'us.itin',
    make: () => `9${digits(2)}-${pick(['50', '57', '65', '70', '78', '88', '90', '92', '94', '99'])}-${digits(4)}`,
    en: 'ITIN',
    zh: '纳税人识别号',
    checksum: false,
  },
  {
    id: 'us.passport',
    make: () => (rnd() < 0.5 ? pick(['A', 'C', 'E', 'N']) + digits(8) : String(1 + Math.floor(rnd() * 9)) + digits(8)),
    en: 'passport number',
    zh: '护照号码',
    checksum: false,
    standalone: false,
  },
  {
    id: 'us.npi',
    make() {
      const p = pick(['1', '2']) + digits(8);
      return p + luhnCheckDigit('80840' + p);
    },
    en: 'NPI',
    zh: '国家提供者标识符',
    checksum: true,
  },
  {
    id: 'gb.nino',
    make() {
      const first = 'ABCEGHJKLMNOPRSTWXYZ';
      const second = 'ABCEGHJKLMNPRSTWXYZ';
      let prefix: string;
      do prefix = pick([...first]) + pick([...second]);
      while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
      const d = digits(6);
      return rnd() < 0.5 ? `${prefix}${d}${pick(['A', 'B', 'C', 'D'])}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${pick(['A', 'B', 'C', 'D'])}`;
    },
    en: 'National Insurance number',
    zh: '国民保险号',
    checksum: false,
  },
  {
    id: 'gb.nhs',
    make() {
      for (;;) {
        const p = digits(9);
        const c = 11 - (weightedSum(p, nhsWeights) % 11);
        if (c === 10) continue;
        const v = p + String(c === 11 ? 0 : c);
        return rnd() < 0.5 ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v;
      }
    },
    en: 'NHS number',
    zh: 'NHS号',
    checksum: true,
  },
  {
    id: 'ca.sin',
    make() {
      const p = pick(['1', '2', '3', '4', '5', '6', '7', '9']) + digits(7);
      const v = p + luhnCheckDigit(p);
      return rnd() < 0.5 ? `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}` : `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;
    },
    en: 'SIN',
    zh: '社会保险号',
    checksum: true,
  },
  {
    id: 'br.cpf',
    make() {
      let p = digits(9);
      p += cpfCheck(p);
      p += cpfCheck(p);
      return rnd() < 0.7 ? `${p.slice(0, 3)}.${p.slice(3, 6)}.${p.slice(6, 9)}-${p.slice(9)}` : p;
    },
    en: 'CPF',
    zh: '巴西税号',
    checksum: true,
  },
  {
    id: 'au.tfn',
    make() {
      for (;;) {
        const p = digits(8);
        for (let c = 0; c < 10; c++) {
          if (weightedSum(p + String(c), tfnWeights) % 11 === 0) {
            const v = p + String(c);
            return rnd() < 0.5 ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v;
          }
        }
      }
    },
    en: 'TFN',
    zh: '澳大利亚税号',
    checksum: true,
  },
];

const N = 200;

describe.each(SAMPLES.map((s) => [s.id, s] as const))('synthetic sample: %s', (id, s) => {
  const values = Array.from({ length: N }, () => s.make());
  const rate = (hits: number) => hits / values.length;

  it.runIf(s.standalone !== false)('reports ≥ 95 % of valid values alone on a line, with the whole group loaded', () => {
    const hits = values.filter((v) => reported(v, id, GROUP).includes(v)).length;
    expect(rate(hits)).toBeGreaterThanOrEqual(0.95);
  });

  it('reports ≥ 95 % of valid values in English and Chinese sentences with a context word', () => {
    const en = values.filter((v) => reported(`Please update the ${s.en} ${v} in the file.`, id, GROUP).includes(v)).length;
    const zh = values.filter((v) => reported(`客户的${s.zh}是 ${v}，请核对。`, id, GROUP).includes(v)).length;
    expect(rate(en)).toBeGreaterThanOrEqual(0.95);
    expect(rate(zh)).toBeGreaterThanOrEqual(0.95);
  });

  it.runIf(s.checksum)('reports ≤ 2 % of one-digit-mutated look-alikes (alone and with context)', () => {
    const mutated = values.map(mutate);
    const alone = mutated.filter((v) => reported(v, id, GROUP).length > 0).length;
    const ctx = mutated.filter((v) => reported(`${s.en}: ${v}`, id, GROUP).length > 0).length;
    expect(rate(alone)).toBeLessThanOrEqual(0.02);
    expect(rate(ctx)).toBeLessThanOrEqual(0.02);
  });
});
