/**
 * Writing a result folder so that it is either complete or absent: files are
 * written into a hidden staging folder beside the target, which is renamed
 * into place only once everything is written.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A folder being written; `commit` puts it in place, `discard` removes it. */
export class StagedFolder {
  readonly staging: string;

  constructor(readonly target: string) {
    if (existsSync(target)) throw new Error(`output folder ${target} already exists`);
    this.staging = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
    mkdirSync(this.staging, { recursive: true });
  }

  /** Writes one file (relative path) in the staging folder, flushed to disk. */
  write(relativePath: string, content: string | Uint8Array): void {
    const path = join(this.staging, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    const fd = openSync(path, 'r');
    fsyncSync(fd);
    closeSync(fd);
  }

  /** Moves the finished folder into place. */
  commit(): string {
    renameSync(this.staging, this.target);
    return this.target;
  }

  /** Removes everything written so far. */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}

/** Writes one file atomically: to a temporary name in the same folder, then renamed over the target. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(temporary, content);
  const fd = openSync(temporary, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temporary, path);
}
