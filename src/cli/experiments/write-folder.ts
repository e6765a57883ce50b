/** Writing a finished study's folder so it is complete or absent: staged, then committed. */
import type { StudyOutcome } from '../../experiment/outcome.ts';
import { StagedFolder } from '../../report/output-folder.ts';
import { writeReport } from '../../report/write-report.ts';
import { writeStudyOutput } from '../../report/write-study.ts';
import { UserError } from '../errors.ts';

/** A staging folder for `target`, or a UserError when the target exists already. */
export function stageFolder(target: string): StagedFolder {
  try {
    return new StagedFolder(target);
  } catch (error) {
    throw new UserError(`${(error as Error).message}; choose another --out or remove it`);
  }
}

/** Writes the outcome's files and its report (charts, report.html) into `target` atomically; returns the folder written. */
export async function writeStudyFolder(target: string, outcome: StudyOutcome): Promise<string> {
  const folder = stageFolder(target);
  try {
    writeStudyOutput(folder, outcome);
    await writeReport(folder.staging);
    return folder.commit();
  } catch (error) {
    folder.discard();
    throw error;
  }
}
