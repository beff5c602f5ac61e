import { runCli } from './run-cli.js';

/** Runs the CLI on this process's streams and environment; returns the exit code (0/1/2/3). */
export async function runAsProcess(argv: readonly string[]): Promise<number> {
  const r = await runCli(argv, {
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    progress: process.stderr,
  });
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.exitCode;
}
