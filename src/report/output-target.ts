/**
 * Whether results can be written where the user asked, checked before any
 * computing: a run that fails only when it comes to write, after hours of
 * work, has lost that work.
 */
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** A place results cannot be written, in words (a user error: exit 2). */
export class OutputTargetError extends Error {
  readonly isUserError = true;
  constructor(message: string) {
    super(message);
    this.name = 'OutputTargetError';
  }
}

/** Kernel file systems: writing there does not store a file, and can hang. */
const systemFolders = ['/proc', '/sys', '/dev'];

/**
 * Checks that `target` (a folder, or with `kind: 'file'` a file) can be made:
 * a name is given, it is not in a system folder, nothing but folders lie on
 * its path, and the nearest folder that exists can be written in (tried by
 * making and removing an empty folder there, which also catches a read-only
 * file system). `what` names the option in messages.
 */
export function checkOutputTarget(target: string, what = '--out', kind: 'folder' | 'file' = 'folder'): void {
  if (target.trim() === '') throw new OutputTargetError(`${what} is empty; give the ${kind} to write the results into`);
  const absolute = resolve(target);
  const system = systemFolders.find((folder) => absolute === folder || absolute.startsWith(`${folder}${sep}`));
  if (system !== undefined) throw new OutputTargetError(`${what} ${target} is under ${system}, a system folder where results cannot be stored`);
  const found = statOrUndefined(absolute);
  if (found !== undefined && kind === 'folder' && !found.isDirectory()) throw new OutputTargetError(`${what} ${target} is a file, not a folder`);
  if (found !== undefined && kind === 'file' && found.isDirectory()) throw new OutputTargetError(`${what} ${target} is a folder, not a file`);
  let folder = dirname(absolute);
  for (;;) {
    const stats = statOrUndefined(folder);
    if (stats !== undefined) {
      if (!stats.isDirectory()) throw new OutputTargetError(`${what} ${target} cannot be made: ${folder} on its path is a file, not a folder`);
      break;
    }
    folder = dirname(folder);
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
    rmSync(mkdtempSync(join(folder, '.omsim-write-check-')), { recursive: true, force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EROFS' ? 'it is on a read-only file system' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `the system reported ${code ?? 'an error'}`;
    throw new OutputTargetError(`${what} ${target} cannot be written: ${why} in ${folder}`);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
