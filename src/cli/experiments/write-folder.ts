/** Writing a finished study's folder so it is complete or absent: staged, then committed. */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { StudyOutcome } from '../../experiment/outcome.ts';
import { StagedFolder } from '../../report/output-folder.ts';
import { writeReport } from '../../report/write-report.ts';
import { toJson } from '../../report/json.ts';
import { writeStudyOutput } from '../../report/write-study.ts';
import { provenance } from '../provenance.ts';
import { UserError } from '../errors.ts';

/** What made the results: version, commit, Node, platform (see provenance.ts). */
export const provenanceFile = 'provenance.json';

/** A staging folder for `target`, or a UserError when the target exists already. */
export function stageFolder(target: string): StagedFolder {
  try {
    return new StagedFolder(target);
  } catch (error) {
    throw new UserError(`${(error as Error).message}; choose another --out or remove it`);
  }
}

/** Writes the outcome's files and its report (charts, report.html) into `target` atomically; returns the folder written. */
export async function writeStudyFolder(target: string, outcome: StudyOutcome, replace = false): Promise<string> {
  if (replace && existsSync(target)) return replaceFolder(target, outcome);
  const folder = stageFolder(target);
  try {
    writeStudyOutput(folder, outcome);
    folder.write(provenanceFile, toJson(provenance()));
    await writeReport(folder.staging);
  } catch (error) {
    folder.discard();
    throw error;
  }
  return commitOrBeside(folder);
}

/**
 * Puts a finished folder in place. If its target appeared while the study
 * ran (another run given the same --out), the results go beside it under the
 * next free name, and the user is told where: finished work is never thrown away.
 */
export function commitOrBeside(folder: { readonly target: string; readonly staging: string; commit(): string }): string {
  try {
    return folder.commit();
  } catch (error) {
    if (!existsSync(folder.target)) throw error;
    for (let n = 2; ; n++) {
      const beside = `${folder.target}-${n}`;
      if (existsSync(beside)) continue;
      renameSync(folder.staging, beside);
      process.stderr.write(`omsim: ${folder.target} appeared while this study ran (another run writing there?); these results are in ${beside}\n`);
      return beside;
    }
  }
}

/**
 * --replace: the new results are written in full beside the old folder, then
 * swapped in (the old steps aside, the new takes its name, the old is
 * removed), so the folder is at every moment either the old results or the new.
 */
async function replaceFolder(target: string, outcome: StudyOutcome): Promise<string> {
  const folder = new StagedFolder(`${target}.new-${process.pid}`);
  try {
    writeStudyOutput(folder, outcome);
    folder.write(provenanceFile, toJson(provenance()));
    await writeReport(folder.staging);
  } catch (error) {
    folder.discard();
    throw error;
  }
  const previous = join(dirname(target), `.${basename(target)}.previous-${process.pid}`);
  renameSync(target, previous);
  renameSync(folder.staging, target);
  rmSync(previous, { recursive: true, force: true });
  return target;
}
