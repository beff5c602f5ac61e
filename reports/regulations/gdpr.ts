/**
 * GDPR (Regulation (EU) 2016/679) provisions that piiscan findings and report triggers cite.
 * Titles and summaries are our own short paraphrases of /work/shared/regulations.md, not the legal text.
 */

import type { LegalEntry } from '../../src/types.js';

const ELI = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

function art(article: string, anchor: string, title: string, summary: string): LegalEntry {
  return { regulation: 'GDPR', article, title, summary, link: `${ELI}#${anchor}` };
}

export const GDPR: Readonly<Record<string, LegalEntry>> = Object.freeze({
  'gdpr:art4-1': art(
    'Art. 4(1)',
    'art_4',
    'Definition of personal data',
    'Any information about an identified or identifiable natural person, e.g. via a name, ID number, location data or online identifier.',
  ),
  'gdpr:art4-5': art(
    'Art. 4(5)',
    'art_4',
    'Definition of pseudonymisation',
    'Data that can be tied to a person only with separately held, protected extra information; it remains personal data.',
  ),
  'gdpr:art4-13': art(
    'Art. 4(13)',
    'art_4',
    'Definition of genetic data',
    'Defines genetic data, which Art. 9(1) makes a special category.',
  ),
  'gdpr:art4-14': art(
    'Art. 4(14)',
    'art_4',
    'Definition of biometric data',
    'Data from technical processing of physical, physiological or behavioural traits that allows or confirms unique identification.',
  ),
  'gdpr:art4-15': art(
    'Art. 4(15)',
    'art_4',
    'Definition of data concerning health',
    'Defines data concerning health, which Art. 9(1) makes a special category.',
  ),
  'gdpr:art5-1-a': art(
    'Art. 5(1)(a)',
    'art_5',
    'Lawfulness, fairness and transparency',
    'Personal data must be processed lawfully, fairly and transparently.',
  ),
  'gdpr:art5-1-c': art(
    'Art. 5(1)(c)',
    'art_5',
    'Data minimisation',
    'Data must be adequate, relevant and limited to what the purpose needs.',
  ),
  'gdpr:art5-1-d': art(
    'Art. 5(1)(d)',
    'art_5',
    'Accuracy',
    'Data must be accurate and, where necessary, kept up to date.',
  ),
  'gdpr:art5-1-e': art(
    'Art. 5(1)(e)',
    'art_5',
    'Storage limitation',
    'Data that identifies people may be kept no longer than the purpose needs.',
  ),
  'gdpr:art5-1-f': art(
    'Art. 5(1)(f)',
    'art_5',
    'Integrity and confidentiality',
    'Data must be protected by appropriate security against unauthorised access, loss or damage.',
  ),
  'gdpr:art8': art(
    'Art. 8',
    'art_8',
    "Conditions for a child's consent",
    'For online services offered directly to children, consent counts from age 16 (Member States may go down to 13); below that a parent must authorise.',
  ),
  'gdpr:art9-1': art(
    'Art. 9(1)',
    'art_9',
    'Special categories of personal data',
    'Processing is prohibited, save the Art. 9(2) exceptions, for data revealing racial or ethnic origin, political opinions, beliefs, union membership, and for genetic, identifying biometric, health and sex-life or sexual-orientation data.',
  ),
  'gdpr:art10': art(
    'Art. 10',
    'art_10',
    'Criminal convictions and offences',
    'Data on convictions, offences or related security measures may be processed only under official authority or where law authorises it with safeguards.',
  ),
  'gdpr:art15': art(
    'Art. 15',
    'art_15',
    'Right of access',
    'A data subject may learn whether their data is processed and obtain a copy of it.',
  ),
  'gdpr:art17': art(
    'Art. 17',
    'art_17',
    'Right to erasure',
    'A data subject may ask for their personal data to be erased.',
  ),
  'gdpr:art25': art(
    'Art. 25',
    'art_25',
    'Data protection by design and by default',
    'Build principles such as minimisation into systems, and by default process only the data each purpose needs.',
  ),
  'gdpr:art30-1': art(
    'Art. 30(1)',
    'art_30',
    'Records of processing activities',
    'The controller keeps a record of purposes, categories of data subjects and data, recipients, transfers, erasure time limits and security measures.',
  ),
  'gdpr:art32': art(
    'Art. 32',
    'art_32',
    'Security of processing',
    'Risk-appropriate technical and organisational measures, such as pseudonymisation, encryption, resilience, restore and regular testing.',
  ),
  'gdpr:art32-1-a': art(
    'Art. 32(1)(a)',
    'art_32',
    'Pseudonymisation and encryption',
    'Security measures named first by the regulation: pseudonymise and encrypt personal data where the risk calls for it.',
  ),
  'gdpr:art33': art(
    'Art. 33',
    'art_33',
    'Breach notification to the authority',
    'Notify the supervisory authority without undue delay, where feasible within 72 hours, unless the breach is unlikely to create risk; document every breach.',
  ),
  'gdpr:art34': art(
    'Art. 34',
    'art_34',
    'Breach communication to data subjects',
    'Tell affected people when a breach is likely to pose a high risk; not needed if the data was unintelligible to others, e.g. encrypted.',
  ),
  'gdpr:art35-1': art(
    'Art. 35(1)',
    'art_35',
    'Data protection impact assessment',
    'Assess the impact before processing that is likely to pose a high risk to people.',
  ),
  'gdpr:art35-3-a': art(
    'Art. 35(3)(a)',
    'art_35',
    'DPIA trigger: profiling with significant effects',
    'A DPIA is required for systematic, extensive profiling that produces legal or similarly significant effects.',
  ),
  'gdpr:art35-3-b': art(
    'Art. 35(3)(b)',
    'art_35',
    'DPIA trigger: large-scale special or criminal data',
    'A DPIA is required for large-scale processing of Art. 9(1) special categories or Art. 10 criminal data.',
  ),
  'gdpr:art35-3-c': art(
    'Art. 35(3)(c)',
    'art_35',
    'DPIA trigger: public-area monitoring',
    'A DPIA is required for large-scale systematic monitoring of publicly accessible areas.',
  ),
  'gdpr:art44': art(
    'Art. 44',
    'art_44',
    'General principle for transfers',
    'Any transfer of personal data outside the EEA, including onward transfers, must meet the conditions of Chapter V.',
  ),
  'gdpr:art87': art(
    'Art. 87',
    'art_87',
    'National identification numbers',
    'Member States may set conditions for national ID numbers and other general identifiers, which must always be used with appropriate safeguards.',
  ),
  'gdpr:recital26': art(
    'Recital 26',
    'rct_26',
    'Pseudonymous and anonymous data',
    'Pseudonymised data is still personal data; data is anonymous, and outside the GDPR, only when no one can identify the person by means reasonably likely to be used.',
  ),
  'gdpr:recital30': art(
    'Recital 30',
    'rct_30',
    'Online identifiers',
    'IP addresses, cookie identifiers and RFID tags are identifiers that can single a person out.',
  ),
  'gdpr:recital75': art(
    'Recital 75',
    'rct_75',
    'Risks to rights and freedoms',
    'Risk grows with identity theft or fraud, financial loss, special or criminal data, profiling, vulnerable people such as children, and large volumes.',
  ),
});
