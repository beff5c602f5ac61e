/**
 * Minimisation recommendations as data: for a detector (or, failing that, its category) the action that
 * keeps the purpose served with less data, how, why, and the articles it serves. Ordered most specific
 * first; the first entry whose selectors match a detector applies.
 */

import type { MinimisationAction } from '../types.js';
import type { Selector } from './selectors.js';

export interface Recommendation {
  selectors: readonly Selector[];
  action: MinimisationAction;
  detail: string;
  why: string;
  legal: readonly string[];
}

/** The articles every minimisation step serves. */
const MINIMISE = ['gdpr:art5-1-c', 'gdpr:art25', 'ccpa:1798.100-c', 'pipl:art6'];
/** Pseudonymisation and encryption as security measures. */
const PSEUDONYMISE = ['gdpr:art4-5', 'gdpr:art32-1-a', 'pipl:art51-3'];
/** Storage limitation and deletion. */
export const EXPIRE_LEGAL = ['gdpr:art5-1-e', 'gdpr:art25', 'ccpa:1798.100-a-3', 'pipl:art19', 'pipl:art47'];
/** Data collected but not needed for the declared purpose. */
export const PURPOSE_LEGAL = ['gdpr:art5-1-c', 'ccpa:1798.100-c', 'pipl:art6'];

/** Detectors whose value encodes the holder's birth date (and often sex and birthplace). */
const BIRTH_DATE_IDS = ['cn.resident_id', 'kr.rrn', 'pl.pesel', 'se.personnummer', 'it.fiscal_code', 'fr.nir', 'tw.national_id'];

export const RECOMMENDATIONS: readonly Recommendation[] = [
  {
    selectors: ['credential.password'],
    action: 'drop',
    detail: 'remove the password from logs and files and rotate it; keep only a salted slow hash (argon2id, bcrypt) where it is checked',
    why: 'a readable password is a working key to the account: §1798.81.5(d)(1)(B) data and an Art. 32 failure',
    legal: ['gdpr:art32', 'gdpr:art5-1-f', 'gdpr:art25', 'pipl:art51'],
  },
  {
    selectors: ['url_credentials'],
    action: 'drop',
    detail: 'remove the password from the URL, rotate it, and pass credentials from a secrets vault or environment',
    why: 'connection strings are copied into logs, tickets and screenshots together with their password',
    legal: ['gdpr:art32', 'gdpr:art5-1-f', 'gdpr:art25', 'pipl:art51'],
  },
  {
    selectors: ['category:secret'],
    action: 'drop',
    detail: 'rotate the key or token and move it to a secrets vault; never commit or log it',
    why: 'a leaked key opens whatever personal data it guards, encrypted or not',
    legal: ['gdpr:art32', 'gdpr:art5-1-f', 'gdpr:art25', 'pipl:art51'],
  },
  {
    selectors: ['date_of_birth'],
    action: 'truncate',
    detail: 'keep the birth year only (or an age band); keep the full date only where an age check needs it',
    why: 'the full date is a strong quasi-identifier; the year answers most age questions',
    legal: MINIMISE,
  },
  {
    selectors: ['ip_address'],
    action: 'truncate',
    detail: 'zero the host part: IPv4 to /24, IPv6 to /48, or keep a keyed hash when visits must be linked',
    why: 'a full address singles out a subscriber or device (Recital 30); the network part serves abuse statistics',
    legal: MINIMISE,
  },
  {
    selectors: ['geo_coordinates'],
    action: 'truncate',
    detail: 'round latitude and longitude to 2 decimals (≈1.1 km), outside the 1,850 ft radius of "precise" geolocation',
    why: 'precise geolocation is sensitive PI (§1798.140(ae)(1)(C), (w)) and whereabouts under PIPL Art. 28',
    legal: [...MINIMISE, 'ccpa:1798.140-w'],
  },
  {
    selectors: ['credit_card'],
    action: 'truncate',
    detail: 'keep the last 4 digits for display; leave the full number to the payment provider as a token',
    why: 'a full card number is a §1798.81.5(d)(1)(A)(iii) element and a PIPL Art. 28 financial account; the last 4 digits identify the card to its holder',
    legal: [...MINIMISE, ...PSEUDONYMISE],
  },
  {
    selectors: ['iban', 'us.aba_routing', 'category:financial'],
    action: 'tokenise',
    detail: 'store a token (or the last 4 characters for display) and keep the account number in the payment system only',
    why: 'account numbers enable fraud and are PIPL Art. 28 financial accounts',
    legal: [...MINIMISE, ...PSEUDONYMISE],
  },
  {
    selectors: BIRTH_DATE_IDS,
    action: 'mask',
    detail: 'mask the birth-date part (e.g. 110101********1234) wherever the full number is not legally required; keep a keyed hash for matching',
    why: 'the number encodes the birth date (and often sex and birthplace), so a copy leaks more than an identifier',
    legal: [...MINIMISE, 'gdpr:art87', ...PSEUDONYMISE],
  },
  {
    selectors: ['us.ssn', 'category:government_id'],
    action: 'tokenise',
    detail: 'replace with a keyed token (HMAC) for matching; keep the number only in the system of record, encrypted',
    why: 'government numbers are §1798.81.5(d)(1)(A) elements and national identifiers (GDPR Art. 87) that outlive any one breach',
    legal: [...MINIMISE, 'gdpr:art87', ...PSEUDONYMISE],
  },
  {
    selectors: ['category:health', 'category:biometric'],
    action: 'encrypt',
    detail: 'encrypt at rest with access limited to the care or identification purpose; keep apart from direct identifiers',
    why: 'special-category data (Art. 9) and PIPL sensitive PI need strict protection',
    legal: [...MINIMISE, 'gdpr:art9-1', 'gdpr:art32-1-a', 'pipl:art28', 'pipl:art51-3'],
  },
  {
    selectors: ['email'],
    action: 'mask',
    detail: 'mask the local part where shown or logged (a***@example.com); use a keyed hash to join records',
    why: 'an email address reaches the person and, with a password, unlocks accounts (§1798.81.5(d)(1)(B))',
    legal: [...MINIMISE, 'gdpr:art4-5'],
  },
  {
    selectors: ['phone'],
    action: 'mask',
    detail: 'keep the last 4 digits where shown or logged; use a keyed hash to join records',
    why: 'a phone number reaches the person and is sensitive under GB/T 35273',
    legal: [...MINIMISE, 'gdpr:art4-5'],
  },
  {
    selectors: ['mac_address', 'imei', 'vin', 'cn.license_plate', 'category:online_id', 'category:location'],
    action: 'hash',
    detail: 'replace with a keyed hash (HMAC, key held elsewhere) where only linking is needed',
    why: 'device and vehicle identifiers track a person across records (Recital 30)',
    legal: [...MINIMISE, 'gdpr:art4-5', 'gdpr:art32-1-a'],
  },
  {
    selectors: ['category:person', 'category:contact', 'category:demographic', 'category:credential'],
    action: 'mask',
    detail: 'mask where shown or logged; keep the full value only in the system of record',
    why: 'the value identifies or reaches a person',
    legal: MINIMISE,
  },
];
