/** The error an experiment's settings throw when they are the user's to fix (a bad range, target or shard). */
export class ExperimentError extends Error {
  /** The command line reports it in plain words with exit code 2 (see src/cli/errors.ts). */
  readonly isUserError = true;

  constructor(message: string) {
    super(message);
    this.name = 'ExperimentError';
  }
}
