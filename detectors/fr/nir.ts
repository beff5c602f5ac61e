import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { mod97_10 } from '../_lib/iso7064.js';
import { compact } from '../_lib/normalize.js';

/**
 * French NIR (numéro d'inscription au répertoire, the "numéro de sécurité sociale"): sex (1, 2; 3, 4 and
 * 7, 8 for provisional and foreign-born registrations) + year (2) + month (2) + département (2, Corsica
 * 2A / 2B) + commune (3) + order (3) + key (2) = 97 − (first 13 digits mod 97), with 2A read as 19 and 2B as
 * 18 for the key. INSEE month values are 01-12, 20 and 30-42 for unknown or fictitious months, and 50-99
 * for registrations on incomplete civil-status documents; 00, 13-19 and 43-49 are never issued.
 *
 * Usually written grouped (`2 95 10 99 126 111 93`) or as 15 characters; the mod-97 key lets through one
 * look-alike in 97, so both forms are reported without a context word.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const DEPT = '(?:[0-9]{2}|2[ABab])';
const SEP = '[ .]';

function monthOk(mm: number): boolean {
  return (mm >= 1 && mm <= 12) || (mm >= 20 && mm <= 42) || mm >= 50;
}

export default defineDetector({
  id: 'fr.nir',
  name: 'French NIR (social security number)',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['FR'],
  description: 'French NIR / numéro de sécurité sociale: 13 characters (Corsica 2A/2B) and the mod-97 key.',
  patterns: [
    {
      name: 'grouped',
      ...digitToken(`[1-478]${SEP}[0-9]{2}${SEP}[0-9]{2}${SEP}${DEPT}${SEP}[0-9]{3}${SEP}[0-9]{3}${SEP}[0-9]{2}`, true),
      score: 0.4,
    },
    {
      name: 'nir',
      ...digitToken(`[1-478]${SEP}?[0-9]{2}${SEP}?[0-9]{2}${SEP}?${DEPT}${SEP}?[0-9]{3}${SEP}?[0-9]{3}${SEP}?[0-9]{2}`, true),
      score: 0.3,
    },
  ],
  context: {
    words: [
      'nir', 'numéro de sécurité sociale', 'numero de securite sociale', 'n° de sécurité sociale', 'n° sécu',
      'sécurité sociale', 'securite sociale', 'sécu', 'numéro insee', 'numero insee', 'insee', 'carte vitale',
      'social security number', 'french social security number',
      '法国社会保障号', '社会保障号', '社会保障号码', '社保号', '社会保险号',
    ],
  },
  columnHints: [
    'nir', 'numero securite sociale', 'num secu', 'no secu', 'secu', 'numero insee', 'insee', 'carte vitale',
    'social security number', 'french social security number', '法国社会保障号', '社会保障号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[1-478][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{8}$/.test(n)) return 'invalid';
    if (!monthOk(Number(n.slice(3, 5)))) return 'invalid';
    const dept = n.slice(5, 7);
    const body = n.slice(0, 5) + (dept === '2A' ? '19' : dept === '2B' ? '18' : dept) + n.slice(7, 13);
    return 97 - mod97_10(body) === Number(n.slice(13)) ? 'valid' : 'invalid';
  },
  // The specimen number of the French Wikipedia article and many tutorials.
  deny: ['255081416802538'],
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum documentation values (grouped form; Corsica 2A and 2B).
      '2 95 10 99 126 111 93',
      '253072A07300443',
      '253072B07300470',
      // Synthetic: keys computed as 97 − (13 digits mod 97).
      '1.84.12.75.108.042.31',
      { text: 'N° de sécurité sociale : 1 84 12 75 108 042 31', value: '1 84 12 75 108 042 31' },
      { text: 'The employee’s French social security number is 278056912312385.', value: '278056912312385' },
      { text: '该法国员工的社会保障号为 1 91 03 2B 033 117 57。', value: '1 91 03 2B 033 117 57' },
    ],
    noMatch: [
      // python-stdnum: wrong key; sixteen digits.
      '295109912611199',
      '6546546546546703',
      { text: 'NIR 253072C07300443', note: '2C is not a département' },
      { text: 'NIR 2 95 10 99 126 111 94', note: 'key off by one' },
      { text: 'NIR 5 95 10 99 126 111 40', note: 'sex digit 5 does not exist (key computed)' },
      { text: 'NIR 2 95 15 99 126 111 76', note: 'month 15 is never issued (key computed)' },
      { text: 'NIR 255081416802538', note: 'Wikipedia specimen number (2 55 08 14 168 025 38)' },
      { text: 'ref x295109912611193y', note: 'inside a longer token' },
      { text: 'NIR 2 95 10 99 126 111 93 07', note: 'followed by another digit group' },
    ],
  },
});
