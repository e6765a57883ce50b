/** Every message the report layer shows a person, in one place. */

export const messages = {
  notAFolder: (folder: string) => `${folder} is not a folder; give the results folder that omsim run, compare or sweep wrote.`,
  planFolder: (folder: string) => `${folder} holds a plan (plan.json), which is drawn by its own report, not as a run, comparison or sweep.`,
  notAResultsFolder: (folder: string) =>
    `${folder} holds no summary.json, comparison.json or sweep.json, so it is not an omsim results folder; give the folder that omsim run, compare or sweep wrote.`,
  unreadable: (file: string, reason: string) => `could not read ${file}: ${reason}`,
  malformed: (file: string, what: string) => `${file} is not a results file omsim can read: ${what}.`,
  missingRun: (file: string) => `${file} is missing; the comparison folder is incomplete.`,
  /** A results file whose contents are not what omsim writes: `problem` names the field, as in `metrics["x"].mean: expected a number, found "abc"`. */
  invalid: (file: string, problem: string) => `${file}: ${problem}. The file is not as omsim wrote it; restore it, or run the study again.`,
  symbolicLink: (path: string) =>
    `${path} is a symbolic link; omsim report never follows a link inside a results folder, which could make it read or overwrite files elsewhere. Put the file or folder itself there, or remove the link.`,
} as const;

/** A results folder the report cannot be made from: the person's to fix, so the command line exits with code 2. */
export class ReportFolderError extends Error {
  readonly isUserError = true;
  constructor(message: string) {
    super(message);
    this.name = 'ReportFolderError';
  }
}
