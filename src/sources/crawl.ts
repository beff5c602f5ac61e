import type { Ignore } from 'ignore';
import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/** A file to scan: a small, serialisable work unit (DESIGN.md §1); the reader opens the bytes itself. */
export interface FileUnit {
  kind: 'file';
  /** Absolute path. */
  abs: string;
  /** Report path: relative to the working directory, `/` separators. */
  path: string;
  size: number;
  mtime: number;
  mode: number;
}

export interface CrawlIssue {
  kind: 'error' | 'skip';
  target: string;
  path?: string;
  code: string;
  message: string;
}

export interface CrawlOptions {
  cwd: string;
  /** Globs on the report path that limit what is scanned. */
  include?: readonly string[];
  exclude?: readonly string[];
  /** Honour .gitignore files under each directory target (default true). */
  gitignore?: boolean;
  /** Bytes; 0 = no limit. */
  maxFileSize?: number;
}

/** Never worth scanning for personal data, and large: VCS internals, dependencies, lock files. */
export const DEFAULT_EXCLUDES = [
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  '**/node_modules/**',
  '**/.piiscan/**',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/bun.lockb',
  '**/Cargo.lock',
  '**/composer.lock',
  '**/Gemfile.lock',
  '**/poetry.lock',
  '**/Pipfile.lock',
  '**/go.sum',
  '**/*.min.js.map',
];

export function toReportPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  const p = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return p.split(sep).join('/');
}

interface Walkers {
  fg: typeof import('fast-glob');
  ignore: typeof import('ignore');
}
let walkers: Promise<Walkers> | undefined;

/** fast-glob and ignore (≈ 45 ms to load) walk directories and globs: a scan of named files never loads them. */
function loadWalkers(): Promise<Walkers> {
  walkers ??= Promise.all([import('fast-glob'), import('ignore')]).then(([f, i]) => ({ fg: f.default, ignore: i.default }));
  return walkers;
}

/** .gitignore files apply to paths below their own folder, nested ones included. */
class GitignoreSet {
  private readonly rules: { dir: string; ig: Ignore }[] = [];
  constructor(root: string, { fg, ignore }: Walkers) {
    const files = fg.sync('**/.gitignore', { cwd: root, dot: true, ignore: ['**/node_modules/**', '**/.git/**'], suppressErrors: true });
    for (const f of files) {
      try {
        const ig = ignore().add(readFileSync(join(root, f), 'utf8'));
        this.rules.push({ dir: resolve(root, dirname(f)), ig });
      } catch {
        // An unreadable .gitignore only means fewer exclusions.
      }
    }
  }
  ignores(abs: string): boolean {
    for (const { dir, ig } of this.rules) {
      const rel = relative(dir, abs);
      if (rel.startsWith('..') || isAbsolute(rel) || rel === '') continue;
      if (ig.ignores(rel.split(sep).join('/'))) return true;
    }
    return false;
  }
}

const GLOB_CHARS = /[*?[\]{}!]/;

function unitFrom(abs: string, st: Stats, cwd: string): FileUnit {
  return { kind: 'file', abs, path: toReportPath(abs, cwd), size: st.size, mtime: st.mtimeMs, mode: st.mode & 0o777 };
}

/**
 * Enumerate files for the targets. Never follows symlinks (no loops, no escaping the tree), never opens
 * FIFOs or devices (they could block forever). Problems are yielded as issues, never thrown.
 */
export async function* crawlFiles(targets: readonly string[], opts: CrawlOptions): AsyncGenerator<FileUnit | CrawlIssue> {
  const include = opts.include?.length ? picomatch([...opts.include], { dot: true }) : null;
  const exclude = opts.exclude?.length ? picomatch([...opts.exclude], { dot: true }) : null;
  const defaultEx = picomatch(DEFAULT_EXCLUDES, { dot: true });
  const seen = new Set<string>();
  const accept = (u: FileUnit): FileUnit | CrawlIssue | null => {
    if (seen.has(u.abs)) return null;
    seen.add(u.abs);
    if (include && !include(u.path)) return null;
    if (exclude && exclude(u.path)) return null;
    if (opts.maxFileSize && u.size > opts.maxFileSize) {
      return { kind: 'skip', target: u.path, path: u.path, code: 'TOO_LARGE', message: `larger than --max-file-size (${u.size} bytes)` };
    }
    return u;
  };

  for (const target of targets) {
    const abs = resolve(opts.cwd, target);
    let st: Stats | null;
    try {
      st = lstatSync(abs);
    } catch {
      st = null;
    }
    if (st?.isSymbolicLink()) {
      try {
        st = statSync(abs); // an explicit target that is a link is followed once, by the user's choice
      } catch {
        yield { kind: 'error', target, code: 'SOURCE_NOT_FOUND', message: `${target}: broken symbolic link` };
        continue;
      }
    }
    if (st?.isFile()) {
      const r = accept(unitFrom(abs, st, opts.cwd));
      if (r) yield r;
      continue;
    }
    if (st && !st.isDirectory()) {
      yield { kind: 'skip', target, path: toReportPath(abs, opts.cwd), code: 'NOT_REGULAR', message: 'not a regular file (FIFO, socket or device)' };
      continue;
    }
    let cwd: string;
    let pattern: string;
    if (st?.isDirectory()) {
      cwd = abs;
      pattern = '**/*';
    } else if (GLOB_CHARS.test(target)) {
      cwd = opts.cwd;
      pattern = target.split(sep).join('/');
    } else {
      yield { kind: 'error', target, code: 'SOURCE_NOT_FOUND', message: `${target}: no such file or directory` };
      continue;
    }
    const w = await loadWalkers();
    const gi = st?.isDirectory() && opts.gitignore !== false ? new GitignoreSet(cwd, w) : null;
    const stream = w.fg.stream(pattern, {
      cwd,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      absolute: true,
      stats: true,
      ignore: DEFAULT_EXCLUDES,
    });
    let count = 0;
    for await (const entry of stream as AsyncIterable<{ path: string; stats?: Stats }>) {
      const fileAbs = resolve(entry.path);
      if (gi?.ignores(fileAbs)) continue;
      const fst = entry.stats;
      if (!fst || !fst.isFile()) continue;
      const u = unitFrom(fileAbs, fst, opts.cwd);
      if (defaultEx(u.path)) continue;
      const r = accept(u);
      if (r) {
        count++;
        yield r;
      }
    }
    if (count === 0 && !st) {
      yield { kind: 'error', target, code: 'SOURCE_NOT_FOUND', message: `${target}: the pattern matched no file` };
    }
  }
}
