/**
 * Staging folders left by runs that were killed: `.<name>.partial-<pid>-<hex>`
 * beside a results folder, whose process no longer exists. A sweep's
 * resumable staging folder (`.<name>.partial`, no process number) is kept:
 * `--resume` continues from it. So is a staging folder that holds finished
 * results (its provenance.json, written after every other result file): a
 * run stopped between finishing its results and putting them in place, or
 * one that could not put them in place, loses nothing.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { provenanceFile } from './output-folder.ts';
import { isRunning } from './process-alive.ts';

const stagingName = /^\..+\.partial-(\d+)-[0-9a-f]+$/;

/** Removes the unfinished staging folders in `folder` of processes that have died; returns the paths removed, and those kept for holding finished results. */
export function removeStaleStaging(folder: string): { removed: string[]; kept: string[] } {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return { removed: [], kept: [] };
  }
  const removed: string[] = [];
  const kept: string[] = [];
  for (const name of names) {
    const match = stagingName.exec(name);
    if (match === null || Number(match[1]) === process.pid || isRunning(Number(match[1]))) continue;
    const path = join(folder, name);
    if (existsSync(join(path, provenanceFile))) {
      kept.push(path);
      continue;
    }
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return { removed, kept };
}
