/**
 * Whether results can be written where the user asked, checked before any
 * computing: a run that fails only when it comes to write, after hours of
 * work, has lost that work.
 */
import { accessSync, constants, lstatSync, mkdtempSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileSystemReason } from './file-system-errors.ts';

/** A place results cannot be written, or a write the file system refused there (a full disk), in words (a user error: exit 2). */
export class OutputTargetError extends Error {
  readonly isUserError = true;
  constructor(message: string) {
    super(message);
    this.name = 'OutputTargetError';
  }
}

/** Kernel file systems: writing there does not store a file, and can hang. */
const systemFolders = ['/proc', '/sys', '/dev'];

/** The longest name of a file or folder (in bytes of UTF-8) that Linux's usual file systems take, and the longest path. */
const longestName = 255;
const longestPath = 4095;
/**
 * What omsim adds to the name while it writes: the longest name it makes
 * from it, `.<name>.previous-<process>-<8 hex>` beside a folder being
 * replaced (a process number has at most 7 digits on Linux).
 */
const workingNameRoom = '.'.length + '.previous-4194304-ffffffff'.length;

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
  checkNameLengths(target, absolute, what);
  const broken = brokenLink(absolute);
  if (broken !== undefined) throw new OutputTargetError(`${what} ${target} is ${broken}; give a folder, or a link to one that exists`);
  const found = statOrUndefined(absolute);
  if (found !== undefined && kind === 'folder' && !found.isDirectory()) throw new OutputTargetError(`${what} ${target} is a file, not a folder`);
  if (found !== undefined && kind === 'file' && found.isDirectory()) throw new OutputTargetError(`${what} ${target} is a folder, not a file`);
  let folder = dirname(absolute);
  for (;;) {
    const brokenOnPath = brokenLink(folder);
    if (brokenOnPath !== undefined) throw new OutputTargetError(`${what} ${target} cannot be made: ${folder} on its path is ${brokenOnPath}`);
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
    throw new OutputTargetError(`${what} ${target} cannot be written: ${fileSystemReason(error)} in ${folder}`);
  }
}

/**
 * Refuses names the file system would refuse only once the results are
 * computed: a part of the path longer than a name may be, a last name that
 * leaves no room for the longer names omsim writes beside it, a path too long.
 */
function checkNameLengths(target: string, absolute: string, what: string): void {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const tooLong = absolute.split(sep).find((part) => bytes(part) > longestName);
  if (tooLong !== undefined && tooLong !== basename(absolute)) {
    throw new OutputTargetError(`${what} ${shortened(target)} cannot be made: the name ${shortened(tooLong)} on its path is ${bytes(tooLong)} bytes long, and a name can be at most ${longestName}`);
  }
  const name = basename(absolute);
  if (bytes(name) + workingNameRoom > longestName) {
    throw new OutputTargetError(
      `${what} ${shortened(target)} has a name of ${bytes(name)} bytes; a name can be at most ${longestName}, and omsim writes under a longer one (.<name>.partial-…) while it works: give a name of at most ${longestName - workingNameRoom} bytes`,
    );
  }
  if (bytes(absolute) + workingNameRoom > longestPath) {
    throw new OutputTargetError(`${what} ${shortened(target)} is a path of ${bytes(absolute)} bytes; a path can be at most ${longestPath}, with room for omsim's working names: give a shorter one`);
  }
}

/** A long name cut to its first and last characters, so the message stays readable. */
function shortened(name: string): string {
  return name.length <= 60 ? name : `${name.slice(0, 30)}…${name.slice(-20)}`;
}

/** What a symbolic link at `path` is, in words, when it leads nowhere (to nothing, or in a loop); undefined for anything else. */
function brokenLink(path: string): string | undefined {
  let entry;
  try {
    entry = lstatSync(path);
  } catch {
    // Nothing there, or not reachable: the checks that follow say which.
    return undefined;
  }
  if (!entry.isSymbolicLink()) return undefined;
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'a symbolic link that leads in a loop';
    return `a symbolic link to ${readlinkSync(path)}, which does not exist`;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
