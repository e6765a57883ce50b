/**
 * Writing a finished study's folder so it is complete or absent: staged,
 * then committed. The file system may refuse on the way (a full disk): the
 * command then says why and what became of the work, and exits with code 2
 * (see writeResultsFolder).
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StudyOutcome } from '../../experiment/outcome.ts';
import { fileSystemReason, isFileSystemRefusal } from '../../report/file-system-errors.ts';
import { writeMessages } from '../../report/messages.ts';
import { provenanceFile, StagedFolder, type FileContent } from '../../report/output-folder.ts';
import { OutputTargetError } from '../../report/output-target.ts';
import { studyFiles } from '../../report/read/study-folder.ts';
import { reportEntries } from '../../report/redraw-report.ts';
import { StagedReplacement } from '../../report/staged-replacement.ts';
import { planFiles } from '../../report/write-plan.ts';
import { writeReport } from '../../report/write-report.ts';
import { toJson } from '../../report/json.ts';
import { writeStudyOutput } from '../../report/write-study.ts';
import { drawSensitivityReport } from '../../report/sensitivity-report.ts';
import { serialiseScenario } from '../../scenario/serialise.ts';
import { provenance } from '../provenance.ts';

/** A folder being written: the outcome's files, its provenance and its report go into `staging`. */
export interface FolderBeingWritten {
  readonly staging: string;
  write(relativePath: string, content: FileContent): void;
  discard(): void;
}

/** Writes what made the results (provenance.json, see provenance.ts) into a folder being written: after the results, before the report. */
export function writeProvenance(folder: Pick<FolderBeingWritten, 'write'>): void {
  folder.write(provenanceFile, toJson(provenance()));
}

/** Writes the outcome's files, its provenance and its report (charts, report.html) into a folder being written. */
export async function fillFolder(folder: Pick<FolderBeingWritten, 'staging' | 'write'>, outcome: StudyOutcome): Promise<void> {
  writeStudyOutput(folder, outcome);
  writeProvenance(folder);
  await drawOutcomeReport(folder.staging, outcome);
}

/** Draws the report of a folder's results: a sensitivity analysis's own, or the study report read back from the folder. */
async function drawOutcomeReport(staging: string, outcome: StudyOutcome): Promise<void> {
  if (outcome.kind === 'sensitivity') await drawSensitivityReport(outcome.sensitivity, serialiseScenario(outcome.design.scenario), staging);
  else await writeReport(staging);
}

/** How a results folder is written, and what to say if its results cannot be. */
export interface ResultsWriting {
  /** Writes the results, provenance.json last. */
  results(folder: FolderBeingWritten): void | Promise<void>;
  /** Draws their report from the files written. */
  report(folder: FolderBeingWritten): Promise<void>;
  /** What is said when the file system refuses the results (to `target`, for `reason`): what became of the work. */
  lost(target: string, reason: string): string;
}

/**
 * Writes the outcome into `target` atomically; returns the folder written.
 * With `replace`, an existing results folder at `target` is swapped for the
 * new one once it is complete (the folder is at every moment either the old
 * results or the new); nothing of the old is kept. `lost` words a refusal
 * of the file system (by default: the results could not be kept).
 */
export async function writeStudyFolder(target: string, outcome: StudyOutcome, options: { replace?: boolean; lost?: ResultsWriting['lost'] } = {}): Promise<string> {
  return writeResultsFolder(target, options.replace ?? false, {
    results: (folder) => {
      writeStudyOutput(folder, outcome);
      writeProvenance(folder);
    },
    report: (folder) => drawOutcomeReport(folder.staging, outcome),
    lost: options.lost ?? writeMessages.resultsLost,
  });
}

/**
 * Writes a results folder at `target` (see openResultsFolder) and returns
 * where it went. When the file system refuses (a full disk, say), the
 * command fails in words (exit code 2) and keeps what it can: if the results
 * were written and only their report failed, they are put in place without
 * it (omsim report draws it later); otherwise the unfinished folder is
 * removed and `writing.lost` says what became of the work.
 */
export async function writeResultsFolder(target: string, replace: boolean, writing: ResultsWriting): Promise<string> {
  const results = openResultsFolder(target, replace);
  try {
    await writing.results(results.folder);
  } catch (error) {
    results.folder.discard();
    throw isFileSystemRefusal(error) ? new OutputTargetError(writing.lost(target, fileSystemReason(error))) : error;
  }
  try {
    await writing.report(results.folder);
  } catch (error) {
    if (!isFileSystemRefusal(error)) {
      results.folder.discard();
      throw error;
    }
    // The results are whole; only their report is not: it is left out entirely, so no chart of half a report remains.
    for (const entry of reportEntries) rmSync(join(results.folder.staging, entry), { recursive: true, force: true });
    throw new OutputTargetError(writeMessages.reportNotDrawn(results.commit(), fileSystemReason(error)));
  }
  return results.commit();
}

/** Whether a folder is one omsim wrote (so --replace may put a new one in its place). */
export function isResultsFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory() && [...Object.values(studyFiles), planFiles.plan].some((file) => existsSync(join(path, file)));
  } catch {
    return false;
  }
}

/**
 * A results folder being written at `target`: new, or with `replace` in
 * place of the omsim results folder there (swapped in whole once complete,
 * the old removed). Whether to replace is decided now, once the results are
 * computed: a folder that appeared at `target` meanwhile is replaced only if
 * omsim wrote it; any other is left alone, the results going beside it.
 * `commit` puts the folder in place and returns where it went.
 */
export function openResultsFolder(target: string, replace: boolean): { folder: StagedFolder | StagedReplacement; commit: () => string } {
  if (replace && isResultsFolder(target)) {
    const folder = new StagedReplacement(target, readdirSync(target));
    return { folder, commit: () => commitKeeping(folder, () => folder.commit()) };
  }
  const folder = new StagedFolder(target);
  return { folder, commit: () => commitOrBeside(folder) };
}

/**
 * Puts a finished folder in place. If its target appeared while the study
 * ran (another run given the same --out, a folder made by hand), the results
 * go beside it under the next free name, and the user is told where:
 * finished work is never thrown away.
 */
export function commitOrBeside(folder: { readonly target: string; readonly staging: string; commit(): string }): string {
  if (!entryExists(folder.target)) {
    try {
      return folder.commit();
    } catch (error) {
      if (!entryExists(folder.target)) throw notPutInPlace(folder, error);
    }
  }
  for (let n = 2; ; n++) {
    const beside = `${folder.target}-${n}`;
    if (entryExists(beside)) continue;
    commitKeeping(folder, () => renameSync(folder.staging, beside));
    process.stderr.write(`omsim: ${folder.target} appeared while this study ran (another run writing there?); these results are in ${beside}\n`);
    return beside;
  }
}

/** Runs a commit; if it fails, the finished folder stays where it was written and the error says where. */
function commitKeeping<T>(folder: { readonly target: string; readonly staging: string }, commit: () => T): T {
  try {
    return commit();
  } catch (error) {
    throw notPutInPlace(folder, error);
  }
}

function notPutInPlace(folder: { readonly target: string; readonly staging: string }, error: unknown): OutputTargetError {
  return new OutputTargetError(writeMessages.notPutInPlace(folder.target, folder.staging, fileSystemReason(error)));
}

/** Whether anything is at `path`, a symbolic link leading nowhere included. */
function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
