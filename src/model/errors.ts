/** The errors a run of the model stops with when the scenario, not the code, is at fault. */

/**
 * A run stopped because it would not finish in reasonable time or memory:
 * far more events in a simulated week than any study needs, or stays so
 * short that receptions could never keep up. The scenario is the user's to
 * fix, so the command line reports it in plain words with exit code 2
 * (`isUserError`, see src/cli/errors.ts), naming the likely parameters.
 */
export class RunawayError extends Error {
  readonly isUserError = true;

  constructor(
    message: string,
    /** Dotted paths of the parameters most likely to blame. */
    readonly parameters: readonly string[],
  ) {
    super(message);
    this.name = 'RunawayError';
  }
}
