import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { compact, isRepeatedDigit, isSequentialDigits } from '../_lib/normalize.js';

/**
 * Travel permits between the mainland and Hong Kong / Macao:
 * - 往来港澳通行证 (Exit-Entry Permit for mainland residents, card version since 2014): C + 8 digits; after
 *   that range ran out (announced by the National Immigration Administration, 2018) C + a letter (I and O
 *   excluded) + 7 digits, starting at CA0000001;
 * - 港澳居民来往内地通行证 (Home Return Permit, 回乡证, card version since 2013): H (Hong Kong) or M (Macao)
 *   + 8 digits, often written with the 2-digit renewal count appended (10 digits).
 * Neither carries a check digit, and letter + 8 digits is a common shape for order and ticket numbers, so
 * every match needs a context word (the base score alone never reaches the reporting threshold).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const SHAPE = /^(?:C[0-9]{8}|C[A-HJ-NP-Z][0-9]{7}|[HM][0-9]{8}(?:[0-9]{2})?)$/;

export default defineDetector({
  id: 'cn.hk_macau_permit',
  name: 'Mainland – Hong Kong/Macao travel permit number',
  category: 'government_id',
  sensitivity: 'restricted',
  locales: ['CN', 'HK', 'MO'],
  description: '往来港澳通行证 (C…) and 港澳居民来往内地通行证 / 回乡证 (H…, M…) numbers next to a permit context word.',
  patterns: [
    { name: 'exit-entry', ...digitToken('C(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})'), score: 0.2 },
    { name: 'home-return', ...digitToken('[HM][0-9]{8}(?:[0-9]{2})?'), score: 0.2 },
  ],
  context: {
    words: [
      '港澳通行证', '往来港澳通行证', '通行证', '回乡证', '港澳居民来往内地通行证', '来往内地通行证', '港澳居民通行证',
      '通行证号', '通行证号码', '证件号码',
      'permit', 'permit no', 'permit number', 'home return permit', 'exit-entry permit', 'two-way permit',
    ],
    before: 64,
  },
  columnHints: [
    '港澳通行证', '港澳通行证号', '往来港澳通行证', '回乡证', '回乡证号', '通行证号', '通行证号码', '来往内地通行证',
    'hk macau permit', 'home return permit', 'exit entry permit', 'permit no', 'permit number',
  ],
  columnHintExcludes: ['通行证有效期', 'permit expiry', 'permit expiry date', 'parking permit', 'work permit'],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!SHAPE.test(n)) return 'invalid';
    const digits = n.replace(/^[A-Z]+/, '').slice(0, n[0] === 'C' ? undefined : 8);
    if (isRepeatedDigit(digits) || isSequentialDigits(digits)) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:art87', 'ccpa:1798.140-v-1-a', 'ccpa:1798.81.5-d-1-a-ii', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic numbers (no checksum exists).
      { text: '往来港澳通行证号码：C58203914', value: 'C58203914' },
      { text: '港澳通行证 CK7302918，签注有效期至2026年。', value: 'CK7302918' },
      { text: '回乡证号码 H28104937', value: 'H28104937' },
      { text: '港澳居民来往内地通行证：M0392018402', value: 'M0392018402' },
      { text: 'Home Return Permit H1038294705 was presented at Lo Wu.', value: 'H1038294705' },
      { text: 'Exit-entry permit no. C39201873', value: 'C39201873' },
    ],
    noMatch: [
      { text: 'C58203914', note: 'bare shape without a permit context word' },
      { text: 'Tracking number H28104937 delivered', note: 'shipment number shape without context' },
      { text: '通行证 C12345678', note: 'sequential placeholder' },
      { text: '回乡证 H00000000', note: 'repeated-digit placeholder' },
      { text: '通行证 CO3920187', note: 'O is never used as the second letter' },
      { text: '回乡证 H281049371', note: '9 digits' },
      { text: '通行证 xC58203914', note: 'inside a longer token' },
    ],
  },
});
