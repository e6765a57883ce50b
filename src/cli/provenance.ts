/**
 * What made a results folder, beyond the scenario and seed it records:
 * omsim's version and, when it runs from a git checkout, the commit; Node's
 * version; the platform. Written as provenance.json beside the results. It
 * holds no date or path, so the same code on the same kind of machine still
 * writes the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const git = join(root, '.git');
    if (!existsSync(join(git, 'HEAD'))) return null;
    const head = readFileSync(join(git, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return /^[0-9a-f]{40}$/.test(head) ? head : null;
    const ref = head.slice(5);
    if (existsSync(join(git, ref))) return readFileSync(join(git, ref), 'utf8').trim();
    const packed = existsSync(join(git, 'packed-refs')) ? readFileSync(join(git, 'packed-refs'), 'utf8') : '';
    return packed.split('\n').find((line) => line.endsWith(` ${ref}`))?.split(' ')[0] ?? null;
  } catch {
    return null;
  }
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
