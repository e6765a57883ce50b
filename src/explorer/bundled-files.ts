/**
 * Scenario files in the explorer, where there is no disk: the bundled
 * scenarios (by their path in the repository, scenarios/<name>.yaml) and a
 * file the user chose (by its own name). `extends` is followed as on
 * disk, relative to the file that names it; a name not found there is looked
 * for among the bundled scenarios by its last part, so a file written beside
 * the bundled ones (`extends: baseline.yaml`) or at the repository's top
 * (`extends: scenarios/baseline.yaml`) loads as it does on the command line.
 */
import { maxFileBytes } from '../scenario/extends.ts';
import type { NamedFile, ReadResult, ScenarioFiles } from '../scenario/scenario-files.ts';

/** Where the bundled scenarios sit, as in the repository. */
export const bundledFolder = 'scenarios';

/** The files `texts` holds (path → text), as scenario files. */
export function filesOf(texts: ReadonlyMap<string, string>): ScenarioFiles {
  const found = (path: string): string | undefined => {
    const exact = normalisePath(path);
    if (texts.has(exact)) return exact;
    const bundled = `${bundledFolder}/${exact.slice(exact.lastIndexOf('/') + 1)}`;
    return texts.has(bundled) ? bundled : undefined;
  };
  return {
    read(path: string): ReadResult {
      const key = found(path);
      if (key === undefined) return { error: 'ENOENT' };
      const text = texts.get(key) ?? '';
      // The same limit as on disk, counted in UTF-8 bytes.
      if (new TextEncoder().encode(text).length > maxFileBytes) return { error: 'TOO_LARGE' };
      return { text };
    },
    identity: (path: string) => found(path) ?? normalisePath(path),
    extended: (from: NamedFile, reference: string): NamedFile => ({
      display: normalisePath(joinPath(folderOf(from.display), reference)),
      absolute: normalisePath(joinPath(folderOf(from.absolute), reference)),
    }),
  };
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function joinPath(folder: string, reference: string): string {
  return reference.startsWith('/') || folder === '' ? reference : `${folder}/${reference}`;
}

/** A path with its `.` and `..` steps and doubled slashes taken out ("a/./b/../c" → "a/c"). */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return `${path.startsWith('/') ? '/' : ''}${parts.join('/')}`;
}
