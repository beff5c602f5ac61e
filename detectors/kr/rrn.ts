import { defineDetector } from '../../src/types.js';
import { isPlausibleBirthDate, isValidDate } from '../_lib/dates.js';
import { digitToken } from '../_lib/digit-token.js';
import { digitsOnly } from '../_lib/normalize.js';
import { weightedSum } from '../_lib/weighted.js';

/**
 * South Korean resident registration number (주민등록번호) and alien registration number (외국인등록번호):
 * YYMMDD-GRRRRSC. G gives century and sex (9/0: 1800s, 1/2: 1900s citizens, 3/4: 2000s citizens,
 * 5/6 and 7/8: foreigners in the 1900s / 2000s); RRRR is the registration office, S a serial and C a check
 * digit, (11 − Σ dᵢ·wᵢ mod 11) mod 10 with weights 2…9,2…5.
 *
 * Since October 2020 new numbers carry six random digits after G, so neither the office code nor the check
 * digit can be verified for them. A birth date on or after 2020-10-01 therefore yields 'unknown' (reported
 * with a context word); every older number must pass the office-code range (≤ 96, python-stdnum) and the
 * check digit — which is what rejects all of the shared mutated vectors. A person born earlier who was
 * issued a new random number after 2020 (naturalisation, a number change) is missed: the price of keeping
 * one-digit typos out.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const DATE6 = '[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])';
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const RANDOM_SINCE = 20201001;

function century(g: string): number {
  if ('1256'.includes(g)) return 1900;
  if ('3478'.includes(g)) return 2000;
  return 1800;
}

export default defineDetector({
  id: 'kr.rrn',
  name: 'South Korean resident registration number (RRN)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['KR'],
  description: 'South Korean RRN / alien registration number: birth date, century/sex digit and (before Oct 2020) check digit.',
  patterns: [
    // YYMMDD-GRRRRSC, also with the separator after G as some of the shared vectors write it.
    { name: 'separated', ...digitToken(`${DATE6}(?:[- ][0-9]{7}|[0-9][- ][0-9]{6})`, true), score: 0.3 },
    { name: 'compact', ...digitToken(`${DATE6}[0-9]{7}`), score: 0.15 },
  ],
  context: {
    words: [
      '주민등록번호', '주민번호', '외국인등록번호', '주민등록', '등록번호',
      'rrn', 'resident registration number', 'registration number', 'korean id', 'alien registration number',
      '韩国身份证', '居民登录号', '居民登记号码', '住民登录号',
    ],
  },
  columnHints: ['주민등록번호', '주민번호', '외국인등록번호', 'rrn', 'resident registration number', 'jumin', 'jumin no', 'ssn kr'],
  normalize: (raw: string) => digitsOnly(raw),
  // YYMMDD with the century from G: the subject's birth date (children's-data rules; never reported as is).
  birthDate(n: string) {
    if (!/^[0-9]{13}$/.test(n)) return null;
    return { year: century(n[6]) + Number(n.slice(0, 2)), month: Number(n.slice(2, 4)), day: Number(n.slice(4, 6)) };
  },
  validate(n: string) {
    if (!/^[0-9]{13}$/.test(n)) return 'invalid';
    const year = century(n[6]) + Number(n.slice(0, 2));
    const month = Number(n.slice(2, 4));
    const day = Number(n.slice(4, 6));
    // 1800s numbers (G 9/0) exist only for the records of people long dead; the 1900 floor does not apply.
    const dateOk = year < 1900 ? isValidDate(year, month, day) : isPlausibleBirthDate(year, month, day);
    if (!dateOk) return 'invalid';
    if (year * 10000 + month * 100 + day >= RANDOM_SINCE) return 'unknown';
    if (Number(n.slice(7, 9)) > 96) return 'invalid';
    const check = (11 - (weightedSum(n.slice(0, 12), WEIGHTS) % 11)) % 10;
    return check === n.charCodeAt(12) - 48 ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Shared vectors (python-stdnum tests).
      '971013-9019902',
      '880411-2238459',
      '9710131019901',
      // Synthetic numbers; check digits computed.
      '850315-1234519',
      { text: '주민등록번호: 920708-2345123', value: '920708-2345123' },
      { text: 'Applicant RRN 010203-3123451 (born 2001)', value: '010203-3123451' },
      { text: '韩国员工居民登录号 780925-5671231 已备案', value: '780925-5671231' },
      { text: '주민번호 220315-4827364', value: '220315-4827364', note: 'born 2022: random tail, needs the context word' },
    ],
    noMatch: [
      // Shared mutated and invalid vectors.
      '9710131029901',
      '971013-9019002',
      '971310-9019908',
      { text: '주민등록번호 850315-1234518', note: 'check digit off by one' },
      { text: '주민등록번호 850230-1234516', note: 'February 30th' },
      { text: '주민등록번호 850315-1994517', note: 'office code 99 does not exist' },
      { text: 'Invoice 8503151234519 paid', note: 'bare 13 digits in prose' },
      { text: '220315-4827364', note: 'post-2020 number without context: nothing to verify' },
      { text: '주민등록번호 850315-12345190', note: 'too long' },
    ],
  },
});
