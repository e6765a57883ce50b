/** Every message the report layer shows a person, in one place. */

export const messages = {
  notAFolder: (folder: string) => `${folder} is not a folder; give the results folder that omsim run, compare or sweep wrote.`,
  planFolder: (folder: string) => `${folder} holds a plan (plan.json), which is drawn by its own report, not as a run, comparison or sweep.`,
  sensitivityFolder: (folder: string) => `${folder} holds a sensitivity analysis (sensitivity.json), which is drawn by its own report, not as a run, comparison or sweep.`,
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

/**
 * What the commands say when the file system refuses to write (a full disk,
 * say): why (`reason`, from file-system-errors.ts), and what became of the
 * work, so that nothing is lost without a word.
 */
export const writeMessages = {
  resultsLost: (target: string, reason: string) =>
    `could not write the results into ${target}: ${reason}. The unfinished folder was removed, and the results, computed in memory, could not be kept. Once there is room, run the same command again: with the same seed it gives the same results.`,
  mergeNotWritten: (target: string, reason: string) =>
    `could not write the merged results into ${target}: ${reason}. The unfinished folder was removed; the shard files are untouched: once there is room, merge them again.`,
  reportNotDrawn: (folder: string, reason: string) =>
    `the results are in ${folder}, but their report could not be drawn: ${reason}. Once there is room, draw it with omsim report ${folder}.`,
  notPutInPlace: (target: string, staging: string, reason: string) =>
    `could not put the finished results in place at ${target}: ${reason}. They are kept in ${staging}: move that folder where you want it.`,
  shardNotWritten: (path: string, reason: string) =>
    `could not write the shard file ${path}: ${reason}. Nothing was written, and this shard's replications, computed in memory, could not be kept: once there is room, run this shard again.`,
  sweepNotWritten: (target: string, staging: string, reason: string, noun = 'sweep') =>
    `could not write the ${noun} into ${target}: ${reason}. Its finished points are kept in ${staging}: once there is room, run the same command with --resume to finish it without computing them again.`,
  lockNotTaken: (lock: string, reason: string, noun = 'sweep') => `could not make the ${noun}'s lock ${lock}: ${reason}. Nothing was computed; once there is room, run the same command again.`,
  reportNotRedrawn: (folder: string, reason: string) => `could not redraw the report of ${folder}: ${reason}. The folder is as it was; once there is room, run omsim report again.`,
  explorerNotWritten: (out: string, reason: string) => `could not write the explorer into ${out}: ${reason}. Nothing of this build was kept there; once there is room, build it again.`,
  keptFinished: (path: string) =>
    `kept ${path}: it holds the finished results of an omsim that stopped before putting them in place; rename it to keep them (omsim report draws their report), or remove it`,
} as const;
