/**
 * Obligations an asset triggers, each with why: DPIA (GDPR Art. 35), PIPIA (PIPL Art. 55), breach exposure
 * (CCPA §1798.150/§1798.82, GDPR Art. 33/34, PIPL Art. 57), cross-border hints (PIPL Art. 38) and
 * children's-data rules. A scanner can show that the facts for an obligation are present; whether the
 * processing is lawful stays a question for people (regulations.md §3).
 */

import type { Asset, Finding, TriggerDetail, TriggerKind } from '../types.js';
import { assetDetectorIds, fileModeAccess, isProtected, protectionByDetector, subjectEstimate } from './asset-facts.js';
import type { FiredRule } from './combinations.js';
import type { DetectorIndex } from './detector-facts.js';
import { selectsAny } from './selectors.js';
import { thousands } from './thousands.js';
import type { Minors } from './sensitivity.js';

/** Every obligation the assessment can trigger, by legal id (a test checks each id resolves). */
export const TRIGGERS: Readonly<Record<string, { kind: TriggerKind; title: string }>> = {
  'gdpr:art35-3-b': { kind: 'dpia', title: 'DPIA: large-scale special-category data' },
  'gdpr:art35-1': { kind: 'dpia', title: 'DPIA: likely high risk (WP248 indicators)' },
  'pipl:art55-1': { kind: 'pipia', title: 'PIPIA: sensitive personal information' },
  'ccpa:1798.150': { kind: 'breach', title: 'CCPA private right of action on a breach' },
  'ccpa:1798.82': { kind: 'breach', title: 'California breach notification' },
  'gdpr:art33': { kind: 'breach', title: 'Breach notice to the supervisory authority' },
  'gdpr:art34': { kind: 'breach', title: 'Breach notice to the data subjects' },
  'pipl:art57': { kind: 'breach', title: 'PIPL breach remedy and notice' },
  'pipl:art38': { kind: 'cross-border', title: 'Cross-border provision of PI (hint)' },
  'gdpr:art8': { kind: 'children', title: "Children's consent (under 16)" },
  'ccpa:1798.120-c': { kind: 'children', title: 'Opt-in before selling or sharing PI of under-16s' },
  'pipl:art31': { kind: 'children', title: 'Guardian consent for PI of under-14s' },
};

/** Special categories: GDPR Art. 9/10 data, health and biometrics. */
const SPECIAL = ['legal:gdpr:art9-1', 'legal:gdpr:art10', 'category:health', 'category:biometric'];
/** Sensitive PI under PIPL Art. 28 (financial accounts, whereabouts, medical health, biometrics …). */
const PIPL_SENSITIVE = ['legal:pipl:art28', 'category:health', 'category:biometric'];
/** Identifiers issued in mainland China (a company's USCC names no person and is left out). */
/** Identifiers issued or held in mainland China: documents, plates and the accounts of Chinese platforms. */
const CHINA_IDS = ['cn.resident_id', 'cn.passport', 'cn.hk_macau_permit', 'cn.tw_permit', 'cn.license_plate', 'cn.qq', 'cn.wechat'];

function isChinaPhone(f: Finding): boolean {
  return f.detector === 'phone' && (f.evidence.pattern.startsWith('cn-') || /^(?:\+|00)86/.test(f.snippet.replace(/[\s-]/g, '')));
}

export interface TriggerInput {
  asset: Asset;
  findings: readonly Finding[];
  index: DetectorIndex;
  fired: readonly FiredRule[];
  minors: Minors;
  largeScale: number;
}

const list = (ids: readonly string[], max = 6) => (ids.length > max ? `${ids.slice(0, max).join(', ')} … (${ids.length} in all)` : ids.join(', '));

export function assessTriggers(input: TriggerInput): TriggerDetail[] {
  const { asset, index, fired, minors, largeScale } = input;
  const ids = assetDetectorIds(asset);
  const out: TriggerDetail[] = [];
  const add = (id: string, why: string) => {
    if (!out.some((t) => t.id === id)) out.push({ id, kind: TRIGGERS[id].kind, why });
  };
  const pick = (selectors: readonly string[]) => ids.filter((id) => selectsAny(selectors, id, index.get(id)));
  const { subjects, estimated } = subjectEstimate(asset, index);
  const subjectsText = `${estimated ? '≈' : ''}${thousands(subjects)} distinct subject(s)`;
  const byDetector = protectionByDetector(asset);
  const plainRestricted = ids.filter((id) => index.get(id)?.sensitivity === 'restricted' && !isProtected(asset, id, byDetector));
  const plainPersonal = ids.filter((id) => {
    const s = index.get(id)?.sensitivity;
    return (s === 'restricted' || s === 'confidential') && !isProtected(asset, id, byDetector);
  });

  // DPIA.
  const special = pick(SPECIAL);
  const large = subjects >= largeScale;
  if (special.length > 0 && large) {
    add('gdpr:art35-3-b', `special-category data (${list(special)}) about ${subjectsText}, at or above the large-scale threshold of ${thousands(largeScale)}`);
  } else {
    const indicators: string[] = [];
    if (special.length > 0 || ids.some((id) => index.get(id)?.sensitivity === 'restricted')) indicators.push('sensitive or highly personal data');
    if (large) indicators.push(`large scale (${subjectsText})`);
    if (minors.under16 > 0) indicators.push('vulnerable subjects (children)');
    if (indicators.length >= 2) add('gdpr:art35-1', `${indicators.length} WP248 indicators: ${indicators.join('; ')} — two or more usually call for a DPIA`);
  }

  // PIPIA: any sensitive PI, no volume threshold (Art. 55(1)).
  const piplSensitive = pick(PIPL_SENSITIVE);
  if (piplSensitive.length > 0 || minors.under14 > 0) {
    const what = [...(piplSensitive.length ? [`sensitive PI under Art. 28 (${list(piplSensitive)})`] : []), ...(minors.under14 > 0 ? [`${minors.under14} value(s) of children under 14`] : [])];
    add('pipl:art55-1', `${what.join(' and ')}: an impact assessment is due before processing, whatever the volume`);
  }

  // Breach exposure.
  for (const { rule, combination } of fired) {
    if (!rule.breach) continue;
    const exposed =
      rule.breach === '81.5-a'
        ? combination.detectors.some((id) => !isProtected(asset, id, byDetector))
        : combination.detectors.some((id) => ['credential.password', 'url_credentials'].includes(id) && !isProtected(asset, id, byDetector));
    if (!exposed) continue;
    const clause = rule.breach === '81.5-a' ? '§1798.81.5(d)(1)(A)' : '§1798.81.5(d)(1)(B)';
    add('ccpa:1798.150', `${combination.records} record(s) hold ${combination.detectors.join(' + ')} unencrypted (${clause}): after a breach each California resident may sue for statutory damages of $100–$750 per incident (CPI-adjusted)`);
    add('ccpa:1798.82', `the same ${clause} records would have to be notified to California residents after a breach`);
  }
  const world = fileModeAccess(asset.exposure?.fileMode) === 'world';
  const publicGrant = (asset.exposure?.grants ?? []).some((g) => g.grantee.toUpperCase() === 'PUBLIC');
  const broad = world || publicGrant;
  if (plainRestricted.length > 0 || (broad && plainPersonal.length > 0)) {
    const what = plainRestricted.length > 0 ? `restricted data in plaintext (${list(plainRestricted)})` : `personal data in plaintext (${list(plainPersonal)}) open to ${world ? 'every local user' : 'PUBLIC'}`;
    add('gdpr:art33', `${what}: a breach would have to be notified to the supervisory authority within 72 hours, with categories and approximate numbers of subjects and records`);
    add('pipl:art57', `${what}: if a leak occurs or may occur, remedy it at once and notify the authority and the individuals`);
  }
  if (plainRestricted.length > 0) {
    add('gdpr:art34', `restricted data in plaintext (${list(plainRestricted)}) makes a breach high-risk for the people concerned; the Art. 34(3)(a) exemption needs the data unintelligible, e.g. encrypted`);
  }

  // Cross-border hint.
  const china = CHINA_IDS.filter((id) => (asset.counts[id] ?? 0) > 0).map((id) => `${id} ×${asset.counts[id]}`);
  const chinaPhones = input.findings.filter(isChinaPhone).length;
  if (chinaPhones > 0) china.push(`mainland/+86 phone ×${chinaPhones}${asset.truncated ? '+' : ''}`);
  if (china.length > 0) {
    add('pipl:art38', `China-origin identifiers (${china.join(', ')}): if this store sits or is replicated outside mainland China, the transfer needs a CAC security assessment, certification or the standard contract, and separate consent (Art. 39)`);
  }

  // Children.
  if (minors.under16 > 0) {
    add('gdpr:art8', `${minors.under16} value(s) of subjects under 16: consent for online services needs a parent's authorisation`);
    add('ccpa:1798.120-c', `${minors.under16} value(s) of subjects under 16: their PI may not be sold or shared without opt-in`);
  }
  if (minors.under14 > 0) add('pipl:art31', `${minors.under14} value(s) of subjects under 14: a parent's or guardian's consent and dedicated processing rules are required`);

  const order = Object.keys(TRIGGERS);
  return out.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
