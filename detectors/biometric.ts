import { defineDetector } from '../src/types.js';
import { escapeRe, labelWords } from './_lib/lexicon.js';

/**
 * Biometric templates: the stored form of a fingerprint, face, iris, voice or palm print used to identify a
 * person — a base64 template blob or a face embedding (a vector of 16 or more floats) — as the value of a
 * biometric field (`"face_embedding": [0.12, -0.03, …]`, `指纹特征：Rk1SACAyMAA…`) or in a biometric column.
 * A blob or a vector alone is only a blob: without a biometric label or column it is never reported
 * (`requireContext`), and a hex string (a hash: key, certificate and device "fingerprints") is refused.
 * A bare `fingerprint` label is deliberately not a hint: in software it is almost always a hash.
 *
 * GDPR Art. 4(14) and Art. 9 (biometric data processed to uniquely identify); CCPA SPI (ae)(2)(A), PI (v)(1)(E)
 * and a §1798.81.5 element; PIPL Art. 28 (biometrics). Masked whole.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
const LABELS = [
  'biometric', 'biometric template', 'biometric data', 'fingerprint template', 'fingerprint data', 'fingerprint image',
  'fingerprint minutiae', 'minutiae', 'face template', 'face embedding', 'face encoding', 'face vector', 'face feature', 'face features',
  'faceprint', 'face print', 'iris template', 'iris code', 'voiceprint', 'voice print', 'palm print', 'palmprint',
  '生物特征', '生物识别', '指纹', '指纹特征', '指纹模板', '指纹数据', '人脸特征', '人脸特征值', '人脸模板', '人脸数据', '面部特征', '虹膜', '虹膜特征',
  '声纹', '掌纹', '静脉特征',
];
const latinLabels = LABELS.filter((l) => !/\p{Script=Han}/u.test(l))
  .map((l) => escapeRe(l).replace(/ /g, '[ _\\-]?'))
  .join('|');
const cjkLabels = LABELS.filter((l) => /\p{Script=Han}/u.test(l)).map(escapeRe).join('|');
const PREFIX = `(?:\\b(?:${latinLabels})["']?[ \\t]{0,3}[:：=][ \\t]{0,3}["']?|(?:${cjkLabels})[^\\n:：=]{0,4}[:：=][ \\t]{0,3}["']?)`;
// RE2 caps a repetition at 1000: two runs allow templates of up to 2,000 characters.
const BLOB = '[A-Za-z0-9+/]{64,1000}[A-Za-z0-9+/]{0,1000}={0,2}';
// A bracketed list of numbers (RE2 refuses nested counted repetitions this large, so the shape is checked by
// validate(): 16 to 4,096 decimal floats).
const VECTOR = '\\[[ \\t]{0,2}-?[0-9]{1,3}\\.[0-9]{1,12}[ \\t]{0,2},[0-9eE.,\\t \\-]{60,1000}[0-9eE.,\\t \\-]{0,1000}\\]';
const FLOAT_RE = /^-?[0-9]{1,3}\.[0-9]{1,12}(?:[eE]-?[0-9]{1,2})?$/;

export default defineDetector({
  id: 'biometric',
  name: 'Biometric template',
  category: 'biometric',
  sensitivity: 'restricted',
  description: 'Fingerprint / face / iris templates (base64 blobs) and face embeddings under a biometric label or column (指纹, 人脸特征).',
  patterns: [
    { name: 'labelled-blob', regex: `(?i)${PREFIX}(${BLOB})`, score: 0.45, group: 1 },
    { name: 'labelled-vector', regex: `(?i)${PREFIX}(${VECTOR})`, score: 0.45, group: 1 },
    { name: 'alone-blob', regex: `(?m)^[ \\t]{0,8}["']?(${BLOB})["']?[ \\t\\r]*$`, score: 0.4, group: 1 },
    { name: 'alone-vector', regex: `(?m)^[ \\t]{0,8}["']?(${VECTOR})["']?[ \\t\\r]*$`, score: 0.4, group: 1 },
  ],
  keywords: [
    // Not a bare `face` (ordinary English): the face labels the patterns accept, written with space, _ or -.
    'biometric', 'fingerprint', 'minutiae', 'face template', 'face_template', 'face-template', 'face embedding', 'face_embedding',
    'face-embedding', 'face encoding', 'face_encoding', 'face vector', 'face_vector', 'face feature', 'face_feature', 'faceprint',
    'face print', 'face_print', 'iris', 'voiceprint', 'voice print', 'palm', '生物特征', '生物识别',
    '指纹', '人脸', '面部特征', '虹膜', '声纹', '掌纹', '静脉特征',
  ],
  context: { words: labelWords(LABELS) },
  requireContext: true,
  columnHints: LABELS.filter((l) => !['minutiae', 'biometric data'].includes(l)),
  columnHintExcludes: ['biometric type', 'biometric enabled', 'biometric consent', 'biometric status', 'face feature count', '指纹开关', '指纹登录'],
  validate: (v: string) => {
    if (v.startsWith('[')) {
      const parts = v.slice(1, -1).split(',').map((x) => x.trim());
      return parts.length >= 16 && parts.length <= 4096 && parts.every((x) => FLOAT_RE.test(x)) ? 'unknown' : 'invalid';
    }
    // A hex digest is a hash, not a template; a template blob mixes cases and digits.
    if (/^[0-9a-fA-F]+$/.test(v)) return 'invalid';
    if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/[0-9]/.test(v)) return 'invalid';
    return 'unknown';
  },
  special: true,
  legal: ['gdpr:art9-1', 'gdpr:art4-14', 'ccpa:1798.140-ae-2-a', 'ccpa:1798.140-v-1-e', 'ccpa:1798.81.5-d-1-a-vi', 'pipl:art28'],
  examples: {
    match: [
      {
        text: 'fingerprint_template: Rk1SACAyMAAAAAFcAAABLAGQAMUAxQEAAAAoQIB9ADQHAEBxAGkQAEB6AGN1AECOAHkXAEBvAHhGAEDSAI0h',
        value: 'Rk1SACAyMAAAAAFcAAABLAGQAMUAxQEAAAAoQIB9ADQHAEBxAGkQAEB6AGN1AECOAHkXAEBvAHhGAEDSAI0h',
      },
      {
        text: '指纹特征：Rk1SACAyMAAAAAFcAAABLAGQAMUAxQEAAAAoQIB9ADQHAEBxAGkQAEB6AGN1AECOAHkXAEBvAHhGAEDSAI0h',
        value: 'Rk1SACAyMAAAAAFcAAABLAGQAMUAxQEAAAAoQIB9ADQHAEBxAGkQAEB6AGN1AECOAHkXAEBvAHhGAEDSAI0h',
      },
      {
        text: '"face_embedding": [0.12, -0.03, 0.88, 0.41, -0.27, 0.05, 0.66, -0.19, 0.33, 0.02, -0.71, 0.14, 0.09, -0.45, 0.58, 0.21]',
        value: '[0.12, -0.03, 0.88, 0.41, -0.27, 0.05, 0.66, -0.19, 0.33, 0.02, -0.71, 0.14, 0.09, -0.45, 0.58, 0.21]',
      },
      {
        text: '人脸特征值 = [0.12,-0.03,0.88,0.41,-0.27,0.05,0.66,-0.19,0.33,0.02,-0.71,0.14,0.09,-0.45,0.58,0.21]',
        value: '[0.12,-0.03,0.88,0.41,-0.27,0.05,0.66,-0.19,0.33,0.02,-0.71,0.14,0.09,-0.45,0.58,0.21]',
      },
      {
        text: 'Face template\nAQAAAEZBQ0UxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXpBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWg==\n',
        value: 'AQAAAEZBQ0UxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXpBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWg==',
      },
    ],
    noMatch: [
      { text: 'Rk1SACAyMAAAAAFcAAABLAGQAMUAxQEAAAAoQIB9ADQHAEBxAGkQAEB6AGN1AECOAHkXAEBvAHhGAEDSAI0h', note: 'a blob with no biometric label' },
      { text: 'SSH key fingerprint: SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8', note: 'a key fingerprint is a hash' },
      { text: 'fingerprint_template: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a089f86d081884c7d659a2feaa0c55ad015', note: 'hex digest' },
      { text: 'embedding: [0.12, -0.03, 0.88, 0.41, -0.27, 0.05, 0.66, -0.19, 0.33, 0.02, -0.71, 0.14, 0.09, -0.45, 0.58, 0.21]', note: 'a word embedding, no biometric label' },
      { text: '人脸识别技术的发展很快，指纹支付也很普及。', note: 'words without a template' },
      { text: 'face_template: [0.1, 0.2]', note: 'too short to be an embedding' },
    ],
  },
});
