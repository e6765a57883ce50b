/**
 * A result folder written in a staging folder whose name does not change
 * between attempts (.<name>.partial beside the target), so a run that was
 * killed can be resumed from the files it had finished. Each file is written
 * atomically (a temporary name, then a rename), so a file present in the
 * staging folder is complete. `commit` renames the staging folder into place.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

  /** A file of the staging folder, or undefined when it is not there. */
  read(relativePath: string): string | undefined {
    const path = join(this.staging, relativePath);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
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
