import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { ConfigSchema, type PiiscanConfig } from './schema.js';
import { DEFAULT_CONFIG_FILE } from './size.js';

export { DEFAULT_CONFIG_FILE };

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

export { parseSize } from './size.js';
