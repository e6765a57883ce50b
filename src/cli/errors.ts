/** How the command line reports failures: user errors in plain words (exit 2), anything else as a failed run (exit 1). */
import { escapeControlCharacters } from '../scenario/messages.ts';

/** A problem with what the user gave us (a file, an option): reported without a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Whether an error is the user's to fix (any error class may opt in with `isUserError`). */
export function isUserError(error: unknown): boolean {
  return error instanceof UserError || (error instanceof Error && (error as { isUserError?: boolean }).isUserError === true);
}

export function exitCodeFor(error: unknown): number {
  return isUserError(error) ? 2 : 1;
}

export function printError(error: unknown): void {
  if (isUserError(error)) {
    // A message quotes what the user gave (a file name, a value): no control character in it reaches the terminal as itself.
    process.stderr.write(`omsim: ${escapeControlCharacters((error as Error).message, { keepLineBreaks: true })}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`omsim: the run failed: ${detail}\n`);
  }
}
