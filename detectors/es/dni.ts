import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { mod23Valid } from '../_lib/mod23.js';
import { compact } from '../_lib/normalize.js';

/**
 * Spanish DNI (Documento Nacional de Identidad), which is also the NIF of a Spanish citizen: 8 digits and a
 * control letter, the number mod 23 indexing TRWAGMYFPDXBNJZSQVHLCKE. Written `54362315K`, `54362315-K`,
 * `54.362.315-K` or `54362315 K`; python-stdnum upper-cases, and hand-typed data does hold `54362315-k`,
 * so a lower-case letter is accepted where it is attached to the digits (a spaced lower-case letter is too
 * often just the next word: "paid 20231015 a total").
 *
 * The letter check lets one look-alike in 23 through, so the bare form needs a little help (a context word,
 * its own line, or the dotted form) before it is reported in prose.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Control letters only: I, Ñ, O and U never occur, which also keeps "12345678 I" out.
const LETTER = '[TRWAGMYFPDXBNJZSQVHLCKEtrwagmyfpdxbnjzsqvhlcke]';
const UPPER = '[TRWAGMYFPDXBNJZSQVHLCKE]';
const SUFFIX = `(?:-?${LETTER}|[ \\t]${UPPER})`;

export default defineDetector({
  id: 'es.dni',
  name: 'Spanish DNI / NIF (national identity number)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['ES'],
  description: 'Spanish DNI/NIF: 8 digits and the mod-23 control letter (54362315-K, 54.362.315-K).',
  patterns: [
    { name: 'dni', ...digitToken(`[0-9]{8}${SUFFIX}`), score: 0.25 },
    { name: 'dni-dotted', ...digitToken(`[0-9]{2}\\.[0-9]{3}\\.[0-9]{3}${SUFFIX}`), score: 0.3 },
  ],
  context: {
    words: [
      'dni', 'd.n.i.', 'nif', 'n.i.f.', 'documento nacional de identidad', 'documento de identidad',
      'número de identificación fiscal', 'numero de identificacion fiscal', 'número de dni', 'identity card',
      'national identity number', 'national id', 'spanish id', 'tax id',
      '身份证', '身份证号', '西班牙身份证', '证件号', '证件号码', '税号',
    ],
  },
  columnHints: [
    'dni', 'nif', 'dni nif', 'nif dni', 'num dni', 'numero dni', 'n dni', 'documento identidad',
    'documento de identidad', 'national id', 'spanish id', '身份证号', '证件号码', '西班牙身份证号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[0-9]{8}[A-Z]$/.test(n)) return 'invalid';
    return mod23Valid(n) ? 'valid' : 'invalid';
  },
  // The specimen number printed on Spanish sample cards and in most documentation, and the all-zero filler.
  deny: ['12345678Z', '00000000T'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation value.
      '54362315-K',
      // Synthetic: control letters computed with the mod-23 table.
      '73921846-F',
      '48.213.907-L',
      { text: 'Customer DNI: 30586217N, verified at the desk.', value: '30586217N' },
      { text: 'The tenant, holder of DNI 11111111H, signed the lease.', value: '11111111H' },
      { text: '客户身份证号（DNI）为 61730452Q，已核验。', value: '61730452Q' },
      { text: 'Titular: Ana Pérez, NIF 73921846-f', value: '73921846-f' },
    ],
    noMatch: [
      // python-stdnum: wrong control letter.
      '54362315Z',
      { text: 'DNI 54362315-Z', note: 'checksum fails' },
      { text: 'DNI 12345678Z', note: 'published specimen number' },
      { text: 'DNI 00000000T', note: 'all-zero filler' },
      { text: 'DNI 5436231K', note: 'seven digits' },
      { text: 'ref x54362315Ky', note: 'inside a longer token' },
      { text: 'code 154362315K', note: 'nine digits' },
      { text: 'Invoice 54362315 k was paid', note: 'spaced lower-case letter is the next word, not a control letter' },
      { text: 'build 1.54362315K', note: 'inside a dotted number' },
    ],
  },
});
