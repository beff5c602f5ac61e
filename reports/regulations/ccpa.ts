/**
 * CCPA as amended by CPRA (Cal. Civ. Code §1798.100 ff.) provisions that piiscan cites. Letters inside
 * §1798.140 follow the 2024–2025 text and move when the section is amended. Titles and summaries are
 * our own short paraphrases of /work/shared/regulations.md, not the statute.
 */

import type { LegalEntry } from '../../src/types.js';

function section(article: string, title: string, summary: string): LegalEntry {
  const num = /^§(1798\.[0-9.]*[0-9])/.exec(article)?.[1];
  if (num === undefined) throw new Error(`ccpa: cannot read the section number from ${article}`);
  return {
    regulation: 'CCPA',
    article,
    title,
    summary,
    link: `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=${num}`,
  };
}

export const CCPA: Readonly<Record<string, LegalEntry>> = Object.freeze({
  'ccpa:1798.82': section(
    '§1798.82',
    'Data breach notification',
    'Notify California residents whose unencrypted personal information was, or is reasonably believed to have been, acquired by an unauthorised person; encrypted data counts if the key was taken too. (30-day deadline from 2026 per secondary sources only.)',
  ),
  'ccpa:1798.100-a-3': section(
    '§1798.100(a)(3)',
    'Retention periods disclosed at collection',
    'At or before collection, say how long each category of personal information will be kept, and keep none longer than reasonably necessary.',
  ),
  'ccpa:1798.100-c': section(
    '§1798.100(c)',
    'Reasonably necessary and proportionate',
    'Collection, use, retention and sharing must be reasonably necessary and proportionate to the disclosed purpose.',
  ),
  'ccpa:1798.100-e': section(
    '§1798.100(e)',
    'Reasonable security',
    'A business that collects personal information must apply reasonable security suited to its nature.',
  ),
  'ccpa:1798.105': section(
    '§1798.105',
    'Right to delete',
    'A consumer may ask a business to delete their personal information.',
  ),
  'ccpa:1798.120-c': section(
    '§1798.120(c)',
    'Opt-in for consumers under 16',
    'With actual knowledge that a consumer is under 16, no selling or sharing without opt-in: from the consumer at 13–15, from a parent under 13.',
  ),
  'ccpa:1798.121': section(
    '§1798.121',
    'Right to limit use of sensitive personal information',
    'A consumer may limit the use of their sensitive personal information to what the expected goods or services need.',
  ),
  'ccpa:1798.140-ae': section(
    '§1798.140(ae)',
    'Definition of sensitive personal information',
    'Personal information revealing government ID numbers, account credentials, precise geolocation, origin or beliefs, communications content, genetic data, and identifying biometric, health or sex-life data.',
  ),
  'ccpa:1798.140-ae-1-a': section(
    '§1798.140(ae)(1)(A)',
    'SPI: government identity numbers',
    'Social security, driver licence, state ID card or passport number.',
  ),
  'ccpa:1798.140-ae-1-b': section(
    '§1798.140(ae)(1)(B)',
    'SPI: account credentials',
    'Account log-in, financial account, debit or credit card number together with a required security code, password or credentials.',
  ),
  'ccpa:1798.140-ae-1-c': section(
    '§1798.140(ae)(1)(C)',
    'SPI: precise geolocation',
    "A consumer's precise geolocation (within a radius of 1,850 feet, per §1798.140(w)).",
  ),
  'ccpa:1798.140-ae-1-d': section(
    '§1798.140(ae)(1)(D)',
    'SPI: origin, status, beliefs, union membership',
    'Racial or ethnic origin, citizenship or immigration status, religious or philosophical beliefs, or union membership.',
  ),
  'ccpa:1798.140-ae-1-e': section(
    '§1798.140(ae)(1)(E)',
    'SPI: communications content',
    'Contents of mail, email and text messages, unless the business is the intended recipient.',
  ),
  'ccpa:1798.140-ae-1-f': section('§1798.140(ae)(1)(F)', 'SPI: genetic data', "A consumer's genetic data."),
  'ccpa:1798.140-ae-2-a': section(
    '§1798.140(ae)(2)(A)',
    'SPI: biometric identification',
    'Processing biometric information to uniquely identify a consumer.',
  ),
  'ccpa:1798.140-ae-2-b': section(
    '§1798.140(ae)(2)(B)',
    'SPI: health',
    "Personal information collected and analysed concerning a consumer's health.",
  ),
  'ccpa:1798.140-ae-2-c': section(
    '§1798.140(ae)(2)(C)',
    'SPI: sex life or sexual orientation',
    "Personal information collected and analysed concerning a consumer's sex life or sexual orientation.",
  ),
  'ccpa:1798.140-m': section(
    '§1798.140(m)',
    'Deidentified information',
    'Information that cannot reasonably be linked to a consumer, given safeguards against re-identification, a public commitment and contracts with recipients.',
  ),
  'ccpa:1798.140-v-1-a': section(
    '§1798.140(v)(1)(A)',
    'PI: identifiers',
    'Identifiers such as name, postal address, online identifier, IP address, email, SSN, driver licence or passport number.',
  ),
  'ccpa:1798.140-v-1-b': section(
    '§1798.140(v)(1)(B)',
    'PI: customer-record categories (§1798.80(e))',
    'Customer-record items such as phone number, bank or card numbers, medical and insurance information.',
  ),
  'ccpa:1798.140-v-1-c': section(
    '§1798.140(v)(1)(C)',
    'PI: protected-class characteristics',
    'Characteristics of protected classifications.',
  ),
  'ccpa:1798.140-v-1-e': section('§1798.140(v)(1)(E)', 'PI: biometric information', 'Biometric information about a consumer.'),
  'ccpa:1798.140-v-1-f': section(
    '§1798.140(v)(1)(F)',
    'PI: network activity',
    'Internet or other electronic network activity information.',
  ),
  'ccpa:1798.140-v-1-g': section('§1798.140(v)(1)(G)', 'PI: geolocation data', 'Geolocation data about a consumer.'),
  'ccpa:1798.140-v-1-k': section(
    '§1798.140(v)(1)(K)',
    'PI: inferences',
    'Inferences drawn about the consumer from other personal information.',
  ),
  'ccpa:1798.140-w': section(
    '§1798.140(w)',
    'Precise geolocation',
    'Data from a device that locates a consumer within a circle of radius 1,850 feet or less; coarser location is not precise geolocation.',
  ),
  'ccpa:1798.150': section(
    '§1798.150',
    'Private right of action for data breaches',
    'Consumers may sue when unreasonable security lets nonencrypted, nonredacted §1798.81.5 data or email-plus-password credentials be stolen or disclosed; $100–$750 per consumer per incident or actual damages.',
  ),
  'ccpa:1798.155': section(
    '§1798.155',
    'Administrative fines',
    'Up to $2,500 per violation, or $7,500 per intentional violation or one involving known minors under 16 (CPI-adjusted amounts per secondary sources).',
  ),
  'ccpa:1798.81.5-d-1-a': section(
    '§1798.81.5(d)(1)(A)',
    'Breach elements: name plus an element',
    'First name or initial and last name together with an SSN, government ID, account number with its code, medical, insurance, biometric or genetic data, where either is unencrypted.',
  ),
  'ccpa:1798.81.5-d-1-a-i': section(
    '§1798.81.5(d)(1)(A)(i)',
    'Breach element: name + SSN',
    'First name or initial and last name with a social security number, where the name or the number is neither encrypted nor redacted.',
  ),
  'ccpa:1798.81.5-d-1-a-ii': section(
    '§1798.81.5(d)(1)(A)(ii)',
    'Breach element: name + government ID number',
    'Name with a driver licence, California ID, tax ID, passport, military ID or other government-document ID number.',
  ),
  'ccpa:1798.81.5-d-1-a-iii': section(
    '§1798.81.5(d)(1)(A)(iii)',
    'Breach element: name + financial account',
    'Name with an account, credit or debit card number plus any required security code or password.',
  ),
  'ccpa:1798.81.5-d-1-a-iv': section(
    '§1798.81.5(d)(1)(A)(iv)',
    'Breach element: name + medical information',
    'Name with medical information.',
  ),
  'ccpa:1798.81.5-d-1-a-v': section(
    '§1798.81.5(d)(1)(A)(v)',
    'Breach element: name + health insurance',
    'Name with health-insurance information.',
  ),
  'ccpa:1798.81.5-d-1-a-vi': section(
    '§1798.81.5(d)(1)(A)(vi)',
    'Breach element: name + biometric data',
    'Name with unique biometric data used for authentication; photos count only if used or stored for facial recognition. (unverified pinpoint)',
  ),
  'ccpa:1798.81.5-d-1-a-vii': section(
    '§1798.81.5(d)(1)(A)(vii)',
    'Breach element: name + genetic data',
    'Name with genetic data. (unverified pinpoint)',
  ),
  'ccpa:1798.81.5-d-1-b': section(
    '§1798.81.5(d)(1)(B)',
    'Breach element: online account credentials',
    'Username or email address with a password or security question and answer that give access to an online account.',
  ),
});
