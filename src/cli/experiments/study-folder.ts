/** Running a whole study on this machine and writing its folder. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { StudyDesign } from '../../experiment/design.ts';
import { taskCount } from '../../experiment/design.ts';
import { outcomeOf, type StudyOutcome } from '../../experiment/outcome.ts';
import { runDesign } from '../../experiment/run-study.ts';
import { checkStudyFits } from '../../experiment/study-size.ts';
import { writeMessages } from '../../report/messages.ts';
import { checkOutputTarget } from '../../report/output-target.ts';
import { removeStaleStaging } from '../../report/stale-staging.ts';
import { UserError } from '../errors.ts';
import { startProgress } from '../progress.ts';
import { version } from '../version.ts';
import { isResultsFolder, writeStudyFolder } from './write-folder.ts';

export interface StudyRunOptions {
  workers: number;
  target: string;
  quiet: boolean;
  label: string;
  /** Put the results in place of an existing results folder at `target`, once they are complete. */
  replace?: boolean;
}

/**
 * Fails before anything runs when the output folder exists already (unless
 * `replace` is given and it is an omsim results folder), or cannot be made and written.
 */
export function checkTargetFree(target: string, replace = false): void {
  if (existsSync(target)) {
    if (!replace) throw new UserError(`output folder ${target} already exists; choose another --out, remove it, or add --replace`);
    if (!isResultsFolder(target)) throw new UserError(`--replace replaces only an omsim results folder, and ${target} is not one (it has no summary.json, comparison.json, sweep.json or plan.json); choose another --out`);
    return;
  }
  checkOutputTarget(target);
}

/**
 * Removes the staging folders that killed runs left beside `target`, and
 * says so; says too where one holding finished results was kept.
 */
export function clearStaleStaging(target: string): void {
  const { removed, kept } = removeStaleStaging(dirname(resolve(target)));
  if (removed.length > 0) process.stderr.write(`omsim: removed ${removed.length === 1 ? 'an unfinished folder' : `${removed.length} unfinished folders`} left by a run that was stopped: ${removed.join(', ')}\n`);
  for (const path of kept) process.stderr.write(`omsim: ${writeMessages.keptFinished(path)}\n`);
}

/** Runs every replication of the study, summarises it and writes its folder. */
export async function runStudyFolder(design: StudyDesign, options: StudyRunOptions): Promise<{ outcome: StudyOutcome; folder: string }> {
  checkTargetFree(options.target, options.replace);
  checkStudyFits(design);
  clearStaleStaging(options.target);
  const progress = startProgress(options.label, taskCount(design), options.quiet);
  const records = await runDesign(design, { workers: options.workers, onReplicationDone: (done, total) => progress.update(done, total) });
  progress.stop();
  const outcome = outcomeOf(design, records, version);
  return { outcome, folder: await writeStudyFolder(options.target, outcome, { replace: options.replace }) };
}
