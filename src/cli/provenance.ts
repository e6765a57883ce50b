/**
 * What made a results folder, beyond the scenario and seed it records:
 * omsim's version and, when it runs from a git checkout, the commit; Node's
 * version; the platform. Written as provenance.json beside the results. It
 * holds no date or path, so the same code on the same kind of machine still
 * writes the same bytes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
    const dirs = gitDirs(root);
    if (dirs === null || !existsSync(join(dirs.head, 'HEAD'))) return null;
    const head = readFileSync(join(dirs.head, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return /^[0-9a-f]{40}$/.test(head) ? head : null;
    const ref = head.slice(5);
    for (const dir of [dirs.head, dirs.common]) if (existsSync(join(dir, ref))) return readFileSync(join(dir, ref), 'utf8').trim();
    const packed = existsSync(join(dirs.common, 'packed-refs')) ? readFileSync(join(dirs.common, 'packed-refs'), 'utf8') : '';
    return packed.split('\n').find((line) => line.endsWith(` ${ref}`))?.split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Where the checkout's HEAD is, and its refs: .git itself, or in a linked
 * worktree (`git worktree add`, whose .git is a file "gitdir: …") that
 * worktree's folder for HEAD and the main repository's (its commondir) for
 * branches and packed-refs.
 */
function gitDirs(root: string): { head: string; common: string } | null {
  const git = join(root, '.git');
  if (!existsSync(git)) return null;
  if (statSync(git).isDirectory()) return { head: git, common: git };
  const pointer = /^gitdir: (.+)$/m.exec(readFileSync(git, 'utf8'));
  if (pointer === null) return null;
  const head = resolve(root, pointer[1].trim());
  const commondir = join(head, 'commondir');
  return { head, common: existsSync(commondir) ? resolve(head, readFileSync(commondir, 'utf8').trim()) : head };
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
