/** Standard output for commands whose output is often piped into another program. */

/**
 * Ends quietly when the reader of standard output goes away (as `head` does
 * once it has enough), instead of failing with EPIPE and a stack trace.
 */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
