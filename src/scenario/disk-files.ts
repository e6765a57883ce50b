/** Scenario files on disk, as the command line reads them: regular UTF-8 files of bounded size, `extends` relative to the file that names it. */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { maxFileBytes } from './extends.ts';
import { readTextFile } from './regular-file.ts';
import type { NamedFile, ReadResult, ScenarioFiles } from './scenario-files.ts';

/** A scenario file's text: a regular UTF-8 file of at most maxFileBytes (regular-file.ts says why). */
export function readText(path: string): ReadResult {
  return readTextFile(path, maxFileBytes);
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
