/**
 * Staging folders left by runs that were killed: `.<name>.partial-<pid>-<hex>`
 * beside a results folder, whose process no longer exists. A sweep's
 * resumable staging folder (`.<name>.partial`, no process number) is kept:
 * `--resume` continues from it.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const stagingName = /^\..+\.partial-(\d+)-[0-9a-f]+$/;

/** Whether a process with this number is running (one we may not signal counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the staging folders in `folder` of processes that have died; returns the paths removed. */
export function removeStaleStaging(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = stagingName.exec(name);
    if (match === null || Number(match[1]) === process.pid || isRunning(Number(match[1]))) continue;
    rmSync(join(folder, name), { recursive: true, force: true });
    removed.push(join(folder, name));
  }
  return removed;
}
