#!/usr/bin/env node
import { runCli } from './run-cli.js';

// Exit codes are ours (0/1/2/3), never Node's default 1 for an uncaught error.
try {
  const r = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    progress: process.stderr,
  });
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.exitCode;
} catch (e) {
  process.stderr.write(`piiscan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 3;
}
