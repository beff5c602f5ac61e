import RE2 from 're2';

/**
 * Protection state of a column's values (DESIGN.md §4): is the personal data stored in the clear, masked,
 * hashed, encrypted or tokenised? Inferred from the values themselves, because a column named `password`
 * or `身份证号` full of bcrypt strings or ciphertext is a different risk from one in plain text.
 * Kept separate from sensitivity (regulations.md §2: protection changes exposure, not category).
 */
import type { Protection } from '../types.js';

export type { Protection };

export type ValueForm = Protection | 'empty';

// RE2 throughout: these run on scanned data.
const HASH_FORMS: [string, RE2][] = [
  ['bcrypt', new RE2('^\\$2[abxy]?\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$')],
  ['argon2', new RE2('^\\$argon2(?:id|i|d)\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$')],
  ['scrypt', new RE2('^\\$(?:scrypt|7)\\$[./A-Za-z0-9$=+,]{20,}$')],
  ['sha-crypt', new RE2('^\\$(?:1|5|6)\\$(?:rounds=[0-9]+\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{22,86}$')],
  ['pbkdf2', new RE2('^(?:pbkdf2_sha(?:1|256|512)|pbkdf2)\\$[0-9]+\\$[^$]{1,64}\\$[A-Za-z0-9+/=]{20,}$')],
  ['hex-digest', new RE2('^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}|[0-9A-F]{128})$')],
];

// Masking characters inside an otherwise readable value: 138****5678, ****1234, a***@example.com, 张*三, XXX-XX-1234.
const MASKED = new RE2('(?:[*•●×]{2,}|(?:[Xx#][-. ]?){3,}[0-9]{2,}|^[*]+$|[\\p{Han}][*＊]{1,3}[\\p{Han}]?$)', 'u');
const TOKEN = new RE2('^(?:tok|tkn|token|pt|vault|tk)[_:-][A-Za-z0-9_-]{8,}$', 'i');
const UUID = new RE2('^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$');
const ARMORED = new RE2('^(?:-----BEGIN PGP MESSAGE-----|ENC\\(|\\{cipher\\}|vault:v[0-9]+:|AQICAH[A-Za-z0-9+/]{20,}|gAAAAA[A-Za-z0-9_-]{40,})');
const BASE64ISH = new RE2('^[A-Za-z0-9+/_-]{24,}={0,2}$');

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** The form of one value. `hasPersonalData`: the detectors accepted it (so it is readable personal data). */
export function valueForm(value: string, hasPersonalData: boolean): ValueForm {
  const v = value.trim();
  if (v === '') return 'empty';
  if (MASKED.test(v)) return 'masked';
  if (hasPersonalData) return 'plain';
  for (const [, re] of HASH_FORMS) if (re.test(v)) return 'hashed';
  if (ARMORED.test(v)) return 'encrypted';
  if (TOKEN.test(v) || UUID.test(v)) return 'tokenised';
  // Ciphertext stored as base64: long, one alphabet, close to 6 bits of entropy per character.
  if (BASE64ISH.test(v) && v.length >= 24 && entropy(v) >= 4.2 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v)) return 'encrypted';
  return 'plain';
}

export interface ProtectionSummary {
  state: Protection;
  /** Share of non-empty sampled values in each form. */
  shares: Partial<Record<Protection, number>>;
  /** The hash family seen most, when hashed (bcrypt, argon2, hex-digest …). */
  scheme?: string;
  /** Masked by truncation: the column keeps only the last digits (column.ts, from its name and values). */
  truncated?: boolean;
}

export function hashScheme(value: string): string | undefined {
  const v = value.trim();
  for (const [name, re] of HASH_FORMS) if (re.test(v)) return name;
  return undefined;
}

/**
 * A column's state is the protected form most of its values share (≥ 80 % of non-empty values);
 * anything less is `plain`: a column that is 30 % plaintext is not protected.
 */
export function summariseProtection(forms: readonly ValueForm[], schemes: readonly (string | undefined)[] = []): ProtectionSummary {
  const counts: Partial<Record<Protection, number>> = {};
  let n = 0;
  for (const f of forms) {
    if (f === 'empty') continue;
    counts[f] = (counts[f] ?? 0) + 1;
    n++;
  }
  const shares: Partial<Record<Protection, number>> = {};
  for (const [k, c] of Object.entries(counts) as [Protection, number][]) shares[k] = Math.round((c / n) * 1000) / 1000;
  let state: Protection = 'plain';
  for (const p of ['masked', 'hashed', 'encrypted', 'tokenised'] as const) {
    if ((shares[p] ?? 0) >= 0.8) state = p;
  }
  const summary: ProtectionSummary = { state, shares };
  if (state === 'hashed') {
    const tally = new Map<string, number>();
    for (const s of schemes) if (s) tally.set(s, (tally.get(s) ?? 0) + 1);
    const top = [...tally].sort((a, b) => b[1] - a[1])[0];
    if (top) summary.scheme = top[0];
  }
  return summary;
}
