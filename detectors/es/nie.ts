import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { mod23Letter } from '../_lib/mod23.js';
import { compact } from '../_lib/normalize.js';

/**
 * Spanish NIE (Número de Identidad de Extranjero): X, Y or Z, 7 digits and a control letter. The prefix
 * stands for 0, 1 or 2 and the DNI mod-23 rule then applies to the resulting 8-digit number. Written
 * `X2482300W`, `X-2482300-W`, `X 2482300 W`; python-stdnum compacts and upper-cases (its own example is
 * `x-2482300w`), so lower case is accepted: the letter check still drops 22 look-alikes in 23.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const LETTER = '[TRWAGMYFPDXBNJZSQVHLCKEtrwagmyfpdxbnjzsqvhlcke]';

export default defineDetector({
  id: 'es.nie',
  name: 'Spanish NIE (foreigner identity number)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['ES'],
  description: 'Spanish NIE: X/Y/Z, 7 digits and the mod-23 control letter (X-2482300-W).',
  patterns: [
    { name: 'nie', ...digitToken(`[XYZxyz][ \\t-]?[0-9]{7}[ \\t-]?${LETTER}`), score: 0.35 },
  ],
  context: {
    words: [
      'nie', 'n.i.e.', 'número de identidad de extranjero', 'numero de identidad de extranjero',
      'número de identificación de extranjero', 'tarjeta de residencia', 'tarjeta de identidad de extranjero', 'foreigner identity number',
      'foreigner id', 'residence card', 'nif', 'dni',
      '外国人身份号码', '外国人识别号', '西班牙外国人身份号', '居留卡', '居留证', '证件号', '证件号码',
    ],
  },
  columnHints: [
    'nie', 'num nie', 'numero nie', 'nie number', 'nif nie', 'dni nie', 'foreigner id', 'tarjeta residencia',
    '外国人身份号码', '居留证号', '证件号码',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[XYZ][0-9]{7}[A-Z]$/.test(n)) return 'invalid';
    const body = String('XYZ'.indexOf(n[0])) + n.slice(1, 8);
    return mod23Letter(body) === n[8] ? 'valid' : 'invalid';
  },
  // The NIE printed on the Ministerio del Interior's specimen TIE card.
  deny: ['X1234567L'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation and test values.
      'x-2482300w',
      'X1111111G',
      // Synthetic: control letters computed with the mod-23 table.
      'Y-4829175-V',
      'Z 0736418 D',
      { text: 'Applicant NIE: X4829175A, valid until 2031.', value: 'X4829175A' },
      { text: 'The foreign worker gave Y3157204P as her NIE.', value: 'Y3157204P' },
      { text: '申请人的外国人身份号码（NIE）是 Z3157204E。', value: 'Z3157204E' },
    ],
    noMatch: [
      // python-stdnum: wrong control letter.
      'x-2482300a',
      { text: 'NIE X1111111A', note: 'checksum fails' },
      { text: 'NIE X1234567L', note: 'specimen card number' },
      { text: 'NIE W4829175A', note: 'W is not an NIE prefix' },
      { text: 'NIE X482917A', note: 'six digits' },
      { text: 'part AX4829175A', note: 'inside a longer token' },
      { text: 'NIE X48291750A', note: 'eight digits' },
      { text: 'serial X4829175A7', note: 'followed by a digit' },
    ],
  },
});
