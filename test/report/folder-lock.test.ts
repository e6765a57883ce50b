/** A lock on a folder one process at a time may write (src/report/folder-lock.ts): taken when free or when its holder has died, refused while its holder runs. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderLock } from '../../src/report/folder-lock.ts';

const lockIn = () => new FolderLock(join(mkdtempSync(join(tmpdir(), 'omsim-lock-')), '.sweep.partial.lock'));
/** Process numbers above the kernel's largest (4,194,304) belong to no process. */
const deadProcess = 4_999_999;

describe('FolderLock', () => {
  it('is taken when free, holding this process\'s number, and given up on release, leaving nothing behind', () => {
    const lock = lockIn();
    expect(lock.acquire()).toEqual({ held: true });
    expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(readdirSync(join(lock.path, '..'))).toEqual([]);
  });

  it('is refused while the process holding it runs, naming that process', () => {
    const lock = lockIn();
    // This test's parent process: running, and not this one.
    writeFileSync(lock.path, `${process.ppid}\n`);
    expect(lock.acquire()).toEqual({ held: false, holder: process.ppid });
    lock.release();
    expect(readFileSync(lock.path, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('is taken over from a process that has died (a sweep that was killed)', () => {
    const lock = lockIn();
    writeFileSync(lock.path, `${deadProcess}\n`);
    expect(lock.acquire()).toEqual({ held: true });
    expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
    expect(readdirSync(join(lock.path, '..'))).toEqual(['.sweep.partial.lock']);
  });

  it('is refused, and kept, when it names no process (omsim never writes such a lock, so does not remove one)', () => {
    const lock = lockIn();
    writeFileSync(lock.path, 'not a number');
    expect(lock.acquire()).toEqual({ held: false, holder: undefined });
    expect(existsSync(lock.path)).toBe(true);
  });
});
