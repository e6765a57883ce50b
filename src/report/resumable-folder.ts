/**
 * A result folder written in a staging folder whose name does not change
 * between attempts (.<name>.partial beside the target), so a run that was
 * killed can be resumed from the files it had finished. Each file is written
 * atomically (a temporary name, then a rename), so a file present in the
 * staging folder is complete. `commit` renames the staging folder into place.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { unreadableReason } from '../scenario/messages.ts';
import { maxReadBackBytes, readTextFile } from '../scenario/regular-file.ts';
import { messages, ReportFolderError } from './messages.ts';
import { writeFileAtomic, type FileContent } from './output-folder.ts';

export class ResumableFolder {
  readonly staging: string;

  constructor(readonly target: string) {
    this.staging = join(dirname(target), `.${basename(target)}.partial`);
  }

  /** Whether an earlier attempt left a staging folder. */
  started(): boolean {
    return existsSync(this.staging);
  }

  /** Writes one file (relative path) in the staging folder, atomically. */
  write(relativePath: string, content: FileContent): void {
    writeFileAtomic(join(this.staging, relativePath), content);
  }

  /**
   * A file of the staging folder, or undefined when it is not there. Anything
   * but a regular UTF-8 file of at most `maxBytes` (a named pipe, which
   * would block, say) is a ReportFolderError naming it.
   */
  read(relativePath: string, maxBytes: number = maxReadBackBytes): string | undefined {
    const path = join(this.staging, relativePath);
    const read = readTextFile(path, maxBytes);
    if (!('error' in read)) return read.text;
    if (read.error === 'ENOENT') return undefined;
    throw new ReportFolderError(messages.unreadable(path, unreadableReason(read, maxBytes)));
  }

  /** Removes a file or subfolder of the staging folder. */
  remove(relativePath: string): void {
    rmSync(join(this.staging, relativePath), { recursive: true, force: true });
  }

  /** Moves the finished folder into place. */
  commit(): string {
    renameSync(this.staging, this.target);
    return this.target;
  }
}
