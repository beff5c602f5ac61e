import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { isValidDate } from '../_lib/dates.js';
import { luhnValid } from '../_lib/luhn.js';
import { digitsOnly } from '../_lib/normalize.js';

/**
 * Swedish personnummer (folkbokföringslagen 1991:481, 18 §): birth date YYMMDD or YYYYMMDD, a 3-digit serial (odd for
 * men) and a Luhn check digit computed over the 10-digit form. The separator is `-`, or `+` once the holder
 * turns 100; the 12-digit form drops it. A samordningsnummer (coordination number for people not
 * registered in Sweden) adds 60 to the day and is accepted too.
 *
 * The dashed form is distinctive (a date, a dash, four digits, Luhn); 10 or 12 bare digits are phone
 * numbers and timestamps as often as anything, so those need their own line or a context word.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Month 01-12; day 01-31 or 61-91 (samordningsnummer).
const MD = '(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])';

function dateOk(n: string, now: Date = new Date()): boolean {
  const short = n.length === 10;
  const d = short ? n : n.slice(2);
  const yy = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  const day = dd > 60 ? dd - 60 : dd;
  if (short) {
    // Without the century, Feb 29 is real when any century the holder can be from makes it a leap year.
    return [1800, 1900, 2000].some((c) => isValidDate(c + yy, month, day));
  }
  const year = Number(n.slice(0, 4));
  if (!isValidDate(year, month, day)) return false;
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  return year * 10000 + month * 100 + day <= today;
}

export default defineDetector({
  id: 'se.personnummer',
  name: 'Swedish personnummer (personal identity number)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['SE'],
  description: 'Swedish personal identity / coordination number: (YY)YYMMDD-NNNC with a valid date and Luhn check digit.',
  patterns: [
    { name: 'dashed', ...digitToken(`(?:1[89]|20)?[0-9]{2}${MD}[-+][0-9]{4}`), score: 0.3 },
    { name: 'bare10', ...digitToken(`[0-9]{2}${MD}[ \\t]?[0-9]{4}`), score: 0.18 },
    { name: 'bare12', ...digitToken(`(?:1[89]|20)[0-9]{2}${MD}[ \\t]?[0-9]{4}`), score: 0.18 },
  ],
  context: {
    words: [
      'personnummer', 'personnr', 'pers.nr', 'pnr', 'samordningsnummer', 'personal identity number',
      'swedish personal number', 'swedish id number', 'personal number',
      '瑞典身份证号', '瑞典个人身份号码', '个人身份号码', '身份证号', '个人识别号',
    ],
    // A Danish CPR number (DDMMYY-SSSS, dk.cpr) often reads as a valid Swedish coordination number too (031291-1837:
    // 2003-12-31 with day + 60, Luhn holds one time in ten). Danish labels say which it is: they lower this
    // reading, unless a Swedish word labels the value more closely. `personnummer` is both countries' word and
    // stays a positive one; when nothing else decides, the overlap rule reports both as ambiguous.
    negative: [
      'cpr', 'cpr-nr', 'cpr-nummer', 'cprnr', 'sygesikring', 'sygesikringsbevis', 'sundhedskort',
      'dk', 'dnk', 'denmark', 'danish', 'danmark', 'dansk', '丹麦',
    ],
  },
  columnHints: [
    'personnummer', 'personnr', 'pnr', 'samordningsnummer', 'personal identity number', 'personal number',
    '瑞典身份证号', '个人身份号码',
  ],
  normalize: (raw: string) => digitsOnly(raw),
  // Only the 12-digit form carries the century; the 10-digit form marks it with the `-`/`+` separator, which
  // normalisation drops, so its birth year is left unknown rather than guessed.
  birthDate(n: string) {
    if (!/^[0-9]{12}$/.test(n)) return null;
    const dd = Number(n.slice(6, 8));
    return { year: Number(n.slice(0, 4)), month: Number(n.slice(4, 6)), day: dd > 60 ? dd - 60 : dd };
  },
  validate(n: string) {
    if (!/^(?:[0-9]{10}|[0-9]{12})$/.test(n)) return 'invalid';
    if (!dateOk(n)) return 'invalid';
    return luhnValid(n.slice(-10)) ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum test values, then synthetic ones (Luhn check digit computed).
      '880320-0016',
      '19121212-1212',
      '121212+1212',
      '8803200073',
      { text: 'Personnummer: 750412-3451, kund sedan 2015.', value: '750412-3451' },
      { text: 'The applicant’s Swedish personal number is 19900101-0017.', value: '19900101-0017' },
      { text: '该瑞典员工的个人身份号码为 850709-9805。', value: '850709-9805' },
      { text: 'samordningsnummer 701063-2391', value: '701063-2391' },
    ],
    noMatch: [
      // python-stdnum: Luhn fails; 11 digits; month 99.
      '880320-0018',
      '19670-19-9535',
      '8899200425',
      { text: 'personnummer 750412-3454', note: 'Luhn fails' },
      { text: 'personnummer 750230-3451', note: 'February 30' },
      { text: 'Call 0701234569 after five.', note: 'bare 10 digits in prose without a context word' },
      { text: 'personnummer x750412-3451y', note: 'inside a longer token' },
      { text: 'personnummer 750412-34511', note: 'five digits after the dash' },
      // Found by scanning realistic documents (/work/data/intl-docs): a Danish CPR number that also passes as a
      // Swedish coordination number (day 91 = 31 + 60, Luhn holds); dk.cpr reports it.
      { text: '"tax_residency": [{ "country": "DK", "tin": "031291-1837" }],', note: 'a DK country code: Danish CPR' },
      { text: 'CPR-nummer: 031291-1837', note: 'a Danish label' },
      { text: 'Sygesikringsbevis 031291-1837', note: 'Danish health-insurance card' },
    ],
  },
});
