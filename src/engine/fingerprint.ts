import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Keyed, content-based fingerprints (DESIGN.md §3): HMAC-SHA256 of the normalised value. Keyed so that a
 * report never becomes a dictionary-attackable copy of low-entropy values such as phone numbers.
 */
export interface FingerprintKey {
  key: Buffer;
  /** First 8 hex digits of SHA-256(key): lets readers refuse to compare reports made with different keys. */
  id: string;
  source: 'env' | 'file' | 'explicit';
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function defaultKeyFile(): string {
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'piiscan', 'fingerprint.key');
}

/** PIISCAN_FINGERPRINT_KEY wins; otherwise a per-user key file outside any report, created on first use. */
export function loadFingerprintKey(env: NodeJS.ProcessEnv = process.env, file = defaultKeyFile()): FingerprintKey {
  const fromEnv = env.PIISCAN_FINGERPRINT_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'utf8');
    return { key, id: keyId(key), source: 'env' };
  }
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length >= 16) return { key, id: keyId(key), source: 'file' };
  }
  const key = randomBytes(32);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, id: keyId(key), source: 'file' };
}

export function explicitKey(secret: string): FingerprintKey {
  const key = Buffer.from(secret, 'utf8');
  return { key, id: keyId(key), source: 'explicit' };
}

export function fingerprint(key: FingerprintKey, normalized: string): string {
  return createHmac('sha256', key.key).update(normalized, 'utf8').digest('hex');
}
