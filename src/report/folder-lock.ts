/**
 * A lock on a folder that one process at a time may write (a sweep's
 * resumable staging folder, which two `--resume` of one sweep would
 * otherwise both finish): a file holding the process number of its holder,
 * made only where none is (a hard link of a complete file, so a lock is never
 * seen empty). A lock whose process has died (a sweep that was killed) is
 * taken over; one whose process runs is refused.
 *
 * Taking over is safe between processes racing for it: the dead lock is first
 * moved aside under a name of the mover's own (a rename, which only one of
 * them can do to that file), and if what was moved turns out to be a live
 * lock taken meanwhile, it is put back.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRunning } from './process-alive.ts';

/** Tries before giving up when the lock keeps changing hands under us. */
const attempts = 20;

export class FolderLock {
  constructor(readonly path: string) {}

  /**
   * Takes the lock; when a running process holds it, returns that process's
   * number instead (undefined for a lock file that names no process, which
   * omsim never writes and so does not remove).
   */
  acquire(): { held: true } | { held: false; holder: number | undefined } {
    mkdirSync(dirname(this.path), { recursive: true });
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (this.tryCreate()) return { held: true };
      const holder = holderOf(this.path);
      // Gone (released, or moved aside by another process taking it over) or not yet written: look again.
      if (holder === undefined) continue;
      if (holder === process.pid || isRunning(holder)) return { held: false, holder };
      this.removeDead(holder);
    }
    return { held: false, holder: holderOf(this.path) };
  }

  /** Gives the lock up, if this process holds it. */
  release(): void {
    if (holderOf(this.path) === process.pid) rmSync(this.path, { force: true });
  }

  /** Makes the lock file with this process's number, unless one is there; whether it was made. */
  private tryCreate(): boolean {
    const temporary = `${this.path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temporary, `${process.pid}\n`, { flag: 'wx' });
    try {
      linkSync(temporary, this.path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // A file system without hard links: an exclusive create, then the number (a lock seen empty meanwhile is looked at again).
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') return createExclusive(this.path);
      throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
  }

  /** Removes a lock whose holder `dead` has died; a live lock that took its place meanwhile is left as it was. */
  private removeDead(dead: number): void {
    const aside = `${this.path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      renameSync(this.path, aside);
    } catch (error) {
      // Another process moved it first.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const moved = holderOf(aside);
    if (moved !== undefined && moved !== dead && isRunning(moved)) {
      // A live lock, taken since this one was seen dead: back where it was (unless yet another has been made there).
      try {
        linkSync(aside, this.path);
      } catch {
        // Another lock is in place; that one stands.
      }
    }
    rmSync(aside, { force: true });
  }
}

function createExclusive(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The process number in a lock file; undefined when there is no file or no number in it yet. */
function holderOf(path: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
