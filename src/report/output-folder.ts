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

/**
 * What a file holds: text, bytes, or text in pieces (the lines of a large
 * table), written piece by piece so that no one string must hold it whole.
 */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Text in pieces is gathered up to about this many characters (1 MiB) for each write to the file. */
export const writeChunkCharacters = 1 << 20;

/**
 * What made a folder's results (version, commit, Node, platform). It is
 * written after every other result file and before the report, so a staging
 * folder that holds it holds complete results (stale-staging.ts keeps such a folder).
 */
export const provenanceFile = 'provenance.json';

/** A folder being written; `commit` puts it in place, `discard` removes it. */
export class StagedFolder {
  readonly staging: string;

  /**
   * Starts a staging folder beside `target`. Whether `target` is free was
   * checked before the work began; if it has been taken since, `commit`
   * refuses and the caller may put the folder elsewhere.
   */
  constructor(readonly target: string) {
    this.staging = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(this.staging, { recursive: true });
  }

  /** Writes one file (relative path) in the staging folder, flushed to disk. */
  write(relativePath: string, content: FileContent): void {
    writeFileAtomic(join(this.staging, relativePath), content);
  }

  /** Moves the finished folder into place; refuses if something is there already (a rename would replace an empty folder). */
  commit(): string {
    if (existsSync(this.target)) throw new Error(`output folder ${this.target} already exists`);
    renameSync(this.staging, this.target);
    syncFolder(dirname(this.target));
    return this.target;
  }

  /** Removes everything written so far. */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}

/**
 * Writes a file atomically: after a crash, the target holds either its old
 * content or the new, never a mix. Text in pieces is written as it comes, in
 * writes of about `chunkCharacters` characters.
 */
export function writeFileAtomic(path: string, content: FileContent, chunkCharacters = writeChunkCharacters): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      if (typeof content === 'string') writeAll(fd, Buffer.from(content, 'utf8'));
      else if (content instanceof Uint8Array) writeAll(fd, content);
      else writePieces(fd, content, chunkCharacters);
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

/** Writes text pieces, gathered into writes of about `chunkCharacters` characters (one write a line would be slow). */
function writePieces(fd: number, pieces: Iterable<string>, chunkCharacters: number): void {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= chunkCharacters) {
      writeAll(fd, Buffer.from(pending.join(''), 'utf8'));
      pending = [];
      length = 0;
    }
  }
  if (length > 0) writeAll(fd, Buffer.from(pending.join(''), 'utf8'));
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
