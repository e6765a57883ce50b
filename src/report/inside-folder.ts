/**
 * Paths inside a results folder that pass through no symbolic link. A link
 * in a results folder (charts → /somewhere/else, summary.json → a file
 * elsewhere) would make the report read or overwrite files outside the
 * folder it was asked to draw, so a path through one is refused. The folder
 * itself may be named through a link: that is the folder, not a way out of it.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { messages, ReportFolderError } from './messages.ts';

/** `relative` (slash-separated) joined to `folder`, after checking that none of its parts that exist is a symbolic link. */
export function insideFolder(folder: string, relative: string): string {
  let path = folder;
  for (const part of relative.split('/').filter((p) => p !== '' && p !== '.')) {
    path = join(path, part);
    const entry = lstatSync(path, { throwIfNoEntry: false });
    // Nothing there yet (a file about to be written): nothing below it can be a link either.
    if (entry === undefined) break;
    if (entry.isSymbolicLink()) throw new ReportFolderError(messages.symbolicLink(path));
  }
  return join(folder, relative);
}
