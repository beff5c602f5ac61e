import { defineDetector } from '../src/types.js';
import { countriesByBbanLength, ibanValid } from './_lib/iban-registry.js';
import { compact } from './_lib/normalize.js';

/**
 * International Bank Account Number (ISO 13616): registered country code, two MOD 97-10 check digits and
 * the country's BBAN with its exact registry length and structure, plus the national check digits where the
 * country defines them (ES CCC, BE, FR/MC RIB key, BA/ME/MK/PT/RS/SI/TL MOD 97).
 *
 * The pattern is generated per BBAN length, so a match takes exactly the country's number of characters:
 * a free-length pattern would swallow the word after the IBAN ("… 0130 00 BIC") and then fail the checksum.
 * Separators (space, dash, tab) may stand between any two characters, because real documents group
 * IBANs by 4 but also by the national layout ("NO 21 650 405 251 19", "ES15-0049-1806-…"). The BBAN may carry
 * lower-case letters (copied from forms), which normalize() folds; an IBAN typed wholly in lower case is
 * reported only after an IBAN or account label (pattern `iban-lower`).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const SEP = '[ \\t\\-]{0,2}';
/**
 * Labels that must come before an IBAN written wholly in lower case. Only `iban` itself among Latin words: with
 * account, acct, konto … as well, the prefilter's DFA tracked their prefixes through every base64 token and the
 * token-heavy log's Set pass took 30–130 % longer (measured 2026-11-23); with `iban` alone, 7 %.
 */
const LOWER_LABELS = 'iban|银行账号|账号|账户';

function ibanPattern(lower = false): string {
  const alternatives = [...countriesByBbanLength()]
    .sort((a, b) => a[0] - b[0])
    .map(([len, ccs]) => `(?:${(lower ? ccs.map((c) => c.toLowerCase()) : ccs).join('|')})${SEP}[0-9]{2}(?:${SEP}[0-9A-Za-z]){${len}}`);
  return `\\b(?:${alternatives.join('|')})\\b`;
}

export default defineDetector({
  id: 'iban',
  name: 'IBAN (international bank account number)',
  category: 'financial',
  sensitivity: 'restricted',
  description: 'IBAN of every SWIFT-registered country: exact length and BBAN structure, MOD 97-10, national check digits.',
  patterns: [
    { name: 'iban', regex: ibanPattern(), score: 0.55 },
    // Typed in lower case on a form or in a chat (`iban: de89 3704 …`): the checksum holds, but a lower-case
    // token in a log passes it by chance (1 in 97), so the label must come first, as part of the match. That
    // also keeps the prefilter's DFA off the lower-case hex of token-heavy logs until a label is seen.
    { name: 'iban-lower', regex: `(?i:${LOWER_LABELS})[^\\n]{0,24}?(${ibanPattern(true)})`, score: 0.25, group: 1 },
  ],
  context: {
    words: [
      'iban', 'bank account', 'account number', 'account no', 'acct', 'bank', 'transfer', 'wire', 'sepa', 'payee',
      'beneficiary', 'kontonummer', 'rekeningnummer', 'compte', 'cuenta',
      '银行账户', '银行账号', '账号', '账户', '收款账户', '国际银行账号', '开户行', '汇款',
    ],
  },
  columnHints: [
    'iban', 'iban number', 'iban no', 'bank account', 'bank account number', 'account number', 'account no',
    'acct no', 'beneficiary account', 'payee account', '银行账户', '银行账号', '账号', '收款账号', '国际银行账号',
  ],
  columnHintExcludes: ['account id', 'account type', 'account name', 'account status'],
  normalize: (raw: string) => compact(raw),
  validate: (n: string) => (ibanValid(n) ? 'valid' : 'invalid'),
  legal: [
    'gdpr:art4-1',
    'gdpr:recital75',
    'gdpr:art32',
    'ccpa:1798.140-v-1-a',
    'ccpa:1798.140-ae-1-b',
    'ccpa:1798.81.5-d-1-a-iii',
    'pipl:art28',
  ],
  examples: {
    match: [
      // Published specimen IBANs (registry and banks' documentation) and python-stdnum test vectors.
      'DE89 3704 0044 0532 0130 00',
      'GB29NWBK60161331926819',
      'FR14 2004 1010 0505 0001 3M02 606',
      'NO 21 650 405 251 19',
      'ES15-0049-1806-9121-1186-9374',
      'MC1112739000700011111000h79',
      { text: 'Please wire the deposit to IBAN NL91 ABNA 0417 1643 00 by Friday.', value: 'NL91 ABNA 0417 1643 00' },
      { text: 'Beneficiary: J. Example, IBAN GB29 NWBK 6016 1331 9268 19 BIC NWBKGB2L', value: 'GB29 NWBK 6016 1331 9268 19' },
      { text: '收款账户：CH9300762011623852957，请核对。', value: 'CH9300762011623852957' },
      { text: '国际银行账号 BE71 0961 2345 6769', value: 'BE71 0961 2345 6769' },
      { text: 'my iban: de89 3704 0044 0532 0130 00 thanks', value: 'de89 3704 0044 0532 0130 00', note: 'typed in lower case, with a label' },
    ],
    noMatch: [
      { text: 'DE89 3704 0044 0532 0130 01', note: 'MOD 97 fails (last digit changed)' },
      { text: 'GB29 NWBK 6016 1331 9268 18', note: 'MOD 97 fails' },
      { text: 'session de89370400440532013000 expired', note: 'a lower-case token with no IBAN word near it' },
      { text: 'ES89 3183 1500 9500 0121 0562', note: 'MOD 97 holds but the Spanish CCC check digits do not' },
      { text: 'AT93 1904 3002 3457 3201 99', note: 'too long for Austria (20 characters)' },
      { text: 'BA30 1290 0794 0102 84', note: 'too short for Bosnia (20 characters)' },
      { text: 'GI22 NW3K 0000 0000 7099 453', note: 'bank code must be 4 letters' },
      { text: 'QQ93 1234 5678', note: 'no such country' },
      { text: 'XDE89370400440532013000', note: 'inside a longer token' },
      { text: 'de89370400440532013000', note: 'lower-case country code is not taken as an IBAN' },
    ],
  },
});
