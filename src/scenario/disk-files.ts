/** Scenario files on disk, as the command line reads them: regular UTF-8 files of bounded size, `extends` relative to the file that names it. */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { maxFileBytes } from './extends.ts';
import type { NamedFile, ReadResult, ScenarioFiles } from './scenario-files.ts';

/**
 * The text of a file, or the error that stopped it being read: a
 * file-system code, NOT_A_FILE for anything but a regular file (a device
 * that never ends, a named pipe that blocks), TOO_LARGE past the byte limit
 * (counted on the bytes read, as a size reported by the system can be 0),
 * or NOT_UTF8 with the offset of the first byte that is not UTF-8.
 */
export function readText(path: string): ReadResult {
  let fd: number | undefined;
  try {
    if (statSync(path).isDirectory()) return { error: 'EISDIR' };
    // Non-blocking, so that opening a named pipe returns at once (to be refused below) rather than waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return { error: 'NOT_A_FILE' };
    const bytes = readAtMost(fd, maxFileBytes + 1);
    if (bytes.length > maxFileBytes) return { error: 'TOO_LARGE' };
    if (!isUtf8(bytes)) return { error: 'NOT_UTF8', offset: firstNonUtf8Byte(bytes) };
    return { text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

/** The offset of the first byte that does not belong to valid UTF-8, if any. */
export function firstNonUtf8Byte(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  // Narrow down by halves: the longest prefix that is UTF-8 but for a character cut off at its end.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (isUtf8UpToItsEnd(bytes.subarray(0, middle))) good = middle;
    else bad = middle;
  }
  // That prefix may end in a character left unfinished: then the fault is where it began.
  if (isUtf8(bytes.subarray(0, good))) return good;
  let start = good;
  while (start > 0 && (bytes[start - 1] & 0xc0) === 0x80) start--;
  return start > 0 ? start - 1 : 0;
}

/** Whether the bytes are UTF-8 but perhaps for a character cut off at the end (decoded as a stream would be). */
function isUtf8UpToItsEnd(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}


/** A file's identity for spotting loops: its real path when it exists (so a link and its target are one file). */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** The files of the local disk. */
export const diskFiles: ScenarioFiles = {
  read: readText,
  identity,
  extended: (from: NamedFile, reference: string): NamedFile => ({
    display: isAbsolute(reference) ? reference : normalize(join(dirname(from.display), reference)),
    absolute: resolve(dirname(from.absolute), reference),
  }),
};
