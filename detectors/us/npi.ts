import { defineDetector } from '../../src/types.js';
import { digitToken } from '../_lib/digit-token.js';
import { luhnValid } from '../_lib/luhn.js';
import { compact } from '../_lib/normalize.js';

/**
 * US National Provider Identifier (HIPAA, 45 CFR 162.406): 10 digits starting with 1 (individual provider)
 * or 2 (organisation), the last a Luhn check digit computed over the ISO 7812 prefix 80840 plus the first
 * nine digits.
 *
 * Category: government_id, not health — the NPI is an administrative identifier issued by CMS that says who
 * a provider is, nothing about anyone's health, and it is published in the NPPES registry. It still
 * identifies a person for individual providers, hence confidential rather than internal.
 *
 * A bare 10-digit run with a 1-in-10 checksum collides with phone numbers and account numbers, so it
 * needs a context word or its own line.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

export default defineDetector({
  id: 'us.npi',
  name: 'US National Provider Identifier (NPI)',
  category: 'government_id',
  sensitivity: 'confidential',
  locales: ['US'],
  description: 'US NPI: 10 digits starting 1 or 2, Luhn check digit over the 80840 prefix.',
  patterns: [{ name: 'bare', ...digitToken('[12][0-9]{9}'), score: 0.18 }],
  context: {
    words: [
      'npi', 'npis', 'npi number', 'national provider identifier', 'national provider id', 'national provider',
      'nppes', 'provider id', 'prescriber npi', 'rendering provider', 'billing provider',
      '国家提供者标识符', '国家医疗服务提供者标识符', '医疗服务提供者编号', '医疗机构编号', '医生执业编号',
    ],
  },
  columnHints: [
    'npi', 'npi number', 'npi no', 'provider npi', 'prescriber npi', 'national provider identifier',
    'billing npi', 'rendering npi', '国家提供者标识符', '医疗服务提供者编号',
  ],
  normalize: (raw: string) => compact(raw),
  validate(n: string) {
    if (!/^[12][0-9]{9}$/.test(n)) return 'invalid';
    return luhnValid('80840' + n) ? 'valid' : 'invalid';
  },
  // The example NPI in the CMS NPI check-digit guide.
  deny: ['1234567893'],
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      '2259658906',
      { text: 'Rendering provider NPI: 1316327380', value: '1316327380' },
      { text: 'Dr. Roe (national provider identifier 2219030063) signed the claim.', value: '2219030063' },
      { text: '国家提供者标识符 2107788871 已核验。', value: '2107788871' },
      { text: 'npi,name\n2870642800,Example Clinic', value: '2870642800' },
      '2245428638',
    ],
    noMatch: [
      { text: 'NPI 1234567893', note: 'the CMS guide example' },
      { text: 'NPI 1316327381', note: 'check digit off by one' },
      { text: 'NPI 3316327380', note: 'NPIs start with 1 or 2' },
      { text: 'NPI 131632738', note: '9 digits' },
      { text: 'Call 2125551234 after noon.', note: 'phone-shaped bare digits without context' },
      { text: 'Reference 1316327380 in the subject line.', note: 'Luhn-valid but no context and not standalone' },
      { text: 'NPI 91316327380', note: 'longer digit run' },
      { text: 'NPI 1316327380-2', note: 'continues with another group' },
    ],
  },
});
