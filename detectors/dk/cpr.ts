import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { isValidDate } from '../_lib/dates.js';
import { weightedSum } from '../_lib/weighted.js';
import { digitsOnly } from '../_lib/normalize.js';

/**
 * Danish CPR number (personnummer; CPR-loven, lovbekendtgørelse nr. 1297 af 2017, § 3): the birth date DDMMYY, a
 * dash, and a 4-digit serial whose first digit, with YY, gives the century and whose last digit is odd for men.
 *
 * Why the check digit is not required: the old mod-11 check (weights 4 3 2 7 6 5 4 3 2 1) has not been
 * guaranteed since 2007, when some birth dates ran out of mod-11-valid serials and the CPR office began issuing
 * numbers that fail it; people born since hold such numbers. Requiring it would miss them, so a real date is
 * all the validator can demand. But a date, a dash and four digits is also the shape of references, batch ids
 * and the Swedish personnummer, so the evidence is split:
 * - the mod-11 check holds ('valid'): reported on the shape alone, like other checksummed national ids — one
 *   random date-shaped value in 11 passes, and the dashed DDMMYY-SSSS layout is itself a strong cue;
 * - it fails ('unknown'): reported only next to a Danish label (CPR, CPR-nr., personnummer, sygesikring, a DK
 *   country code) or under a CPR column, because without the checksum nothing but the label tells it from any
 *   other date-plus-serial. A missed post-2007 number with no label is the price of not flooding reports
 *   with order numbers; with a label it is never missed.
 * 10 bare digits are phone numbers as often as anything, so that form needs the check digit and a label.
 *
 * GDPR Art. 4(1) and Art. 87 (a national identification number), CCPA §1798.140(v)(1)(A) and a
 * §1798.81.5(d)(1)(A)(ii) breach element, PIPL Art. 4: restricted, like every national id.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

// Day 01-31, month 01-12, any year.
const DMY = '(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}';

/** The birth year from YY and the serial's first digit (the CPR office's century table). */
function birthYear(yy: number, centuryDigit: number): number {
  if (centuryDigit <= 3) return 1900 + yy;
  if (centuryDigit === 4 || centuryDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function birthDate(n: string): { year: number; month: number; day: number } | null {
  if (!/^[0-9]{10}$/.test(n)) return null;
  const day = Number(n.slice(0, 2));
  const month = Number(n.slice(2, 4));
  const year = birthYear(Number(n.slice(4, 6)), Number(n[6]));
  return { year, month, day };
}

function dateOk(n: string, now: Date = new Date()): boolean {
  const b = birthDate(n);
  if (!b || !isValidDate(b.year, b.month, b.day)) return false;
  // A birth date after today is no one's yet.
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  return b.year * 10000 + b.month * 100 + b.day <= today;
}

export default defineDetector({
  id: 'dk.cpr',
  name: 'Danish CPR number (personnummer)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['DK'],
  description: 'Danish CPR number DDMMYY-SSSS with a valid birth date; without the (pre-2007) mod-11 check only next to a Danish label.',
  patterns: [
    // 0.3: with the mod-11 check (+0.3) reported alone; without it only with a label (+0.3, or +0.2 from the line above).
    { name: 'dashed', ...digitToken(`${DMY}-[0-9]{4}`), score: 0.3 },
    // 0.18: needs the check digit and a label (or a line of its own).
    { name: 'bare', ...digitToken(`${DMY}[0-9]{4}`), score: 0.18 },
  ],
  context: {
    words: [
      'cpr', 'cpr-nr', 'cpr nr', 'cpr-nummer', 'cpr nummer', 'cprnr', 'cpr number', 'cpr no', 'personnummer',
      'personnr', 'sygesikring', 'sygesikringsbevis', 'sundhedskort', 'det gule kort',
      'danish personal identification number', 'danish civil registration number', 'civil registration number',
      'dk', 'dnk', 'denmark', 'danish', 'danmark', 'dansk',
      '丹麦', '丹麦身份证号', '丹麦个人识别号', 'cpr号码', 'cpr号',
    ],
  },
  columnHints: [
    'cpr', 'cpr nr', 'cpr nummer', 'cprnr', 'cpr number', 'cpr no', 'danish personal number', 'sygesikring',
    '丹麦身份证号', 'cpr号码',
  ],
  columnHintExcludes: ['cpr certified', 'cpr certification', 'cpr training', 'cpr expiry', 'cpr date'],
  normalize: (raw: string) => digitsOnly(raw),
  birthDate,
  validate(n: string) {
    if (!/^[0-9]{10}$/.test(n)) return 'invalid';
    if (!dateOk(n)) return 'invalid';
    // The mod-11 check: proof when it holds; since 2007 its failure proves nothing (see above).
    return weightedSum(n, WEIGHTS) % 11 === 0 ? 'valid' : 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic values; the mod-11 check digit computed where it holds.
      { text: '070761-2096', note: 'mod-11 holds: the shape alone' },
      { text: 'Kunde 241198-0645 oprettet 2019', value: '241198-0645', note: 'mod-11 holds, no label' },
      { text: 'CPR-nr.: 180694-2999', value: '180694-2999', note: 'mod-11 fails (issued since 2007): the label decides' },
      { text: 'Patientens CPR-nummer er 050312-6226.', value: '050312-6226', note: 'born 2012, mod-11 fails' },
      { text: 'Sygesikringsbevis: 120504-5038', value: '120504-5038' },
      { text: '"tax_residency": [{ "country": "DK", "tin": "031291-1837" }],', value: '031291-1837', note: 'found by scanning realistic documents: the DK country code labels it' },
      { text: 'CPR\n0707612096', value: '0707612096', note: 'bare digits under a label on the line above, mod-11 holds' },
      { text: '丹麦CPR号码：231145-3931', value: '231145-3931' },
    ],
    noMatch: [
      { text: 'CPR-nr. 320194-2999', note: 'day 32' },
      { text: 'CPR-nr. 151394-2999', note: 'month 13' },
      { text: 'CPR-nr. 290223-1234', note: '29 February 1923 (century digit 1): no leap year' },
      { text: 'CPR-nr. 010130-4999', note: 'century digit 4 with YY 30: born in 2030' },
      { text: '180694-2999', note: 'mod-11 fails and no label: any date and serial' },
      { text: 'Order 180694-2999 shipped', note: 'mod-11 fails, no Danish label' },
      { text: 'Call 0707612096 after five.', note: 'bare 10 digits in prose without a label' },
      { text: 'CPR-nr. 180694-29991', note: 'five digits after the dash' },
      { text: 'CPR-nr. x180694-2999y', note: 'inside a longer token' },
      { text: '070761-2095', note: 'a checksum-broken copy of 070761-2096 without a label' },
    ],
  },
});
