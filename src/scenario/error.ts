/** The error a scenario that cannot be loaded throws: every problem found, as records and as one message. */
import { scenarioErrorMessage } from './messages.ts';
import { type Problem, sortProblems } from './problems.ts';

/**
 * A scenario with problems. The command line reports it as the user's to fix
 * (exit code 2, no stack trace) because `isUserError` is set.
 */
export class ScenarioError extends Error {
  readonly isUserError = true;
  readonly problems: readonly Problem[];

  /** `message` replaces the usual heading and list, e.g. to report several files. */
  constructor(file: string, problems: readonly Problem[], message?: string) {
    const sorted = sortProblems(problems);
    super(message ?? scenarioErrorMessage(file, sorted));
    this.name = 'ScenarioError';
    this.problems = sorted;
  }
}
