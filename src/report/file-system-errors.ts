/**
 * The file system's refusals (a full disk, a read-only one, permissions, a
 * name too long), told apart from bugs and said in words, so that a command
 * whose results could not be written says why and what became of them,
 * rather than printing a stack trace.
 */

/** Each refusal, by the code Node gives it, in words. */
const reasons: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'a file would be larger than the file system allows',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'a name is too long for the file system',
  ENOTDIR: 'something on the path is not a folder',
  EISDIR: 'a folder is where a file must go',
  ENOENT: 'a folder on the path was removed',
  ELOOP: 'a symbolic link on the path leads in a loop',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
};

/** Whether `error` is the file system refusing to write (a condition of the machine, not a bug). */
export function isFileSystemRefusal(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return error instanceof Error && typeof code === 'string' && Object.hasOwn(reasons, code);
}

/** The refusal in words, with its code: "the disk is full (ENOSPC)"; for another error, what the system reported. */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && Object.hasOwn(reasons, code)) return `${reasons[code]} (${code})`;
  return `the system reported ${code ?? (error instanceof Error ? error.message : String(error))}`;
}
