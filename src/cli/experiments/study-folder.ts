/** Running a whole study on this machine and writing its folder. */
import { existsSync } from 'node:fs';
import type { StudyDesign } from '../../experiment/design.ts';
import { taskCount } from '../../experiment/design.ts';
import { outcomeOf, type StudyOutcome } from '../../experiment/outcome.ts';
import { runDesign } from '../../experiment/run-study.ts';
import { UserError } from '../errors.ts';
import { startProgress } from '../progress.ts';
import { version } from '../version.ts';
import { writeStudyFolder } from './write-folder.ts';

export interface StudyRunOptions {
  workers: number;
  target: string;
  quiet: boolean;
  label: string;
}

/** Fails before anything runs when the output folder exists already. */
export function checkTargetFree(target: string): void {
  if (existsSync(target)) throw new UserError(`output folder ${target} already exists; choose another --out or remove it`);
}

/** Runs every replication of the study, summarises it and writes its folder. */
export async function runStudyFolder(design: StudyDesign, options: StudyRunOptions): Promise<{ outcome: StudyOutcome; folder: string }> {
  checkTargetFree(options.target);
  const progress = startProgress(options.label, taskCount(design), options.quiet);
  const records = await runDesign(design, { workers: options.workers, onReplicationDone: (done, total) => progress.update(done, total) });
  progress.stop();
  const outcome = outcomeOf(design, records, version);
  return { outcome, folder: await writeStudyFolder(options.target, outcome) };
}
