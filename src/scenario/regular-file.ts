/**
 * Reading a file from disk without trusting what is there: every file omsim
 * reads (a scenario and the files it extends, a shard, a results folder's
 * files, a sweep's finished points) comes through here. Only a regular file
 * is read (a device never ends, a named pipe blocks until someone writes to
 * it), and no more than a stated number of bytes, counted on the bytes read
 * (the size the system reports can be 0, as for /proc files). The scenario
 * layer holds it because every layer that reads files may import this one.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { ReadResult } from './scenario-files.ts';

/**
 * Largest file omsim reads back from its own output (shards, results files,
 * finished points): near the longest text JavaScript can hold (about 512
 * MiB), beyond which a file cannot be read as one text anyway. A shard of a
 * national study (10 years, 100 replications) is about 100 MB.
 */
export const maxReadBackBytes = 500_000_000;

/**
 * The text of a file, or the error that stopped it being read: a
 * file-system code (ENOENT, EISDIR…), NOT_A_FILE for anything but a regular
 * file, TOO_LARGE past `maxBytes`, or NOT_UTF8 with the offset of the first
 * byte that is not UTF-8.
 */
export function readTextFile(path: string, maxBytes: number): ReadResult {
  const read = readRegularFile(path, maxBytes);
  if ('error' in read) return read;
  if (!isUtf8(read.bytes)) return { error: 'NOT_UTF8', offset: firstNonUtf8Byte(read.bytes) };
  return { text: new TextDecoder('utf-8').decode(read.bytes) };
}

/**
 * A descriptor open for reading on `path` if it is a regular file, or the
 * error (a file-system code, or NOT_A_FILE): for readers that go on to read
 * it in pieces (a large CSV), closing it themselves.
 */
export function openRegularFile(path: string): { fd: number } | { error: string } {
  let fd: number | undefined;
  try {
    if (statSync(path).isDirectory()) return { error: 'EISDIR' };
    // Non-blocking, so that opening a named pipe returns at once (to be refused below) rather than waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      return { error: 'NOT_A_FILE' };
    }
    return { fd };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    return { error: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  }
}

/** The bytes of a regular file of at most `maxBytes`, or the error that stopped it being read (as readTextFile's, but for NOT_UTF8). */
export function readRegularFile(path: string, maxBytes: number): { bytes: Buffer } | { error: string } {
  const opened = openRegularFile(path);
  if ('error' in opened) return opened;
  const fd = opened.fd;
  try {
    const bytes = readAtMost(fd, maxBytes + 1);
    if (bytes.length > maxBytes) return { error: 'TOO_LARGE' };
    return { bytes };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN' };
  } finally {
    closeSync(fd);
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
