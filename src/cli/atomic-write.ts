/**
 * Writing results so that a reader never sees half of them: a file is
 * written under a temporary name in the same folder, flushed to disk and
 * renamed over its target (a rename within one file system is atomic), and a
 * run's output folder appears only once everything in it has been written.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

/** The name of a run's folder: the scenario's name made safe for a path, and the time it started (UTC). */
export function runFolderName(scenarioName: string, startedAt: Date): string {
  const stamp = startedAt.toISOString().replace(/[:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const safe = scenarioName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'run';
  return `${safe}-${stamp}`;
}

/**
 * Creates `<root>/<scenario>-<timestamp>/` only once a run has succeeded.
 * `write` fills a hidden staging folder beside it; when it finishes, the
 * staging folder is renamed into place (with -2, -3… if the name is taken).
 * If `write` fails, the staging folder is removed and nothing appears.
 * Returns the folder's path.
 */
export async function publishRunFolder(root: string, scenarioName: string, write: (folder: string) => void | Promise<void>, startedAt = new Date()): Promise<string> {
  const name = runFolderName(scenarioName, startedAt);
  mkdirSync(root, { recursive: true });
  const staging = join(root, `.${name}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(staging);
  try {
    await write(staging);
    const target = freeName(root, name);
    renameSync(staging, target);
    syncFolder(root);
    return target;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function freeName(root: string, name: string): string {
  let target = join(root, name);
  for (let n = 2; existsSync(target); n++) target = join(root, `${name}-${n}`);
  return target;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Flushes a folder's entries (the rename) to disk; some systems cannot open a folder for this, which is harmless. */
function syncFolder(folder: string): void {
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
