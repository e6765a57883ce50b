/**
 * `omsim report <folder>`'s work: redrawing a finished folder's report so
 * that no crash leaves it half redrawn, and without following a symbolic
 * link out of it:
 *
 *   read and check the results where they are → refuse a report file that
 *   is a link → copy the folder hidden beside it, less its old report →
 *   draw the report into the copy → swap the copy in for the folder
 */
import { realpathSync } from 'node:fs';
import { fileSystemReason, isFileSystemRefusal } from './file-system-errors.ts';
import { insideFolder } from './inside-folder.ts';
import { ReportFolderError, writeMessages } from './messages.ts';
import { pathwayImage } from './methods/methods.ts';
import { drawPlanReport, readPlan } from './plan-report.ts';
import { detectStudyKind, readStudy } from './read/study-folder.ts';
import { drawSensitivityReport, readSensitivity } from './sensitivity-report.ts';
import { StagedReplacement } from './staged-replacement.ts';
import { drawReport, reportFiles, type ReportOptions, type ReportResult } from './write-report.ts';

/** The top-level entries a report writes: the old ones are not copied, so no chart of the old report outlives it. */
export const reportEntries: readonly string[] = [...new Set([...Object.values(reportFiles), pathwayImage.split('/')[0]])];

/** Redraws the report of the results in `folder`, replacing its old report whole. */
export async function redrawReport(folder: string, options: ReportOptions = {}): Promise<ReportResult> {
  // 1. Read: the results, checked, through no link (messages name the folder as the user gave it).
  const draw = readForDrawing(folder);
  for (const entry of reportEntries) insideFolder(folder, entry);
  try {
    // 2. Stage: a link naming the folder itself is followed, as it names the folder and no way out of it.
    const staged = new StagedReplacement(realpathSync(folder), reportEntries);
    try {
      // 3. Draw into the copy, then swap it in.
      const result = await draw(staged.staging, options);
      staged.commit();
      return result;
    } catch (error) {
      staged.discard();
      throw error;
    }
  } catch (error) {
    // A full disk, say: the folder is as it was, and the person is told so in words.
    throw isFileSystemRefusal(error) ? new ReportFolderError(writeMessages.reportNotRedrawn(folder, fileSystemReason(error))) : error;
  }
}

/** The study or plan in `folder`, read now, and how to draw its report into a folder. */
function readForDrawing(folder: string): (into: string, options: ReportOptions) => Promise<ReportResult> {
  if (detectStudyKind(folder) === 'sensitivity') {
    const { file, scenarioYaml } = readSensitivity(folder);
    return (into, options) => drawSensitivityReport(file, scenarioYaml, into, options);
  }
  if (detectStudyKind(folder) === 'plan') {
    const { plan, scenarioYaml } = readPlan(folder);
    return (into, options) => drawPlanReport(plan, scenarioYaml, into, options);
  }
  const study = readStudy(folder);
  return (into, options) => drawReport(study, into, options);
}
