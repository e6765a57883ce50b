/** Whether a process is running, by its number: for staging folders and locks left by processes that have died. */

/** Whether a process with this number is running (one we may not signal counts as running). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
