import { defineDetector } from '../../src/types.js';
import { UK_PASSPORT_CUES } from '../_lib/passport-country.js';
import { digitToken } from '../_lib/digit-token.js';
import { isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * UK passport number: 9 digits (HM Passport Office), no public check digit. The shape is that of a US passport
 * book number and of any 9-digit reference, so a match is reported only in a block that speaks of passports
 * (`keywords`) and next to a word naming the United Kingdom as the issuer (`British passport number`, `HM
 * Passport Office`, `GBR` in a nationality column, `United Kingdom`); us.passport takes the same words as
 * negative ones, so a UK number is not reported as a US one.
 *
 * The base score (0.4) is a tenth above us.passport's: when both see a label of the same nearness (`British
 * passport number 548213376`: `passport number` is theirs, the whole phrase ours), the country decides.
 *
 * GDPR Art. 4(1) and Art. 87 (a national identification number); CCPA SPI §1798.140(ae)(1)(A) and a
 * §1798.81.5(d)(1)(A)(ii) breach element; PIPL Art. 4: restricted, like every passport number.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'gb.passport',
  name: 'UK passport number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['GB'],
  description: 'UK passport number (9 digits) in a passport context next to a word naming the United Kingdom as the issuer.',
  patterns: [{ name: 'digits', ...digitToken('[0-9]{9}'), score: 0.4 }],
  // A block about passports: a country word next to a 9-digit number elsewhere (a VAT or account number) is not enough.
  keywords: ['passport', 'hmpo', 'p<gbr', '护照'],
  requireContext: true,
  context: {
    words: [...UK_PASSPORT_CUES, '英国护照', '英国护照号码'],
    // Other 9-digit UK numbers that share a line with the country's name.
    negative: ['vat', 'vat no', 'vat number', 'company number', 'account', 'sort code', 'nhs', 'order', 'invoice', 'tel', 'phone', 'utr'],
    before: 64,
  },
  columnHints: ['uk passport', 'uk passport number', 'british passport', 'british passport number', 'gbr passport', '英国护照', '英国护照号码'],
  columnHintExcludes: ['uk passport expiry', 'british passport expiry', 'uk passport issue date'],
  validate(n: string) {
    if (!/^[0-9]{9}$/.test(n)) return 'invalid';
    // Placeholders typed into forms: 000000000, 123456789.
    if (isRepeatedDigit(n) || isSequentialDigits(n)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-ae-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      { text: 'British passport number 548213376, expires 09 Oct 2031.', value: '548213376' },
      { text: 'UK passport no 925365112 was issued by HM Passport Office.', value: '925365112' },
      { text: 'Passport issued by HM Passport Office, number 531874402', value: '531874402' },
      { text: 'Passport (United Kingdom): 720194358', value: '720194358' },
      {
        text: 'PASSENGERS                     DOB         NATIONALITY  PASSPORT      EXPIRY\n1. PRESCOTT/ELEANOR JOAN MRS   14MAR1962   GBR          548213376     09OCT2031',
        value: '548213376',
        note: 'found by scanning realistic documents: a booking table, GBR in the nationality column',
      },
      { text: '英国护照号码：548213376', value: '548213376' },
    ],
    noMatch: [
      { text: 'Passport No. 531209874', note: 'no issuing country: us.passport reports it' },
      { text: 'British passport number 123456789', note: 'sequential placeholder' },
      { text: 'British passport number 54821337', note: '8 digits' },
      { text: 'British passport number 5482133761', note: '10 digits' },
      { text: 'British passport number x548213376y', note: 'inside a longer token' },
      { text: 'UK VAT number 548213376', note: 'no passport in the block' },
      { text: 'Passport copy on file. UK VAT no 548213376', note: 'a VAT number beside the country name' },
    ],
  },
});
