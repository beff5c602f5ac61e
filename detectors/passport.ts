import { defineDetector } from '../src/types.js';
import cnPassport from './cn/passport.js';
import usPassport from './us/passport.js';
import { isRepeatedDigit, isSequentialDigits } from './_lib/normalize.js';

/**
 * A passport number of any other country, as the value of a passport label (`Passport No.: CB4829137`, `passport
 * number J8369854`, `护照号码：AC4829173`) or in a passport column. Formats differ by country (Canada AB482913,
 * India J8369854, Germany C01X00T47, France 18AC29475, Australia PA4829137) and carry no public check digit, so
 * the label is the evidence. The shapes the US and Chinese passport detectors own (a letter and 8 digits, 9
 * digits; E/G/D/S/P with digits) are left to them, so no span is reported twice; 9 digits next to a word naming
 * the United Kingdom are gb.passport's, which us.passport takes as negative context.
 *
 * GDPR Art. 4(1) and Art. 87 (a national identification number); CCPA SPI §1798.140(ae)(1)(A) and a
 * §1798.81.5(d)(1)(A)(ii) breach element; PIPL Art. 4: restricted, like every government id.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const LABEL =
  '(?i:passport|passeport|pasaporte|reisepass|passaporto|paspoort)(?i:[ \\t]*(?:number|num|no\\.?|nr\\.?|#|n°|nº))?|(?:护照|護照)(?:号码|號碼|号|號|编号|編號)?';

export default defineDetector({
  id: 'passport',
  name: 'Passport number (other countries)',
  category: 'government_id',
  sensitivity: 'restricted',
  description: 'A passport number of a country other than the US and China (6–9 letters and digits) after a passport label or in a passport column.',
  patterns: [
    // The value right after the label, or after the holder's country (`UK passport 925365112` is not this: 9 digits,
    // gb.passport's).
    { name: 'labelled', regex: `(?:${LABEL})[ \\t]*[:：#]?[ \\t]*(?:is[ \\t]+)?([A-Za-z0-9]{6,9})(?:[^A-Za-z0-9\\-/.]|[.](?:[^0-9A-Za-z]|$)|$)`, score: 0.6, group: 1 },
    { name: 'cell', regex: '^[ \\t]*([A-Za-z0-9]{6,9})[ \\t]*$', score: 0.35, group: 1, cellOnly: true },
  ],
  keywords: ['passport', 'passeport', 'pasaporte', 'reisepass', 'passaporto', 'paspoort', '护照', '護照'],
  columnHints: ['passport', 'passport no', 'passport number', 'passport num', 'passport id', '护照', '护照号', '护照号码', '护照编号'],
  columnHintExcludes: ['passport expiry', 'passport expiry date', 'passport expiration', 'passport issue date', 'passport country', 'passport photo', 'passport type', '护照有效期', '护照签发日期'],
  normalize: (raw: string) => raw.toUpperCase(),
  validate(n: string) {
    if (!/^[A-Z0-9]{6,9}$/.test(n)) return 'invalid';
    const digits = n.replace(/[^0-9]/g, '');
    // At least half digits: a word after the label (`Passport holders`, `PASSPORT`) is no number.
    if (digits.length < 4 || digits.length * 2 < n.length) return 'invalid';
    if (isRepeatedDigit(digits) || isSequentialDigits(digits)) return 'invalid';
    // What the US or the Chinese detector accepts is theirs to report.
    if (usPassport.validate?.(n) !== 'invalid' || cnPassport.validate?.(n) !== 'invalid') return 'invalid';
    // A year or a date after the label (`passport 2019`, `20250501`) is when, not which.
    if (/^(?:19|20)[0-9]{2}(?:[0-9]{4})?$/.test(n)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-ae-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      { text: 'Passport No.: AB482913 (Canada), expires 2030.', value: 'AB482913' },
      { text: 'Indian passport number J8369854 was scanned at check-in.', value: 'J8369854' },
      { text: 'Reisepass: C01X00T47', value: 'C01X00T47', note: 'Germany' },
      { text: 'passport# PA4829137', value: 'PA4829137', note: 'Australia' },
      { text: '护照号码：AC4829173', value: 'AC4829173' },
      { text: 'Passeport n° 18AC29475', value: '18AC29475', note: 'France' },
    ],
    noMatch: [
      { text: 'Passport No. 531209874', note: 'nine digits: us.passport reports it' },
      { text: '护照号码：E12345678', note: 'a Chinese passport shape: cn.passport' },
      { text: 'Passport holders must queue here.', note: 'a word after the label' },
      { text: 'Passport photo 2019', note: 'a year' },
      { text: 'passport 000000AB', note: 'a filler' },
      { text: 'Order AB482913 shipped', note: 'no passport label' },
      { text: 'passport AB123456', note: 'an ascending filler' },
    ],
  },
});
