import { describe, expect, it } from 'vitest';
import tax_id from '../../detectors/de/tax_id.js';
import dni from '../../detectors/es/dni.js';
import nie from '../../detectors/es/nie.js';
import nir from '../../detectors/fr/nir.js';
import aadhaar from '../../detectors/in/aadhaar.js';
import pan from '../../detectors/in/pan.js';
import fiscal_code from '../../detectors/it/fiscal_code.js';
import bsn from '../../detectors/nl/bsn.js';
import pesel from '../../detectors/pl/pesel.js';
import personnummer from '../../detectors/se/personnummer.js';
import { scanTextSync } from '../../src/engine/scan-text.js';
import type { Detector } from '../../src/types.js';
import { vectors } from './lib/_vectors.js';

/**
 * The shared python-stdnum vectors for the European (and Indian) national identifiers through the real
 * engine. Every valid value is reported by its detector with exactly that value: alone on its line, inside
 * an English and a Chinese sentence with a context word, and alone on its line with the other detectors of
 * this group active (a bare 11-digit run may be a PESEL and a Steuer-IdNr at once: both are reported, as
 * ambiguous, but the right one must be among them). No mutated or invalid value is reported.
 */
const DETECTORS: readonly Detector[] = [dni, nie, fiscal_code, bsn, pesel, personnummer, nir, tax_id, aadhaar, pan];

/**
 * Further valid values from python-stdnum's module documentation and doctests that the shared files do not
 * carry (published test values, not people's numbers).
 */
const PUBLISHED: Record<string, string[]> = {
  'es.dni': ['54362315-K', '11111111H'],
  'es.nie': ['x-2482300w', 'X1111111G'],
  'it.fiscal_code': ['RCCMNL83S18D969H', 'CNTCHR83T41D969D', 'MAILCU91A25F839D', 'RSSMRA45C12F20RX', 'RSSMRA45C12F2LRI', 'BNCSFN85T58G702W'],
  'nl.bsn': ['111222333'],
  'pl.pesel': ['02122401358'],
  'se.personnummer': ['811228-9874', '880320-0057', '8803200099', '8803200131', '8803200172', '8803200420', '121212-1212', '400606+5827'],
  'fr.nir': ['253072B07300470'],
  'de.tax_id': ['1112345678 6'],
  'in.aadhaar': ['234123412346'],
  'in.pan': ['AAPPV8261K'],
};

/** Look-alikes from the same sources that must be refused (wrong check, impossible date, bad structure). */
const PUBLISHED_INVALID: Record<string, string[]> = {
  'es.dni': ['11111111T', 'X1111111G', 'A11111119'],
  'es.nie': ['X1111111A', '11111111H', 'L1111111G'],
  'it.fiscal_code': ['FOXDRA26C24H872A', 'RCCMNL83S18D969'],
  'nl.bsn': ['111252333', '1112223334'],
  'pl.pesel': ['02381307589'],
  'se.personnummer': ['8899200425'],
  'fr.nir': ['253072C07300443'],
  'de.tax_id': ['1234567890 3', '1122345678 5', '36554266806', 'A6574261809'],
  'in.aadhaar': ['123412341234', '222222222222'],
  'in.pan': ['ABMPA32111', '234123412347'],
};

/** An English and a Chinese context phrase per detector. */
const PHRASES: Record<string, [string, string]> = {
  'es.dni': ['DNI', '身份证号'],
  'es.nie': ['NIE', '外国人身份号码'],
  'it.fiscal_code': ['fiscal code', '意大利税号'],
  'nl.bsn': ['BSN', '公民服务号'],
  'pl.pesel': ['PESEL', '波兰身份证号'],
  'se.personnummer': ['personnummer', '个人身份号码'],
  'fr.nir': ['social security number', '社会保障号'],
  'de.tax_id': ['tax ID', '德国税号'],
  'in.aadhaar': ['Aadhaar number', '印度身份证号'],
  'in.pan': ['PAN', '永久账号'],
};

// python-stdnum's PAN has no checksum, so the shared set has no mutated file for it.
const ABSENT = new Set(['in.pan.mutated']);
function vectorsOf(id: string, kind: 'valid' | 'invalid' | 'mutated'): string[] {
  return ABSENT.has(`${id}.${kind}`) ? [] : vectors(id, kind);
}

function reported(detectors: readonly Detector[], id: string, text: string): string[] {
  const { findings } = scanTextSync(text, { detectors, showValues: true });
  return findings.filter((f) => f.detector === id).map((f) => f.value ?? '');
}

describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s vectors', (id, d) => {
  const valid = [...vectorsOf(id, 'valid'), ...PUBLISHED[id]];
  const [en, zh] = PHRASES[id];

  it.each(valid)('reports valid %s standalone', (v) => {
    expect(reported([d], id, `${v}\n`)).toEqual([v]);
  });

  it.each(valid)('reports valid %s standalone with the whole group active', (v) => {
    expect(reported(DETECTORS, id, `${v}\n`)).toEqual([v]);
  });

  it.each(valid)('reports valid %s in an English sentence with a context word', (v) => {
    expect(reported([d], id, `According to the file, the customer's ${en} is ${v}, checked last week.\n`)).toEqual([v]);
  });

  it.each(valid)('reports valid %s in a Chinese sentence with a context word', (v) => {
    expect(reported([d], id, `根据档案，该客户的${zh}是 ${v}，上周已核实。\n`)).toEqual([v]);
  });

  const rejected = [...vectorsOf(id, 'mutated'), ...vectorsOf(id, 'invalid'), ...PUBLISHED_INVALID[id]];
  it.each(rejected)('does not report %s, alone or with a context word', (v) => {
    expect(reported([d], id, `${v}\n`)).toEqual([]);
    expect(reported([d], id, `The customer's ${en} is ${v}.\n`)).toEqual([]);
  });
});
