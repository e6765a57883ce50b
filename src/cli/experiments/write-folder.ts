/** Writing a finished study's folder so it is complete or absent: staged, then committed. */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import type { StudyOutcome } from '../../experiment/outcome.ts';
import { StagedFolder } from '../../report/output-folder.ts';
import { StagedReplacement } from '../../report/staged-replacement.ts';
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

/** A folder being written: the outcome's files, its provenance and its report go into `staging`. */
interface FolderBeingWritten {
  readonly staging: string;
  write(relativePath: string, content: string | Uint8Array): void;
  discard(): void;
}

/** Writes what made the results (provenance.json) into a folder being written. */
export function writeProvenance(folder: Pick<FolderBeingWritten, 'write'>): void {
  folder.write(provenanceFile, toJson(provenance()));
}

/** Writes the outcome's files, its provenance and its report (charts, report.html) into a folder being written. */
export async function fillFolder(folder: Pick<FolderBeingWritten, 'staging' | 'write'>, outcome: StudyOutcome): Promise<void> {
  writeStudyOutput(folder, outcome);
  writeProvenance(folder);
  await writeReport(folder.staging);
}

/**
 * Writes the outcome into `target` atomically; returns the folder written.
 * With `replace`, an existing results folder at `target` is swapped for the
 * new one once it is complete (the folder is at every moment either the old
 * results or the new); nothing of the old is kept.
 */
export async function writeStudyFolder(target: string, outcome: StudyOutcome, replace = false): Promise<string> {
  const results = openResultsFolder(target, replace);
  try {
    await fillFolder(results.folder, outcome);
  } catch (error) {
    results.folder.discard();
    throw error;
  }
  return results.commit();
}

/**
 * A results folder being written at `target`: new, or with `replace` in
 * place of the results folder there (swapped in whole once complete, the old
 * removed). `commit` puts it in place and returns where it went.
 */
export function openResultsFolder(target: string, replace: boolean): { folder: StagedFolder | StagedReplacement; commit: () => string } {
  if (replace && existsSync(target)) {
    const folder = new StagedReplacement(target, readdirSync(target));
    return { folder, commit: () => folder.commit() };
  }
  const folder = stageFolder(target);
  return { folder, commit: () => commitOrBeside(folder) };
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
