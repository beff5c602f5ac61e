import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';

/**
 * `--changed-since <ref>`: the files a pull request touches — committed since the merge base with the
 * ref, plus staged, unstaged and untracked (not ignored) files in the working tree. git runs without a
 * shell, with arguments as an array, so a ref can never become a command.
 */

function git(args: readonly string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function gitMessage(err: unknown): string {
  const stderr = err && typeof err === 'object' && 'stderr' in err ? String((err as { stderr: unknown }).stderr ?? '') : '';
  return (stderr.trim().split('\n')[0] || (err instanceof Error ? err.message : String(err))).trim();
}

const splitZ = (s: string) => s.split('\0').filter(Boolean);

/** Absolute paths of the files changed since `ref` that still exist (deletions have nothing to scan). */
export function changedFiles(ref: string, cwd: string): string[] {
  // A ref starting with '-' would be read as an option by git.
  if (!ref || ref.startsWith('-')) throw new UsageError(`--changed-since: "${ref}" is not a git revision`);
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (err) {
    throw new UsageError(`--changed-since: ${cwd} is not inside a git work tree (${gitMessage(err)})`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  } catch {
    throw new UsageError(`--changed-since: git does not know the revision "${ref}" (fetch it first, e.g. \`git fetch origin main\` in CI)`);
  }
  let base: string;
  try {
    base = git(['merge-base', ref, 'HEAD'], top).trim();
  } catch (err) {
    throw new UsageError(`--changed-since: no merge base between "${ref}" and HEAD (${gitMessage(err)}); a shallow clone needs more history (fetch-depth: 0)`);
  }
  // base..working tree: commits since the merge base plus staged and unstaged changes; no renames, so a
  // moved file counts as new; deleted files (d) are left out.
  const tracked = splitZ(git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', base, '--'], top));
  const untracked = splitZ(git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name'], top));
  const all = new Set([...tracked, ...untracked].map((p) => resolve(top, p)));
  return [...all].sort();
}

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * The changed files that fall under the scan targets (a directory, a file, or a glob on the path
 * relative to cwd). A plain target that does not exist is kept, so the scan still reports it.
 */
export function changedWithinTargets(changed: readonly string[], targets: readonly string[], cwd: string, exists: (abs: string) => boolean): string[] {
  const out = new Set<string>();
  for (const t of targets) {
    if (GLOB_CHARS.test(t)) {
      const m = picomatch(t.split(sep).join('/'), { dot: true });
      for (const abs of changed) {
        const rel = relative(cwd, abs).split(sep).join('/');
        if (m(rel)) out.add(abs);
      }
      continue;
    }
    const root = resolve(cwd, t);
    if (!exists(root)) {
      out.add(t);
      continue;
    }
    for (const abs of changed) {
      const rel = relative(root, abs);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) out.add(abs);
    }
  }
  return [...out].sort();
}
