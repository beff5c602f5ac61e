import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliResult } from '../../src/cli/run-cli.js';

const created: string[] = [];

/** Remove the repositories made so far (call from afterAll). */
export function removeTempRepos(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A throwaway git repository for gate tests: files, commits, branches, and the CLI run inside it. */
export class TempRepo {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(key = 'gate-test-key') {
    this.dir = mkdtempSync(join(tmpdir(), 'piiscan-gate-'));
    created.push(this.dir);
    // No user config, no system config: the tests must not depend on the machine's git setup.
    this.env = { PIISCAN_FINGERPRINT_KEY: key, XDG_CONFIG_HOME: join(this.dir, '.xdg') };
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'ci@example.invalid');
    this.git('config', 'user.name', 'piiscan test');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: this.dir } });
  }

  write(path: string, text: string): this {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  commit(message: string): this {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this;
  }

  run(...argv: string[]): Promise<CliResult> {
    return runCli(argv, { cwd: this.dir, env: this.env, stderrIsTTY: false, stdoutIsTTY: false });
  }
}
