/**
 * PIPL (个人信息保护法, in force 2021-11-01) articles that piiscan cites. Titles and summaries are our
 * own short paraphrases of /work/shared/regulations.md, not a translation of the law.
 */

import type { LegalEntry } from '../../src/types.js';

const NPC = 'http://www.npc.gov.cn/npc/c2/c30834/202108/t20210820_313088.html';

function art(article: string, title: string, summary: string): LegalEntry {
  return { regulation: 'PIPL', article, title, summary, link: NPC };
}

export const PIPL: Readonly<Record<string, LegalEntry>> = Object.freeze({
  'pipl:art4': art(
    'Art. 4',
    'Definition of personal information',
    'Any information, recorded electronically or otherwise, relating to an identified or identifiable natural person; anonymised information excluded.',
  ),
  'pipl:art5': art(
    'Art. 5',
    'Lawfulness, legitimacy, necessity, good faith',
    'Processing must be lawful, legitimate, necessary and in good faith, without deception or coercion.',
  ),
  'pipl:art6': art(
    'Art. 6',
    'Purpose limitation and minimisation',
    'A clear, reasonable purpose directly related to the processing, least impact, minimum scope and no excessive collection.',
  ),
  'pipl:art7': art(
    'Art. 7',
    'Openness and transparency',
    'Processing rules, purpose, method and scope must be published.',
  ),
  'pipl:art8': art(
    'Art. 8',
    'Quality of personal information',
    'Avoid harm to people from inaccurate or incomplete personal information.',
  ),
  'pipl:art9': art(
    'Art. 9',
    'Processor responsibility and security',
    'The processor is responsible for its processing and must take measures to keep the data secure.',
  ),
  'pipl:art13': art(
    'Art. 13',
    'Legal bases for processing',
    'The grounds on which a processor may handle personal information, consent being one of them. (unverified pinpoint: not covered by our reference)',
  ),
  'pipl:art19': art(
    'Art. 19',
    'Retention period',
    'Keep personal information only for the shortest time the purpose needs, unless law provides otherwise.',
  ),
  'pipl:art28': art(
    'Art. 28',
    'Sensitive personal information',
    "Data whose leak or misuse easily harms dignity or personal or property safety: biometrics, religious belief, specific identity, medical health, financial accounts, whereabouts, and all data of minors under 14.",
  ),
  'pipl:art29': art(
    'Art. 29',
    'Separate consent for sensitive data',
    'Processing sensitive personal information requires the individual\'s separate consent (written where other law requires).',
  ),
  'pipl:art30': art(
    'Art. 30',
    'Notice for sensitive data',
    'When processing sensitive personal information, also tell the person why it is necessary and how it affects them.',
  ),
  'pipl:art31': art(
    'Art. 31',
    'Minors under 14',
    'Processing data of minors under 14 needs parent or guardian consent and dedicated processing rules.',
  ),
  'pipl:art38': art(
    'Art. 38',
    'Conditions for cross-border provision',
    'Exporting personal information needs a CAC security assessment, certification or the CAC standard contract, and the recipient must meet PIPL standards.',
  ),
  'pipl:art39': art(
    'Art. 39',
    'Notice and separate consent for export',
    'Tell the person about the foreign recipient and obtain separate consent before providing their data abroad.',
  ),
  'pipl:art40': art(
    'Art. 40',
    'Data localisation for CII and high-volume processors',
    'Critical information infrastructure operators and processors above CAC volume thresholds must store data in China and pass a security assessment to export it.',
  ),
  'pipl:art44': art(
    'Art. 44',
    'Right to know and decide',
    'Individuals may know about and decide on the processing of their data, and restrict or refuse it.',
  ),
  'pipl:art45': art(
    'Art. 45',
    'Right of access, copy and portability',
    'Individuals may access and copy their data, and have it transferred to another processor where CAC conditions are met.',
  ),
  'pipl:art47': art(
    'Art. 47',
    'Deletion',
    'Delete when the purpose is met or gone, the service ends, retention expires, consent is withdrawn or processing is unlawful; if impractical, stop all processing but storage and security.',
  ),
  'pipl:art51': art(
    'Art. 51',
    'Security obligations of processors',
    'Internal rules, classified management, encryption and de-identification, access limits and training, and incident response plans.',
  ),
  'pipl:art51-3': art(
    'Art. 51(3)',
    'Encryption and de-identification',
    'Take technical security measures such as encryption and de-identification.',
  ),
  'pipl:art51-4': art(
    'Art. 51(4)',
    'Access control and training',
    'Limit operational access to personal information reasonably and train staff regularly.',
  ),
  'pipl:art55-1': art(
    'Art. 55(1)',
    'Impact assessment: sensitive data',
    'Assess the impact (PIPIA) and record the processing before processing sensitive personal information.',
  ),
  'pipl:art55-4': art(
    'Art. 55(4)',
    'Impact assessment: providing data abroad',
    'Assess the impact (PIPIA) and record the processing before providing personal information outside China.',
  ),
  'pipl:art56': art(
    'Art. 56',
    'Content of the impact assessment',
    'The PIPIA covers lawfulness and necessity of purpose and method, impact and security risk, and whether measures are lawful, effective and proportionate; keep it 3 years or more.',
  ),
  'pipl:art57': art(
    'Art. 57',
    'Breach remediation and notification',
    'If leakage, tampering or loss occurs or may occur, act at once and notify the authorities and individuals with the categories, cause, harm, remedies and contacts.',
  ),
  'pipl:art66': art(
    'Art. 66',
    'Penalties',
    'Orders, warnings and confiscation; up to RMB 1 m for refusing to correct; in serious cases up to RMB 50 m or 5 % of prior-year turnover, plus fines on responsible persons.',
  ),
  'pipl:art73': art(
    'Art. 73',
    'Definitions: de-identification and anonymisation',
    'De-identified data cannot identify a person without extra information and stays personal information; anonymised data cannot identify anyone irreversibly and is not.',
  ),
});
