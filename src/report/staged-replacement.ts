/**
 * A new version of a folder that exists already: built hidden beside it
 * (.<name>.partial-<pid>-<hex>, as StagedFolder names its staging folders)
 * from a copy of the folder, less the entries about to be rewritten, then
 * swapped in whole. A crash while it is built leaves the folder as it was;
 * nobody ever sees new files beside old ones.
 *
 * Node cannot exchange two folders in one step, so the swap is two renames:
 * the folder steps aside (.<name>.previous-<pid>-<hex>), the new one takes
 * its name, and only then is the old one removed. A crash between the two
 * renames, a moment long, leaves both complete, the old one under the
 * hidden name.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, linkSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncFolder, writeFileAtomic, type FileContent } from './output-folder.ts';

export class StagedReplacement {
  readonly staging: string;

  /** Starts the new version of `target` as a copy of it without the top-level entries named in `rewritten`. */
  constructor(
    readonly target: string,
    rewritten: readonly string[],
  ) {
    this.staging = besideTarget(target, 'partial');
    try {
      copyFolder(target, this.staging, new Set(rewritten));
    } catch (error) {
      this.discard();
      throw error;
    }
  }

  /** Writes one file (relative path) of the new version, atomically. */
  write(relativePath: string, content: FileContent): void {
    writeFileAtomic(join(this.staging, relativePath), content);
  }

  /** Puts the new version in the folder's place, and removes the old. */
  commit(): string {
    chmodSync(this.staging, statSync(this.target).mode & 0o7777);
    const previous = besideTarget(this.target, 'previous');
    renameSync(this.target, previous);
    try {
      renameSync(this.staging, this.target);
    } catch (error) {
      renameSync(previous, this.target);
      throw error;
    }
    syncFolder(dirname(this.target));
    rmSync(previous, { recursive: true, force: true });
    return this.target;
  }

  /** Removes the new version; the folder stays as it was. */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}

function besideTarget(target: string, role: string): string {
  return join(dirname(target), `.${basename(target)}.${role}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Copies a folder's tree. Files are hard-linked where the file system allows
 * (results are never changed in place, only replaced by a rename, so sharing
 * them is safe and a large weekly.csv costs nothing); symbolic links are
 * copied as links, never followed.
 */
function copyFolder(from: string, to: string, leaveOut: ReadonlySet<string> = new Set()): void {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (leaveOut.has(entry.name)) continue;
    const source = join(from, entry.name);
    const copy = join(to, entry.name);
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), copy);
    else if (entry.isDirectory()) {
      copyFolder(source, copy);
      chmodSync(copy, statSync(source).mode & 0o7777);
    } else if (entry.isFile()) linkOrCopy(source, copy);
  }
}

function linkOrCopy(source: string, copy: string): void {
  try {
    linkSync(source, copy);
  } catch {
    copyFileSync(source, copy);
  }
}
