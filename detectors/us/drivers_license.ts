import { defineDetector } from '../../src/types.js';
import { isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * A US driver's licence number. Each state has its own format (California a letter and 7 digits, Texas 8
 * digits, New York 9, Florida and Wisconsin a letter and 12 digits written `A123-456-78-901-0`, Washington
 * 12 letters and digits …) and none has a published check digit, so a value is one only right after a
 * driver's licence label (`Driver's License: D1234567`, `DL# 123456789`, `DLN`, `驾照号`) or in such a column:
 * 5–16 letters and digits (hyphens and digit groups allowed) with at least 4 digits.
 *
 * GDPR Art. 4(1); CCPA: a driver's licence number is sensitive PI (§1798.140(ae)(1)(A)) and, with a name, a
 * §1798.81.5(d)(1)(A)(ii) breach element; PIPL Art. 4 (GB/T 35273 lists it as sensitive): restricted
 * (regulations.md §2.1, government IDs).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Digit groups split by blanks (`123 456 789`) first: the one-token form would stop at the first blank.
const VALUE = '[0-9]{3,4}(?: [0-9]{3,4}){1,3}|[A-Za-z0-9]{1,16}(?:-[A-Za-z0-9]{1,8}){0,5}';
/** The value ends there: not inside a longer token, a date (`05/12/2019`, `12.05.2019`) or a mail address. */
const END = '(?:[^0-9A-Za-z_@./-]|[.](?:[^0-9A-Za-z]|$)|$)';
const NO = '(?i:(?:number|num|no|nr|id)\\b\\.?|#)';
const LABEL_EN = [
  `\\b(?i:driver(?:'s|’s|s'|s’|s)?[ \\t]+licen[cs]e|driver(?:'s|’s|s'|s’|s)?[ \\t]+lic\\.?)(?:[ \\t]*${NO})?`,
  // `DL` alone is a download, a flight (Delta) or deep learning: only with a number sign or word.
  `\\b(?i:dl)[ \\t]*${NO}`,
  '\\b(?i:dln)\\b',
].join('|');
const LABEL_ZH = '(?:驾照号码|驾照号|驾照编号|驾驶证号码|驾驶证号|驾驶证编号|驾驶执照号码|驾驶执照号|驾照|驾驶证|驾驶执照)';
// A state's code before the number (`Driver's License: CA D1234567`) says whose licence, not what number.
const STATE = '(?:[A-Z]{2}[ \\t]+)?';

// Issue and expiry dates stand beside the number (yyyymmdd, mmddyyyy, ddmmyyyy once the hyphens are gone).
const DATE = /^(?:(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:19|20)[0-9]{2}|(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2})$/;

export default defineDetector({
  id: 'us.drivers_license',
  name: "US driver's license number",
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['US'],
  description: "A US driver's license number (5–16 letters and digits, at least 4 digits; formats vary by state) after a driver's license label (DL#, DLN, 驾照号) or in such a column.",
  patterns: [
    { name: 'labelled', regex: `(?:${LABEL_EN})[ \\t]*[:：#]?[ \\t]*${STATE}(${VALUE})${END}`, score: 0.4, group: 1 },
    { name: 'labelled-zh', regex: `${LABEL_ZH}(?:[ \\t]*(?:是|为|為))?[ \\t]*[:：]?[ \\t]*${STATE}(${VALUE})${END}`, score: 0.4, group: 1 },
    // A value alone in a driver's licence column (the header opens the gate and is the context).
    { name: 'cell', regex: `^[ \\t]*(${VALUE})[ \\t]*$`, score: 0.35, group: 1, cellOnly: true },
  ],
  keywords: ['driver', 'licen', 'dl#', 'dl #', 'dl no', 'dl nr', 'dl num', 'dl id', 'dln', '驾照', '驾驶证', '驾驶执照'],
  context: {
    words: [
      "driver's license", "driver's licence", 'drivers license', 'driver license', 'driver licence', 'driver', 'drivers',
      'dl', 'dln', 'dl#', '驾照', '驾驶证', '驾驶执照',
    ],
    // A software or product licence has a number too.
    negative: ['software', 'license key', 'product key', 'activation', 'serial', 'eula'],
    before: 40,
    after: 16,
  },
  requireContext: true,
  columnHints: [
    "driver's license", 'drivers license', 'driver license', 'drivers licence', 'driver licence', "driver's license number",
    'drivers license number', 'driver license number', 'driver license no', 'dl number', 'dl no', 'dl num', 'dln',
    '驾照号', '驾照号码', '驾驶证号', '驾驶证号码', '驾驶执照号', '驾照编号',
  ],
  columnHintExcludes: [
    'license state', 'license class', 'license type', 'license status', 'license expiry', 'license expiration',
    'license expiration date', 'license expiry date', 'license issue date', 'license issued', 'license photo', 'license image',
    'dl state', 'dl class', 'dl expiry', 'dl expiration',
    '驾照类型', '准驾车型', '驾照有效期', '驾驶证有效期', '驾照照片', '驾驶证照片', '驾照状态', '驾驶证状态',
  ],
  normalize: (raw: string) => raw.replace(/[ \t-]/g, '').toUpperCase(),
  validate(n: string) {
    const digits = n.replace(/[^0-9]/g, '');
    if (!/^[A-Z0-9]{5,16}$/.test(n) || digits.length < 4) return 'invalid';
    // Fillers (D0000000, 123456789) and dates after the label (issued or expiry, not the number).
    if (isRepeatedDigit(digits) || isSequentialDigits(digits) || DATE.test(n)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'ccpa:1798.140-ae-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      { text: "Driver's License: D5820417", value: 'D5820417', note: 'California: a letter and 7 digits' },
      { text: 'DL# 582041793, exp. 2027-03-01', value: '582041793' },
      { text: 'driver license no. A123-456-78-901-0', value: 'A123-456-78-901-0', note: 'Florida, hyphenated' },
      { text: 'DLN: WDL48H2K7N03', value: 'WDL48H2K7N03', note: 'Washington: WDL, letters and digits' },
      { text: "Driver's License: NY 493 028 175", value: '493 028 175', note: 'a state code and digit groups' },
      { text: '客户美国驾照号：S53094821', value: 'S53094821' },
      { text: 'Drivers Lic. #: 46092817', value: '46092817', note: 'Texas: 8 digits' },
    ],
    noMatch: [
      { text: "Driver's License: D0000000", note: 'a filler' },
      { text: 'DL# 123456789', note: 'an ascending filler' },
      { text: "Driver's license issued 05/12/2019", note: 'a date after a word' },
      { text: "Driver's License: 2019-05-12", note: 'a date' },
      { text: "Driver's License: 05-12-2019", note: 'a date' },
      { text: 'Driver license: ABC12', note: 'three digits' },
      { text: 'Delta flight DL 1234 to Atlanta', note: 'a flight: DL without a number word' },
      { text: 'License #: 58204179 (software activation)', note: 'no driver label' },
      { text: 'Driver version 31.0.15.3623 installed', note: 'a device driver' },
      { text: "Driver's License: see attached", note: 'no number' },
    ],
  },
});
