import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { digitsOnly } from '../_lib/normalize.js';
import { verhoeffValid } from '../_lib/verhoeff.js';

/**
 * Indian Aadhaar number (UIDAI): 12 digits, the first 2-9 (0 and 1 are reserved), the last a Verhoeff check
 * digit; UIDAI never issues palindromes. Printed in groups of four (`2341 2341 2346`). Verhoeff catches every
 * single-digit error and adjacent transposition but still lets one random number in ten through, so a 12-digit
 * number, grouped or bare, needs its own line or a context word (4-4-4 is also how parcel tracking numbers
 * are printed).
 *
 * The masked form (`XXXX XXXX 2346`) that UIDAI recommends for display is not an Aadhaar number any more and
 * is not matched.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'in.aadhaar',
  name: 'Indian Aadhaar number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['IN'],
  description: 'Indian Aadhaar: 12 digits (first 2-9), Verhoeff check digit, not a palindrome; 4-4-4 grouping.',
  patterns: [
    // 4-4-4 is also how 12-digit parcel tracking numbers are printed, and Verhoeff passes one in ten of them.
    { name: 'grouped', ...digitToken('[2-9][0-9]{3}[ -][0-9]{4}[ -][0-9]{4}', true), score: 0.18 },
    { name: 'bare', ...digitToken('[2-9][0-9]{11}'), score: 0.18 },
  ],
  context: {
    words: [
      'aadhaar', 'aadhar', 'aadhaar no', 'aadhaar number', 'aadhaar card', 'uidai',
      'आधार', 'आधार संख्या', 'आधार नंबर', 'आधार कार्ड',
      '阿达尔', '印度身份证', '印度身份证号', '阿达哈尔', '身份证号',
    ],
  },
  columnHints: [
    'aadhaar', 'aadhar', 'aadhaar no', 'aadhaar number', 'aadhar no', 'aadhar number',
    'आधार संख्या', 'आधार नंबर', '印度身份证号', '阿达尔号码',
  ],
  normalize: (raw: string) => digitsOnly(raw),
  validate(n: string) {
    if (!/^[2-9][0-9]{11}$/.test(n)) return 'invalid';
    if (n === [...n].reverse().join('')) return 'invalid';
    return verhoeffValid(n) ? 'valid' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation value, grouped as printed on the card.
      '2341 2341 2346',
      // Synthetic: Verhoeff check digits computed.
      '4991 1866 5246',
      '723904815560',
      { text: 'Aadhaar No: 5873 2019 4466, issued 2016.', value: '5873 2019 4466' },
      { text: 'Please verify the applicant with Aadhaar number 6120-4587-3397.', value: '6120-4587-3397' },
      { text: 'आधार संख्या: 8364 5102 9977', value: '8364 5102 9977' },
      { text: '该印度客户的Aadhaar号码为 937205418868，请勿外传。', value: '937205418868' },
    ],
    noMatch: [
      // python-stdnum: Verhoeff fails; nine digits; first digit 1; palindrome.
      '234123412347',
      '643343121',
      { text: 'Aadhaar 1234 1234 1234', note: 'numbers starting with 0 or 1 are never issued' },
      { text: 'Aadhaar 2000 1991 0002', note: 'palindrome (Verhoeff passes, UIDAI never issues it)' },
      { text: 'Aadhaar 2341 2341 2345', note: 'Verhoeff fails' },
      { text: 'Card 4111 2341 2341 2346', note: 'the last 12 digits of a longer grouped number' },
      { text: 'Aadhaar XXXX XXXX 2346', note: 'masked' },
      { text: 'Order 723904815560 shipped.', note: 'bare 12 digits in prose without a context word' },
      { text: 'The tracking number you sent (6171 9057 6390) has not updated.', note: 'grouped 4-4-4 tracking number that passes Verhoeff' },
    ],
  },
});
