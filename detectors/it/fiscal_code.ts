import { defineDetector } from '../../src/types.js';
import { isValidDate } from '../_lib/dates.js';
import { compact } from '../_lib/normalize.js';

/**
 * Italian codice fiscale of a natural person (DM 23/12/1976): 16 characters, surname (3) + name (3) +
 * year (2) + month letter (ABCDEHLMPRST) + day (01-31, +40 for women) + place of birth (letter + 3 digits,
 * Z for abroad) + check letter from the odd/even position tables. When two people would get the same code,
 * "omocodia" replaces digits from the right with LMNPQRSTUV, so every digit position also accepts those.
 * The birth date is checked (Feb 29 against both centuries the two-digit year can mean).
 *
 * The 11-digit codice fiscale of companies and other organisations is the partita IVA: it names a legal
 * person, not a natural one, so it is deliberately not matched here.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const D = '[0-9LMNPQRSTUV]';
const CORE = `[A-Z]{3}[ \\t]?[A-Z]{3}[ \\t]?${D}{2}[ABCDEHLMPRST]${D}{2}[ \\t]?[A-Z]${D}{3}[A-Z]`;

// Check-character values of the characters in odd (1st, 3rd, …) positions, for 0-9 then A-Z.
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const OMOCODIA = 'LMNPQRSTUV';
const MONTHS = 'ABCDEHLMPRST';
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** 0-9 and A-Z → 0-35 index into the tables (digits count as A-J in both tables). */
function index(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

function checkChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = index(first15[i]);
    sum += i % 2 === 0 ? ODD[v] : v;
  }
  return ALPHA[sum % 26];
}

/** A date digit, with the omocodia letter substitution undone. */
function dateDigit(c: string): number {
  const o = OMOCODIA.indexOf(c);
  return o >= 0 ? o : c.charCodeAt(0) - 48;
}

export default defineDetector({
  id: 'it.fiscal_code',
  name: 'Italian codice fiscale (personal tax code)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['IT'],
  description: 'Italian codice fiscale of a person: 16 characters with birth date, omocodia substitutions and check letter.',
  patterns: [
    { name: 'codice-fiscale', regex: `\\b(?i:${CORE})\\b`, score: 0.45 },
  ],
  context: {
    words: [
      'codice fiscale', 'cod. fiscale', 'cod fiscale', 'c.f.', 'cf', 'codice fiscale personale', 'tessera sanitaria',
      'fiscal code', 'italian tax code', 'tax code', 'tax id',
      '税号', '意大利税号', '税务代码', '意大利税务代码', '个人税号',
    ],
  },
  columnHints: [
    'codice fiscale', 'cod fiscale', 'codicefiscale', 'cf', 'fiscal code', 'tax code', 'italian tax code',
    '税号', '意大利税号', '税务代码',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!SHAPE.test(n)) return 'invalid';
    if (checkChar(n.slice(0, 15)) !== n[15]) return 'invalid';
    const yy = dateDigit(n[6]) * 10 + dateDigit(n[7]);
    const month = MONTHS.indexOf(n[8]) + 1;
    const dd = dateDigit(n[9]) * 10 + dateDigit(n[10]);
    // Women have 40 added to the day; 32-40 and 72+ are not days of either sex.
    const day = dd > 40 ? dd - 40 : dd;
    if (dd > 71 || (dd > 31 && dd < 41)) return 'invalid';
    if (!isValidDate(1900 + yy, month, day) && !isValidDate(2000 + yy, month, day)) return 'invalid';
    return 'valid';
  },
  // "Mario Rossi, born in Rome on 1 January 1980": the specimen code of the Agenzia delle Entrate and of
  // countless tutorials.
  deny: ['RSSMRA80A01H501U'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic codes (fictitious names, real municipality codes), check letters computed with the tables.
      'BNCLRA90E45F205D',
      'VRDGPP75L12H501G',
      // Omocodia: digits replaced from the right by LMNPQRSTUV (python-stdnum's published Mario Rossi code).
      'RSSMRAQRCMNFNLRG',
      'BNCLRA90E45F2L5O',
      'RSS MRA 45C12 F205C',
      { text: 'Codice fiscale: NREFNC88T43L219H (cliente dal 2019).', value: 'NREFNC88T43L219H' },
      { text: 'The patient gave fiscal code GLLMRC02R18A944N at check-in.', value: 'GLLMRC02R18A944N' },
      { text: '该员工的意大利税号为 CLMSFN67A51Z404T，请保密。', value: 'CLMSFN67A51Z404T' },
      { text: 'cf: vrdgpp75l12h50my', value: 'vrdgpp75l12h50my' },
    ],
    noMatch: [
      // python-stdnum tests: wrong check letter, impossible month letter I, day 32.
      'FOXDRA26C24H872A',
      'CSTNGL22I10D086I',
      'CNTCHR83T32D969H',
      { text: 'CF RSSMRA80A01H501U', note: 'specimen code' },
      { text: 'CF 00743110157', note: 'an 11-digit company code is a partita IVA, not a person' },
      { text: 'codice fiscale RSSMRA83B30H501A', note: 'check letter right, but February 30 does not exist' },
      { text: 'ref XBNCLRA90E45F205D', note: 'inside a longer token' },
      { text: 'ref BNCLRA90E45F205D7', note: 'followed by a digit' },
    ],
  },
});
