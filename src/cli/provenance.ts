/**
 * What made a results folder, beyond the scenario and seed it records:
 * omsim's version and, when it runs from a git checkout, the commit; Node's
 * version; the platform. Written as provenance.json beside the results. It
 * holds no date or path, so the same code on the same kind of machine still
 * writes the same bytes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from './version.ts';

export interface Provenance {
  omsim: string;
  /** The commit checked out (changes not yet committed are not detected); null outside a git checkout. */
  commit: string | null;
  node: string;
  platform: string;
  arch: string;
}

/** The commit of the checkout holding `root`, read from .git without running git; null if there is none. */
export function commitOf(root: string): string | null {
  try {
    const git = gitFolders(join(root, '.git'));
    if (git === null || !existsSync(join(git.own, 'HEAD'))) return null;
    const head = readFileSync(join(git.own, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return /^[0-9a-f]{40}$/.test(head) ? head : null;
    const ref = head.slice(5);
    if (existsSync(join(git.common, ref))) return readFileSync(join(git.common, ref), 'utf8').trim();
    const packed = existsSync(join(git.common, 'packed-refs')) ? readFileSync(join(git.common, 'packed-refs'), 'utf8') : '';
    return packed.split('\n').find((line) => line.endsWith(` ${ref}`))?.split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Where a checkout's git data is: `.git` itself, or, in a worktree made by
 * `git worktree add` (where `.git` is a file saying "gitdir: <folder>"), that
 * folder for HEAD and the repository's common folder for branches.
 */
function gitFolders(dotGit: string): { own: string; common: string } | null {
  if (!existsSync(dotGit)) return null;
  if (statSync(dotGit).isDirectory()) return { own: dotGit, common: dotGit };
  const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
  if (pointer === null) return null;
  const own = resolve(dirname(dotGit), pointer[1].trim());
  const commonFile = join(own, 'commondir');
  const common = existsSync(commonFile) ? resolve(own, readFileSync(commonFile, 'utf8').trim()) : own;
  return { own, common };
}

/** This process's provenance; the package root is found from the package.json the version is read from. */
export function provenance(): Provenance {
  return { omsim: version, commit: commitOf(packageRoot()), node: process.version, platform: process.platform, arch: process.arch };
}

/** The folder holding omsim's package.json: two up from src/cli, or, compiled into node_modules/.cache/omsim, four up. */
function packageRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const up of ['../..', '../../..', '../../../..']) {
    const root = join(here, up);
    if (existsSync(join(root, 'package.json')) && existsSync(join(root, 'src', 'cli', 'provenance.ts'))) return root;
  }
  return join(here, '../..');
}
