/** Temporary folders, small scenario files, and byte-for-byte comparison of result folders. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const made: string[] = [];

/** A new empty temporary folder, removed by removeTemporaryFolders. */
export function temporaryFolder(prefix = 'omsim-experiment-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/** Removes every folder temporaryFolder made (call it in afterAll). */
export function removeTemporaryFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/**
 * A small prison for quick studies: 300 people, 3 offender supervisors and
 * one probation officer, half a year, 4 replications (about a quarter of a
 * second a replication).
 */
export const smallPrison = `name: small
seed: 11
horizon:
  years: 0.5
replications: 4
population:
  size: 300
staff:
  offenderSupervisors:
    count: 3
  probationOfficers:
    count: 1
`;

/** Writes `text` as `name` in `folder`; returns its path. */
export function writeScenario(folder: string, name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** Every file under `folder` (hidden ones included), by relative path, with its bytes. */
export function folderContents(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

/** The relative paths whose bytes differ between two folders (or that only one has); empty when identical. */
export function folderDifferences(a: string, b: string): string[] {
  const left = folderContents(a);
  const right = folderContents(b);
  const paths = new Set([...left.keys(), ...right.keys()]);
  return [...paths].filter((p) => !left.get(p)?.equals(right.get(p) ?? Buffer.alloc(0)) || !right.has(p)).sort();
}
