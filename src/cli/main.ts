#!/usr/bin/env node
import { runAsProcess } from './run-process.js';

// Exit codes are ours (0/1/2/3), never Node's default 1 for an uncaught error.
try {
  process.exitCode = await runAsProcess(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`piiscan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 3;
}
