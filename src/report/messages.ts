/** Every message the report layer shows a person, in one place. */

export const messages = {
  notAFolder: (folder: string) => `${folder} is not a folder; give the results folder that omsim run, compare or sweep wrote.`,
  planFolder: (folder: string) => `${folder} holds a plan (plan.json), whose answer is in the file itself; omsim report draws the results of run, compare and sweep.`,
  notAResultsFolder: (folder: string) =>
    `${folder} holds no summary.json, comparison.json or sweep.json, so it is not an omsim results folder; give the folder that omsim run, compare or sweep wrote.`,
  unreadable: (file: string, reason: string) => `could not read ${file}: ${reason}`,
  malformed: (file: string, what: string) => `${file} is not a results file omsim can read: ${what}.`,
  missingRun: (file: string) => `${file} is missing; the comparison folder is incomplete.`,
} as const;

/** A results folder the report cannot be made from: the person's to fix, so the command line exits with code 2. */
export class ReportFolderError extends Error {
  readonly isUserError = true;
  constructor(message: string) {
    super(message);
    this.name = 'ReportFolderError';
  }
}
