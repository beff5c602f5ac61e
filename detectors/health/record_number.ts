import { defineDetector } from '../../src/types.js';
import { LEADER } from '../_lib/label.js';
import { isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * A number a hospital or a health insurer gives a patient: a medical record number (MRN, 病历号, 住院号, 门诊号),
 * a health-plan member or insurance number (医保卡号, 社保卡号, `Member ID` on an insurance line). Each
 * institution formats its own (digits, or letters and digits: `ZY20230045`, `MRN 00482913`), so a value is one
 * only as the value of such a label, or in such a column.
 *
 * GDPR: a number assigned to a person to identify them for health purposes is data concerning health
 * (Art. 4(15), Recital 35), an Art. 9 special category; CCPA: medical information and health-insurance
 * information are §1798.81.5(d)(1)(A)(iv)–(v) breach elements; PIPL Art. 28 (medical health): restricted.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// 5–20 characters of digits and capitals with hyphens (at least 4 digits), or digit groups split by blanks (the last
// may be a single check or issue digit: an Australian Medicare card's `2428 77813 2`).
const VALUE = '[0-9]{2,6}(?: [0-9]{2,6}){0,4} [0-9]{1,6}|[A-Z]{0,4}-?[0-9][0-9A-Z-]{3,19}';
const END = '(?:[^0-9A-Za-z_.-]|[.](?:[^0-9A-Za-z]|$)|$)';
const LABEL_EN =
  '\\b(?:MBI|(?i:mrn|medical[ \\t]+record(?:[ \\t]+(?:number|no\\.?|#))?|patient[ \\t]+(?:id|number|no\\.?|#)|hospital[ \\t]+(?:number|no\\.?|#)|ur[ \\t]+(?:number|no\\.?)|chart[ \\t]+(?:number|no\\.?|#)|health[ \\t]+insurance[ \\t]+(?:number|no\\.?|#)|health[ \\t]+card(?:[ \\t]+(?:number|no\\.?|#))?|personal[ \\t]+health[ \\t]+(?:number|no\\.?)|ohip(?:[ \\t]+(?:number|no\\.?|#))?|medicare[ \\t]+(?:card[ \\t]+)?(?:number|no\\.?|#)|medicare[ \\t]+beneficiary[ \\t]+identifier|medicaid[ \\t]+(?:id|number|no\\.?|#)|insurance[ \\t]+(?:member[ \\t]+)?(?:id|number|no\\.?|#)|(?:health[ \\t]+plan|insurance)[ \\t]+member[ \\t]+id))';
// Taiwan's National Health Insurance card (健保卡) number; 就医卡 is another name of a hospital's patient card.
// 残疾证号: the disability certificate's number (the holder's ID number, the category and the grade) says the
// holder is disabled.
const LABEL_ZH = '(?:病历号|病历号码|病案号|住院号|门诊号|就诊卡号|就医卡号|诊疗卡号|医保卡号|医保号|医疗保险号|社保卡号|社会保障卡号|医保编号|健康卡号|健保卡号|健保号|残疾证号|残疾人证号)';

export default defineDetector({
  id: 'health.record_number',
  name: 'Medical record or health insurance number',
  category: 'health',
  sensitivity: 'restricted',
  description: 'A medical record or hospital number (MRN, hospital no., 病历号, 住院号, 门诊号) or a health insurance number (医保卡号, Medicare, insurance member ID) as a labelled value or in such a column (en + zh).',
  patterns: [
    { name: 'labelled', regex: `${LABEL_EN}[ \\t]*${LEADER}[:：#]?[ \\t]*(${VALUE})${END}`, score: 0.6, group: 1 },
    { name: 'labelled-zh', regex: `${LABEL_ZH}(?:[ \\t]*(?:是|为|為))?[ \\t]*[:：]?[ \\t]*(${VALUE})${END}`, score: 0.6, group: 1 },
    { name: 'cell', regex: `^[ \\t]*(${VALUE})[ \\t]*$`, score: 0.35, group: 1, cellOnly: true },
  ],
  keywords: ['mrn', 'mbi', 'ohip', 'personal health', 'medical record', 'patient', 'hospital', 'ur number', 'ur no', 'chart', 'health card', 'health insurance', 'medicare', 'medicaid', 'insurance', '病历', '病案', '住院号', '门诊号', '就诊卡', '就医卡', '诊疗卡', '医保', '健保', '医疗保险', '社保卡', '社会保障卡', '健康卡', '残疾证', '残疾人证'],
  columnHints: [
    'mrn', 'medical record number', 'medical record no', 'patient id', 'patient number', 'patient no', 'chart number',
    'hospital number', 'hospital no', 'ur number',
    'health card number', 'health insurance number', 'medicare number', 'medicaid id', 'insurance member id', 'member id',
    '病历号', '病案号', '住院号', '门诊号', '就诊卡号', '医保卡号', '医保号', '社保卡号', '社会保障卡号', '医保编号', '健保卡号', '残疾证号',
  ],
  columnHintExcludes: ['member id type', 'patient id type'],
  normalize: (raw: string) => raw.replace(/[ \t-]/g, '').toUpperCase(),
  validate(n: string) {
    const digits = n.replace(/[^0-9]/g, '');
    if (n.length < 5 || n.length > 20 || digits.length < 4 || isRepeatedDigit(digits) || (digits === n && isSequentialDigits(n))) return 'invalid';
    // A date or a year (2023-05-01, 20230501) after a label is when, not who.
    if (/^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$/.test(n)) return 'invalid';
    return 'unknown';
  },
  special: true,
  legal: ['gdpr:art4-15', 'gdpr:art9-1', 'ccpa:1798.81.5-d-1-a-iv', 'ccpa:1798.81.5-d-1-a-v', 'pipl:art28'],
  examples: {
    match: [
      { text: 'MRN: 00482913', value: '00482913' },
      { text: 'Patient ID: ZY20230045, admitted 3 May.', value: 'ZY20230045' },
      { text: 'Medical record number 7734-2291-08 (St. Mary Hospital)', value: '7734-2291-08' },
      { text: 'Medicare number: 1EG4TE5MK73', value: '1EG4TE5MK73', note: 'a US MBI' },
      { text: 'Insurance: Medicare, MBI 1EG4-TE5-MK73; secondary Aetna', value: '1EG4-TE5-MK73', note: 'the MBI as printed on the card' },
      { text: 'Medicare card number: 2428 77813 2 / IRN 1', value: '2428 77813 2', note: 'Australian Medicare card, issue digit last' },
      { text: 'Ontario Health Card: 1234-567-890-AB (previous province)', value: '1234-567-890-AB', note: 'OHIP number with version code' },
      { text: 'OHIP # 5584 293 117', value: '5584 293 117' },
      { text: '患者王小明，住院号ZY20230045，诊断为2型糖尿病', value: 'ZY20230045' },
      { text: '门诊号：20230045778', value: '20230045778' },
      { text: '医保卡号：1101 0519 9003 0745 12', value: '1101 0519 9003 0745 12', note: 'digit groups' },
      { text: '健保卡號：000012837465', value: '000012837465', note: 'Taiwan National Health Insurance card, traditional script' },
      { text: '残疾证号：44030519910417351442', value: '44030519910417351442', note: 'a disability certificate: ID number, category and grade' },
      { text: 'Re: Mrs E. Prescott   DOB: 14/03/1962\n    Hospital No: RBH4471982', value: 'RBH4471982', note: 'the NHS hospital number (a trust\'s MRN)' },
      { text: 'UR number 4471982, ward 5B', value: '4471982', note: 'an Australian unit record number' },
      { text: 'Medicare card number ............. 2953 10464 1   IRN 2', value: '2953 10464 1', note: 'a dot leader between label and number' },
    ],
    noMatch: [
      { text: 'MRN: 1234', note: 'four characters' },
      { text: 'Patient ID: 0000000', note: 'a filler' },
      { text: '医保卡号：1234567890123', note: 'an ascending filler' },
      { text: '健保卡號：12345', note: 'an ascending filler after the Taiwan label' },
      { text: 'Patient satisfaction rose in 2023.', note: 'no label' },
      { text: '住院号码查询请拨打 12320', note: 'five digits after 查询请拨打, no label before the value' },
      { text: 'Patient ID: 20230501 was the admission date.', note: 'a date' },
      { text: 'Order ID: ZY20230045', note: 'another label' },
      { text: 'Health card: expires 2026', note: 'no number after the label' },
      { text: 'mbi 1EG4-TE5-MK73 in lower case is a word, not the label', note: 'MBI only in capitals' },
      { text: 'Hospital number of beds: 4471 in 2023', note: 'no number right after the label' },
      { text: 'Hospital car park ........ 2024-11', note: 'a leader after a word that is no label' },
    ],
  },
});
