import { defineDetector } from '../src/types.js';
import { expandTwoDigitYear, isPlausibleBirthDate, isValidDate } from './_lib/dates.js';

/**
 * Date of birth: a calendar date is personal data only next to a word that says it is a birth date, so
 * the detector is gated (`keywords`) and needs a context word or column hint (`requireContext`).
 * validate() checks a real date between 1900 and today.
 *
 * Normalised form (fingerprint): `YYYY-MM-DD`; `YYYY-MM` for a year and month only (出生年月); and for
 * numeric dates that read either way (05/12/1990) `YYYY-AA/BB` with the two small numbers in ascending
 * order, so 05/12/1990 and 12/05/1990 fingerprint alike whichever convention the writer used.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Month names in the languages of the keyword list (en, de, fr, es, it), accents as written.
const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, januar: 1, jänner: 1, janvier: 1, enero: 1, gennaio: 1,
  february: 2, feb: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, febbraio: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mars: 3, marzo: 3,
  april: 4, apr: 4, avril: 4, abril: 4, aprile: 4,
  may: 5, mai: 5, mayo: 5, maggio: 5,
  june: 6, jun: 6, juni: 6, juin: 6, junio: 6, giugno: 6,
  july: 7, jul: 7, juli: 7, juillet: 7, julio: 7, luglio: 7,
  august: 8, aug: 8, août: 8, aout: 8, agosto: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, septiembre: 9, setiembre: 9, settembre: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10, octubre: 10, ottobre: 10,
  november: 11, nov: 11, novembre: 11, noviembre: 11,
  december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12, decembre: 12, diciembre: 12, dicembre: 12,
};

// Longest first so RE2's leftmost-first alternation takes "september" before "sep".
const MONTH_RE = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');

const YEAR4 = '[12][0-9]{3}';
const ORDINAL = '(?:st|nd|rd|th|er|\\.)?';

// One base score for every shape: a date is a birth date because of the words around it, not its format. It is
// low enough that a birth word on the line above does not carry a date whose own line says what else it is
// (a start, expiry or visit date: negative context), while a birth word on the value's own line always does.
const SCORE = 0.25;

const ISO_TIME = '(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?(?:Z|[+\\-][0-9]{2}:?[0-9]{2})?)?';
// A clock time with seconds after a blank (`2024-03-02 14:03:31`, `02/03/2024 09:15:00`) is taken with the date,
// so that validate() sees it: a log or chat timestamp is an event, not a birth (see SECONDS below).
const CLOCK = '(?:[ \\t]{1,2}[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,6})?(?:Z|[ \\t]?UTC)?)?';
// A time with non-zero seconds marks a machine timestamp (a log line, a chat transcript, a record's creation
// time): births are recorded to the minute, and a birth date kept as a date-time is midnight (or the midnight of
// another time zone, 23:00:00). Such a value is refused, whichever birth word sits on the line above it.
const SECONDS = /[ \tt][0-9]{1,2}:[0-9]{2}:([0-9]{2})(?:\.([0-9]{1,6}))?/;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Day and month from two numbers of a numeric date whose order (D/M or M/D) is not written down. */
function dayMonth(y: number, a: number, b: number): string {
  if (a > 12 && b <= 12) return ymd(y, b, a);
  if (b > 12 && a <= 12) return ymd(y, a, b);
  if (a === b) return ymd(y, a, b);
  if (a > 12 && b > 12) return `!${y}-${a}-${b}`;
  return `${y}-${pad(Math.min(a, b))}/${pad(Math.max(a, b))}`;
}

function normalizeDate(raw: string): string {
  let s = raw.trim().toLowerCase();
  const clock = SECONDS.exec(s);
  if (clock) {
    if (clock[1] !== '00' || /[1-9]/.test(clock[2] ?? '')) return `!${s}`;
    s = s.slice(0, clock.index);
  }
  let m = /^([0-9]{4})\s*[年년]\s*([0-9]{1,2})\s*[月월](?:\s*([0-9]{1,2})\s*[日号일])?$/u.exec(s);
  if (m) return m[3] === undefined ? `${m[1]}-${pad(+m[2])}` : ymd(+m[1], +m[2], +m[3]);
  m = /^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:t.*)?$/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^([0-9]{4})[-/.]([0-9]{1,2})$/.exec(s);
  if (m) return `${m[1]}-${pad(+m[2])}`;
  m = /^([0-9]{4})([0-9]{2})([0-9]{2})$/.exec(s);
  // Year first when it reads as one (19900512); 20011990 is 20 January 1990, not month 19 of 2001.
  if (m && (/^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])/.test(s) || !/^[0-3][0-9][0-3][0-9](?:19|20)[0-9]{2}$/.test(s))) return ymd(+m[1], +m[2], +m[3]);
  // 07221986, 22071986: month and day (or day and month) before the year, as US and European systems store them.
  m = /^([0-9]{2})([0-9]{2})([0-9]{4})$/.exec(s);
  if (m) return dayMonth(+m[3], +m[1], +m[2]);
  m = /^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4}|[0-9]{2})$/.exec(s);
  if (m) {
    const y = m[3].length === 2 ? expandTwoDigitYear(+m[3]) : +m[3];
    return dayMonth(y, +m[1], +m[2]);
  }
  // 02-Sep-1947, 02-SEP-47, 02/Sep/1947, 02SEP1947: clinical systems, airlines and Oracle dates.
  m = /^([0-9]{1,2})[-/.]?(\p{L}+)\.?[-/.]?([0-9]{4}|[0-9]{2})$/u.exec(s);
  if (m && MONTH_NAMES[m[2]]) return ymd(m[3].length === 2 ? expandTwoDigitYear(+m[3]) : +m[3], MONTH_NAMES[m[2]], +m[1]);
  m = /^(\p{L}+)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})$/u.exec(s);
  if (m && MONTH_NAMES[m[1]]) return ymd(+m[3], MONTH_NAMES[m[1]], +m[2]);
  m = /^([0-9]{1,2})(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de))?\s+(\p{L}+)\.?,?(?:\s+de)?\s+([0-9]{4})$/u.exec(s);
  if (m && MONTH_NAMES[m[2]]) return ymd(+m[3], MONTH_NAMES[m[2]], +m[1]);
  return `!${s}`;
}

export default defineDetector({
  id: 'date_of_birth',
  name: 'Date of birth',
  category: 'demographic',
  sensitivity: 'confidential',
  description: 'A calendar date (ISO, D/M/Y, M/D/Y, month names, 年月日) next to a birth-date word; real date, 1900 to today.',
  patterns: [
    { name: 'iso', regex: `\\b${YEAR4}[\\-/.][0-9]{1,2}[\\-/.][0-9]{1,2}${ISO_TIME}${CLOCK}\\b`, score: SCORE },
    { name: 'cjk', regex: `\\b${YEAR4}[ \\t]?[年년][ \\t]?[0-9]{1,2}[ \\t]?[月월][ \\t]?[0-9]{1,2}[ \\t]?[日号일]`, score: SCORE },
    // 出生年月: year and month only, the usual granularity of Chinese forms.
    { name: 'cjk-year-month', regex: `\\b${YEAR4}[ \\t]?[年년][ \\t]?[0-9]{1,2}[ \\t]?[月월]`, score: SCORE },
    // The same year and month in digits, as résumés and HR exports write 出生年月 (1994.06, 1994-6, 1994/06). Not
    // followed by a separator and a digit: the year and month of a longer date (1990-02-30, a timestamp) are no
    // value of their own (RE2 has no lookahead, so the next character is matched outside the group).
    { name: 'year-month', regex: `\\b(${YEAR4}[\\-/.](?:0?[1-9]|1[0-2]))(?:[^0-9./:\\-]|[./:\\-](?:[^0-9]|$)|$)`, score: SCORE, group: 1 },
    { name: 'numeric', regex: `\\b[0-9]{1,2}[\\-/.][0-9]{1,2}[\\-/.]${YEAR4}${CLOCK}\\b`, score: SCORE },
    { name: 'numeric-yy', regex: '\\b[0-9]{1,2}[\\-/.][0-9]{1,2}[\\-/.][0-9]{2}\\b', score: SCORE },
    { name: 'compact', regex: '\\b(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\\b', score: SCORE },
    { name: 'compact-day-month', regex: '\\b(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|[12][0-9]|3[01])(?:19|20)[0-9]{2}\\b', score: SCORE },
    {
      name: 'month-day-year',
      regex: `(?i)\\b(?:${MONTH_RE})\\.?[ \\t]{1,3}[0-9]{1,2}(?:st|nd|rd|th)?,?[ \\t]{1,3}${YEAR4}\\b`,
      score: SCORE,
    },
    // A month abbreviation between dashes, slashes or nothing: 02-Sep-1947, 02-SEP-47, 02/Sep/1947, 02SEP1947.
    {
      name: 'day-mon-year-dashed',
      regex: `(?i)\\b[0-9]{1,2}(?:[\\-/.](?:${MONTH_RE})\\.?[\\-/.]|(?:${MONTH_RE}))(?:${YEAR4}|[0-9]{2})\\b`,
      score: SCORE,
    },
    {
      name: 'day-month-year',
      regex: `(?i)\\b[0-9]{1,2}${ORDINAL}(?:[ \\t]{1,3}(?:of|de))?[ \\t]{1,3}(?:${MONTH_RE})\\.?,?(?:[ \\t]{1,3}de)?[ \\t]{1,3}${YEAR4}\\b`,
      score: SCORE,
    },
  ],
  keywords: [
    'born', 'birth', 'dob', 'd.o.b', '出生', '生日', '生年月日', 'geboren', 'geburtsdatum', 'geb.', 'né', 'née',
    'naissance', 'nacido', 'nacida', 'nacimiento', 'nato', 'nata', 'nascita', 'geboortedatum', '생년월일', '출생', '생일',
  ],
  context: {
    words: [
      'born', 'birth', 'birthday', 'birthdate', 'birth date', 'birth_date', 'date of birth', 'date_of_birth',
      'dateofbirth', 'dob', 'd.o.b', 'd.o.b.',
      '出生', '生日', '出生日期', '出生年月', '出生于', '生年月日',
      'geboren', 'geburtsdatum', 'geb.', 'né', 'née', 'naissance', 'date de naissance', 'nacido', 'nacida',
      'nacimiento', 'fecha de nacimiento', 'nato', 'nata', 'data di nascita', 'geboortedatum', '생년월일', '출생', '생일',
    ],
    // Words that name another kind of date on the same line.
    negative: [
      'start date', 'started', 'hired', 'hire date', 'joined', 'issued', 'issue date', 'expires', 'expiry', 'expiration',
      'valid until', 'due', 'due date', 'invoice', 'order', 'shipped', 'delivered', 'received', 'signed', 'verified',
      'updated', 'created', 'modified', 'visit', 'appointment', 'admitted', 'discharged', 'died', 'deceased',
      'date of death', 'effective', 'renewal', 'deadline',
      '入职', '签发', '有效期', '到期', '发货', '下单', '订单', '办理', '登记日期', '填表日期', '截止',
    ],
    // A birth label sits right before (or, in Chinese, right after) the date it names; narrow windows keep
    // both it and the negative words to the date they are about (the engine reads two bytes per character).
    before: 24,
    after: 12,
  },
  requireContext: true,
  columnHints: [
    'dob', 'date of birth', 'birth date', 'birthday', 'birthdate', 'birth day', 'date birth', 'birth dt',
    '出生日期', '生日', '出生年月', '出生年月日', '生年月日', 'geburtsdatum', 'date de naissance', 'fecha de nacimiento',
    'data di nascita', 'geboortedatum', '생년월일',
    // csrq / csny: pinyin initials of 出生日期 / 出生年月 in Chinese schemas.
    'csrq', 'csny',
  ],
  columnHintExcludes: ['birth place', 'place of birth', 'country of birth', 'birth country', '出生地', '出生地点'],
  normalize: normalizeDate,
  birthDate(n: string) {
    // Only unambiguous forms: a day-month order that cannot be told apart gives no age.
    const m = /^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$/.exec(n);
    return m ? { year: +m[1], month: +m[2], day: m[3] === undefined ? undefined : +m[3] } : null;
  },
  validate(n: string) {
    let m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(n);
    if (m) return isPlausibleBirthDate(+m[1], +m[2], +m[3]) ? 'valid' : 'invalid';
    m = /^([0-9]{4})-([0-9]{2})\/([0-9]{2})$/.exec(n);
    if (m) {
      const [y, a, b] = [+m[1], +m[2], +m[3]];
      return isPlausibleBirthDate(y, a, b) || isPlausibleBirthDate(y, b, a) ? 'valid' : 'invalid';
    }
    m = /^([0-9]{4})-([0-9]{2})$/.exec(n);
    if (m) return isValidDate(+m[1], +m[2], 1) && isPlausibleBirthDate(+m[1], +m[2], 1) ? 'valid' : 'invalid';
    return 'invalid';
  },
  // Age is a protected classification (CCPA (v)(1)(C)); a birth date also shows who is a child (Art. 8, §1798.120(c), PIPL Art. 31).
  legal: ['gdpr:art4-1', 'gdpr:art8', 'ccpa:1798.140-v-1-c', 'ccpa:1798.120-c', 'pipl:art4', 'pipl:art31'],
  examples: {
    match: [
      { text: 'Date of birth: 1990-05-12', value: '1990-05-12' },
      { text: 'DOB 12/05/1990', value: '12/05/1990' },
      { text: 'Born on May 12, 1990 in Leeds.', value: 'May 12, 1990' },
      { text: 'She was born on the 12th of May 1990.', value: '12th of May 1990' },
      { text: '出生日期：1990年5月12日', value: '1990年5月12日' },
      { text: '张三，男，1985年03月08日出生，汉族。', value: '1985年03月08日' },
      { text: '出生年月：1992年7月', value: '1992年7月' },
      { text: '性别：女  |  出生年月：1994.06  |  民族：汉', value: '1994.06', note: 'year and month in digits, as résumés write them' },
      { text: '出生年月：1988-7', value: '1988-7' },
      { text: 'geboren am 12.05.1990 in Köln', value: '12.05.1990' },
      { text: '{"name": "Test User", "dob": "1990-05-12T00:00:00Z"}', value: '1990-05-12T00:00:00Z' },
      { text: 'birthday: 25-12-1988', value: '25-12-1988' },
      { text: 'Née le 3 mars 1975 à Lyon', value: '3 mars 1975' },
      { text: 'DOB: 19900512', value: '19900512' },
      { text: 'name=Jordan Reyes;dob=07221986;tel=+16145550187', value: '07221986', note: 'month, day, year run together' },
      { text: 'Geburtsdatum 22071986', value: '22071986', note: 'day, month, year run together' },
      { text: 'D.O.B. 07/04/85', value: '07/04/85' },
      { text: 'Patient birth date\n1979/11/30\n', value: '1979/11/30', note: 'label on the line above' },
      { text: 'Birth date 1957-11-08, start date 2018-03-08.', value: '1957-11-08', note: 'a negative word elsewhere on the line does not hide it' },
      { text: 'Patient: H. Example   DOB: 02-Sep-1947 (76 y/o)', value: '02-Sep-1947', note: 'a month abbreviation between dashes (clinical systems)' },
      { text: 'DATE OF BIRTH 14-MAR-62', value: '14-MAR-62', note: 'Oracle style, two-digit year' },
      { text: 'Passenger DOB 30NOV1975', value: '30NOV1975', note: 'airline style, no separators' },
      { text: 'birth_date = 1985-06-19 00:00:00', value: '1985-06-19 00:00:00', note: 'a date-time column at midnight' },
    ],
    noMatch: [
      { text: 'Invoice date: 1990-05-12', note: 'a date without a birth word' },
      { text: '1990-05-12', note: 'bare date, no context' },
      { text: 'The meeting on May 12, 1990 was postponed.' },
      { text: 'Date of birth: 1990-02-30', note: 'no 30 February' },
      { text: 'DOB: 31/13/1990', note: 'neither 31 nor 13 is a month' },
      { text: 'DOB: 2999-01-01', note: 'in the future' },
      { text: 'Born: 1899-12-31', note: 'before 1900' },
      { text: 'Date of birth: May 32, 1990' },
      { text: '出生日期：1990年13月12日' },
      { text: '出生年月：1994.13', note: 'no month 13' },
      { text: '2012.09 - 2016.06  北京师范大学  本科', note: 'years of study, no birth word' },
      // Found by the evaluation corpus (bench/eval): a birth word on the line above, another date label on this one.
      { text: 'Date of birth: see the attached passport copy\nStart date: 2016-10-28. Salary as agreed.', note: 'start date under a birth-date line' },
      { text: 'Member: J. Example, DOB on file\nSSN verified (last verified 7/8/20).', note: 'verification date under a DOB line' },
      { text: '[2024-03-02 14:03:05] Agent: please confirm your date of birth.\n[2024-03-02 14:03:31] Customer: sure', note: 'a chat timestamp (seconds) under a line asking for the birth date' },
      { text: 'DOB check failed at 2021-06-03T10:15:22.113Z for user 88213', note: 'an event timestamp next to the word' },
      { text: 'DOB: 31-Foo-1990', note: 'no month' },
      { text: 'DOB: 31312019', note: 'neither 31 is a month' },
      { text: 'DOB: 30-Feb-1990', note: 'no 30 February' },
    ],
  },
});
