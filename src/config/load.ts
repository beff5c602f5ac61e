import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { ConfigSchema, type PiiscanConfig } from './schema.js';

export const DEFAULT_CONFIG_FILE = 'piiscan.yaml';

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function zodIssues(err: z.ZodError): ConfigIssue[] {
  return err.issues.map((i) => {
    let message = i.message;
    if (i.code === 'unrecognized_keys') message = `unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    return { path: issuePath(i.path), message };
  });
}

/**
 * Load and validate the config. An explicit `--config` that is missing is an error; the default
 * `piiscan.yaml` is optional. Errors name the file, the key and what was expected (exit 2).
 */
export function loadConfig(file: string | undefined, cwd: string): { config: PiiscanConfig; file: string | null } {
  const explicit = file !== undefined;
  const path = resolve(cwd, file ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError(file, [{ path: '', message: 'file not found' }]);
    return { config: {}, file: null };
  }
  const shown = file ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(shown, [{ path: '', message: `cannot read: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      shown,
      doc.errors.map((e) => ({ path: '', message: `YAML syntax: ${e.message.split('\n')[0]}` })),
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(shown, zodIssues(parsed.error));
  return { config: parsed.data, file: shown };
}

const UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

/** `50MB` → bytes. Returns NaN when the text is not a size. */
export function parseSize(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v.trim());
  if (!m) return NaN;
  const unit = UNITS[(m[2] || 'b').toLowerCase()];
  return unit ? Math.round(Number(m[1]) * unit) : NaN;
}
