/**
 * Writing results so that a reader never sees half of them: a file is
 * written under a temporary name in the same folder, flushed to disk and
 * renamed over its target (a rename within one file system is atomic), and a
 * result folder is written hidden beside its target and renamed into place
 * only once everything in it is written.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A folder being written; `commit` puts it in place, `discard` removes it. */
export class StagedFolder {
  readonly staging: string;

  constructor(readonly target: string) {
    if (existsSync(target)) throw new Error(`output folder ${target} already exists`);
    this.staging = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(this.staging, { recursive: true });
  }

  /** Writes one file (relative path) in the staging folder, flushed to disk. */
  write(relativePath: string, content: string | Uint8Array): void {
    writeFileAtomic(join(this.staging, relativePath), content);
  }

  /** Moves the finished folder into place. */
  commit(): string {
    renameSync(this.staging, this.target);
    syncFolder(dirname(this.target));
    return this.target;
  }

  /** Removes everything written so far. */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}

/** Writes a file atomically: after a crash, the target holds either its old content or the new, never a mix. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Flushes a folder's entries (a rename) to disk; some systems cannot open a folder for this, which is harmless. */
export function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the rename itself is already atomic.
  }
}
