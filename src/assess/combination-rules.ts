/**
 * Record-level combination rules ("toxic combinations"), as data. A rule fires on a record (a line of a
 * text file, a row of a table) holding one distinct detector from each of its groups. Levels follow
 * regulations.md §2.1: a record's level is the highest of its elements; a special or sensitive element makes
 * it restricted; a second quasi-identifier keeps confidential data confidential — but names are internal
 * alone and confidential once linked, so name-anchored rules do raise a level.
 */

import type { Sensitivity } from '../types.js';
import type { Selector } from './selectors.js';

export interface CombinationRule {
  name: string;
  title: string;
  groups: readonly (readonly Selector[])[];
  sensitivity: Sensitivity;
  why: string;
  legal: readonly string[];
  /**
   * The §1798.150 private right of action: `81.5-a` for name + a §1798.81.5(d)(1)(A) element (exposed when
   * either is unencrypted), `81.5-b` for email + password (exposed when the password is not protected).
   */
  breach?: '81.5-a' | '81.5-b';
  /** Detector ids the rule anticipates but that no built-in detector provides yet (said in the report notes). */
  awaits?: readonly string[];
}

/** People's names: `person_name` from the structured-data work, or any custom detector of category person. */
const NAME: readonly Selector[] = ['person_name', 'category:person'];
/** §1798.81.5(d)(1)(A)(i) SSN and (ii) other government-document numbers. */
const GOV_ID: readonly Selector[] = ['legal:ccpa:1798.81.5-d-1-a-i', 'legal:ccpa:1798.81.5-d-1-a-ii'];
const ACCOUNT: readonly Selector[] = ['credit_card', 'iban'];
/** A code that unlocks an account: card verification value or expiry (no detector yet), or a password. */
const ACCOUNT_CODE: readonly Selector[] = ['card_cvv', 'card_expiry', 'credential.password'];
const SPECIAL: readonly Selector[] = ['legal:gdpr:art9-1', 'legal:gdpr:art10', 'category:health', 'category:biometric'];

export const COMBINATION_RULES: readonly CombinationRule[] = [
  {
    name: 'name+government-id',
    title: 'Name with a government ID number',
    groups: [NAME, GOV_ID],
    sensitivity: 'restricted',
    why: 'a name with an SSN or government-document number is a §1798.81.5(d)(1)(A) element set: the kit for identity theft',
    legal: ['ccpa:1798.81.5-d-1-a', 'ccpa:1798.150', 'ccpa:1798.82', 'gdpr:art87', 'gdpr:recital75'],
    breach: '81.5-a',
  },
  {
    name: 'name+health',
    title: 'Name with medical, health-insurance, biometric or genetic data',
    // Health-like data only: a name beside ethnicity or religion is `identified+special-category`, not this.
    groups: [NAME, ['legal:ccpa:1798.81.5-d-1-a-iv', 'legal:ccpa:1798.81.5-d-1-a-v', 'legal:ccpa:1798.81.5-d-1-a-vi', 'legal:ccpa:1798.81.5-d-1-a-vii', 'category:health', 'category:biometric']],
    sensitivity: 'restricted',
    why: 'a name with medical, insurance, biometric or genetic data is a §1798.81.5(d)(1)(A)(iv)–(vii) element set and special-category data',
    legal: ['ccpa:1798.81.5-d-1-a', 'ccpa:1798.150', 'ccpa:1798.82', 'gdpr:art9-1', 'pipl:art28'],
    breach: '81.5-a',
  },
  {
    name: 'name+account+code',
    title: 'Name with an account or card number and its access code',
    groups: [NAME, ACCOUNT, ACCOUNT_CODE],
    sensitivity: 'restricted',
    why: 'a name with an account or card number and the code or password that unlocks it is §1798.81.5(d)(1)(A)(iii)',
    legal: ['ccpa:1798.81.5-d-1-a', 'ccpa:1798.81.5-d-1-a-iii', 'ccpa:1798.150', 'ccpa:1798.82', 'ccpa:1798.140-ae-1-b'],
    breach: '81.5-a',
    awaits: ['card_cvv', 'card_expiry'],
  },
  {
    name: 'email+password',
    title: 'Email address with a password',
    groups: [['email'], ['credential.password', 'url_credentials']],
    sensitivity: 'restricted',
    why: 'an email address with a password that unlocks an account is §1798.81.5(d)(1)(B) data, named in §1798.150',
    legal: ['ccpa:1798.81.5-d-1-b', 'ccpa:1798.150', 'ccpa:1798.140-ae-1-b', 'gdpr:art32'],
    breach: '81.5-b',
  },
  {
    name: 'card+security-code',
    title: 'Card or account number with its security code',
    groups: [ACCOUNT, ACCOUNT_CODE],
    sensitivity: 'restricted',
    why: 'an account or card number with the code or password it needs is sensitive PI under §1798.140(ae)(1)(B) and enough to spend from the account',
    legal: ['ccpa:1798.140-ae-1-b', 'pipl:art28', 'gdpr:recital75'],
    awaits: ['card_cvv', 'card_expiry'],
  },
  {
    name: 'government-id+financial-account',
    title: 'Government ID with a card or bank account',
    groups: [GOV_ID, ACCOUNT],
    sensitivity: 'restricted',
    why: 'an identity number beside a card or bank account in one record is what identity fraud and financial loss need (Recital 75)',
    legal: ['gdpr:recital75', 'gdpr:art87', 'pipl:art28'],
  },
  {
    name: 'identified+special-category',
    title: 'Identifier with special-category data',
    groups: [[...NAME, ...GOV_ID, 'email', 'phone'], SPECIAL],
    sensitivity: 'restricted',
    why: 'special-category data next to an identifier in the same record is about an identified person (Art. 9(1); PIPL Art. 28)',
    legal: ['gdpr:art9-1', 'ccpa:1798.140-ae-2-b', 'pipl:art28'],
  },
  {
    name: 'name+dob+address',
    title: 'Name, date of birth and address',
    groups: [NAME, ['date_of_birth'], ['postal_address']],
    sensitivity: 'confidential',
    why: 'name, date of birth and address together identify a person outright and answer common identity checks; they stay confidential (regulations.md §2.1)',
    legal: ['gdpr:art4-1', 'gdpr:recital26', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  },
  {
    name: 'quasi-identifiers',
    title: 'Quasi-identifier set: date of birth, postcode and gender',
    groups: [['date_of_birth'], ['postal_code', 'postcode', 'postal_address'], ['gender']],
    sensitivity: 'confidential',
    why: 'date of birth, postcode and gender single out most people even without a name: data holding them is not anonymous (Recital 26)',
    legal: ['gdpr:recital26', 'gdpr:art4-1', 'ccpa:1798.140-m', 'pipl:art73'],
    awaits: ['postal_code', 'gender'],
  },
  {
    name: 'name+contact',
    title: 'Name linked to contact details or identifiers',
    groups: [NAME, ['category:contact', 'category:online_id', 'date_of_birth']],
    sensitivity: 'confidential',
    why: 'a name alone is internal; linked to a way to reach or recognise the person it is confidential (regulations.md §2)',
    legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  },
];
