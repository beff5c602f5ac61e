import { defineDetector } from '../src/types.js';
import { COMMON_WORDS } from '../src/engine/recognisers/data/en-lexicon.generated.js';
import { isCountryCode } from './_lib/iso3166.js';

/**
 * SWIFT / BIC code (ISO 9362): 4-letter institution code, ISO 3166 country code, 2-character location code
 * and an optional 3-character branch code, upper case only.
 *
 * A BIC has no checksum, and every all-caps 8- or 11-letter word whose 5th-6th letters form a country code
 * ("DOCUMENT" = DOCU·ME·NT) fits the format. So the score depends on the shape: a digit in the location or
 * branch code, or the primary-office branch "XXX", is a strong sign (reported in prose); an all-letter code
 * needs a context word (swift, bic, bank …) or a line of its own (a list or a form field).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const ALNUM = '[A-Z0-9]';

// An IBAN as written in statements and invoices (grouped by four or run together), then the BIC in brackets or
// after a slash: `DE89 3704 0044 0532 0130 00 (COBADEFF)`, `IBAN/BIC: NL91ABNA0417164300 / ABNANL2A`.
const IBAN_SHAPE = '[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){11,30}';

let words: ReadonlySet<string> | undefined;
/**
 * Common English words (the name recogniser's lexicon, built once on first use): an all-letter code that is one
 * (INTEREST = INTE·RE·ST, DOCUMENT, TRANSFER) is a shouted word of a statement line, whatever label is near it.
 */
function isEnglishWord(code: string): boolean {
  words ??= new Set(COMMON_WORDS.split('|'));
  return words.has(code.toLowerCase());
}

export default defineDetector({
  id: 'swift_bic',
  name: 'SWIFT / BIC code',
  category: 'financial',
  sensitivity: 'confidential',
  description: 'ISO 9362 business identifier code: institution, ISO country, location and branch codes.',
  patterns: [
    // Location code containing a digit (e.g. NL2A, GB2L): the common case for real BICs.
    { name: 'digit-location', regex: `\\b[A-Z]{6}(?:[0-9]${ALNUM}|[A-Z][0-9])(?:${ALNUM}{3})?\\b`, score: 0.35, guard: 'code' },
    // All-letter location with a branch code that contains a digit (AXISINBB389).
    { name: 'digit-branch', regex: `\\b[A-Z]{8}(?:[0-9]${ALNUM}{2}|[A-Z][0-9]${ALNUM}|[A-Z]{2}[0-9])\\b`, score: 0.35, guard: 'code' },
    { name: 'primary-office', regex: '\\b[A-Z]{8}XXX\\b', score: 0.35, guard: 'code' },
    // Right after an IBAN, in brackets or after a slash: the account's bank, all letters or not.
    // The next column after an IBAN in a payment list or batch report (`GB76 PWHT 3323 3800 1828 44     BUKBGB22`): a
    // gap of two or more blanks or a tab, which a single-spaced IBAN never holds.
    { name: 'iban-column', regex: `\\b${IBAN_SHAPE}(?:[ ]{2,24}|\\t{1,4})([A-Z]{6}${ALNUM}{2}(?:${ALNUM}{3})?)\\b`, score: 0.35, group: 1, guard: 'code' },
    { name: 'after-iban', regex: `\\b${IBAN_SHAPE}[ \\t]{0,3}[(/][ \\t]{0,3}(?:(?:BIC|SWIFT)[ \\t]{0,2}:?[ \\t]{0,3})?([A-Z]{6}${ALNUM}{2}(?:${ALNUM}{3})?)\\b`, score: 0.35, group: 1, guard: 'code' },
    // All letters: indistinguishable from a shouted word without context.
    { name: 'letters', regex: '\\b[A-Z]{8}(?:[A-Z]{3})?\\b', score: 0.1, guard: 'code' },
  ],
  context: {
    // Only words that name the code itself: a generic "bank" next to an all-caps heading word (BUSINESS,
    // DATABASE, SETTINGS all fit the format) would be enough to report it.
    words: [
      'swift', 'bic', 'swift code', 'bic code', 'swift/bic', 'bank code', 'bank identifier code', 'beneficiary bank',
      'correspondent bank', 'intermediary bank',
      '银行识别码', '银行代码', '开户行', 'swift代码', 'swift码', '国际代码', '收款行',
    ],
  },
  columnHints: ['swift', 'swift code', 'bic', 'bic code', 'swift bic', 'bank code', 'bank bic', 'swift代码', '银行代码', '银行识别码'],
  columnHintExcludes: ['bank code type'],
  normalize: (raw: string) => raw.trim().toUpperCase(),
  validate(n: string) {
    if (!/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(n)) return 'invalid';
    if (!isCountryCode(n.slice(4, 6))) return 'invalid';
    // Location code: SWIFT never assigns 0 or 1 as its first character, nor the letter O as its second
    // (reserved to avoid confusion with 0, which marks test-and-training BICs).
    if (n[6] === '0' || n[6] === '1' || n[7] === 'O') return 'invalid';
    // Branch codes starting with X are reserved except the primary office XXX.
    if (n.length === 11 && n[8] === 'X' && n.slice(8) !== 'XXX') return 'invalid';
    if (/^[A-Z]+$/.test(n) && isEnglishWord(n)) return 'invalid';
    return 'valid';
  },
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum test vectors and banks' published codes.
      'ABNANL2A',
      'AGRIFRPP882',
      'DEUTDEFF',
      'COBADEFFXXX',
      'ACGDGDGD',
      { text: 'Send the wire to ABNANL2A, account holder J. Example.', value: 'ABNANL2A' },
      { text: 'SWIFT/BIC: DEUTDEFF500 (Frankfurt)', value: 'DEUTDEFF500' },
      { text: 'Beneficiary bank BIC code BNPAFRPP', value: 'BNPAFRPP' },
      { text: '收款行 SWIFT 代码：BKCHCNBJ110，请在汇款时注明。', value: 'BKCHCNBJ110' },
      { text: '2021-05-03,TRANSFER TO NL79 KNAB 6849 7465 06 (UBSWCHSH),REF-552583,-4834.00', value: 'UBSWCHSH', note: 'an all-letter BIC in brackets after the IBAN' },
      { text: 'IBAN/BIC: DE89370400440532013000 / DEUTDEFF', value: 'DEUTDEFF', note: 'after a slash' },
      { text: '8   Louis Peeters             BE12 5671 1154 7192                   GEBABEBB        1,118.62   E2E-W09-040260', value: 'GEBABEBB', note: 'the column after the IBAN in a batch report' },
      { text: 'Pablo Serrano\tES84 1424 0875 5604 7449 1808\tCAIXESBB\t705.88', value: 'CAIXESBB', note: 'tab-separated'},
    ],
    noMatch: [
      { text: 'MULTIPLE', note: 'IP is not a country code' },
      { text: 'AGRIF2PP', note: 'country code contains a digit' },
      { text: 'Please read the DOCUMENT before signing it.', note: 'all-letter word in prose, no context' },
      { text: 'The ENVIRONMENT variable is set.', note: 'all-letter 11-letter word, no context' },
      { text: 'DEUTDEFF5', note: 'wrong length (9)' },
      { text: 'deutdeff', note: 'lower case is not a BIC' },
      { text: 'XDEUTDEFF500', note: 'inside a longer token' },
      { text: 'session=CPPRrokHu8M/OHVYNPJ0.c2oQq', note: 'a capital run inside base64 (after /)' },
      { text: 'pw=$2b$12$DuLN/KXWDSAV3N5F.1ri11xy', note: 'inside a bcrypt hash' },
      { text: 'ABNANL0A', note: 'location code may not start with 0' },
      { text: 'DEUTDEFFX12', note: 'X-branch other than XXX' },
      { text: 'Our bank moved the DATABASE to a new server.', note: 'all-caps word next to a generic word' },
      // Found by the evaluation corpus (bench/eval): why "iban" is no context word here.
      { text: 'IBAN DE89 3704 0044 0532 0130 00\nCARD PAYMENT BENEFICIARY LONDON', note: 'an all-caps word (BENE·FI·CI·ARY) under an IBAN line' },
      { text: 'DE89 3704 0044 0532 0130 00    PAYMENTS  received', note: 'an all-caps word in the next column' },
      { text: '02/21   WIRE OUT, SWIFT / BIC ON FILE     -2,000.00\n02/28   INTEREST PAID   +1.02', note: 'an English word (INTE·RE·ST) under a line naming the BIC' },
      { text: 'Account GB33BUKB20201555555555 (PERSONAL) held since 2009, swift transfers allowed', note: 'an English word in brackets after an IBAN' },
    ],
  },
});
