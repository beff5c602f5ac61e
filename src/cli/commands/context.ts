import { chmodSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIO } from '../run-cli.js';

/** What a command module needs from runCli: the I/O it may use (it never touches process.*). */
export interface CommandContext {
  io: CliIO;
  out(s: string): void;
  err(s: string): void;
}

/** Machine output to a file (mode 0600: reports hold masked data and keyed fingerprints) or stdout. */
export function emitTo(ctx: CommandContext, text: string, output: string | undefined): void {
  if (!output) {
    ctx.out(text);
    return;
  }
  const p = resolve(ctx.io.cwd, output);
  writeFileSync(p, text, { mode: 0o600 });
  chmodSync(p, 0o600);
}

/** A repeatable option (`--migrations a --migrations b`); not split at commas, which globs use (`{a,b}`). */
export function collectRepeated(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
