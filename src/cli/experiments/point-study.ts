/**
 * Running a study whose units are the points of a design (a sweep, a
 * sensitivity analysis) into its results folder: every point with the
 * scenario's replications, on worker threads, each finished point saved at
 * once in the staging folder so that a killed study resumes (`--resume`)
 * without redoing it. The finished folder is the same, byte for byte,
 * however often the study was interrupted and whatever the number of workers.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allTasks, replicationsOf, taskPosition, tasksOf, type PointDesign, type UnitRecords } from '../../experiment/design.ts';
import { outcomeOf, type StudyOutcome } from '../../experiment/outcome.ts';
import { runTasks } from '../../experiment/pool.ts';
import { decodePointFile, encodePointFile } from '../../experiment/point-file.ts';
import { encodeJson, fingerprintOf } from '../../experiment/shard-file.ts';
import type { ReplicationRecord } from '../../experiment/study.ts';
import { checkStudyFits } from '../../experiment/study-size.ts';
import { fileSystemReason, isFileSystemRefusal } from '../../report/file-system-errors.ts';
import { FolderLock } from '../../report/folder-lock.ts';
import { writeMessages } from '../../report/messages.ts';
import { checkOutputTarget, OutputTargetError } from '../../report/output-target.ts';
import { studyFiles } from '../../report/read/study-folder.ts';
import { ResumableFolder } from '../../report/resumable-folder.ts';
import { UserError } from '../errors.ts';
import { startProgress } from '../progress.ts';
import { version } from '../version.ts';
import { clearStaleStaging } from './study-folder.ts';
import { commitOrBeside, fillFolder } from './write-folder.ts';

export interface PointStudyOptions {
  /** The results folder. */
  target: string;
  workers: number;
  resume: boolean;
  quiet: boolean;
}

/** What the study is called in messages and on the progress bar: "sweep", "sensitivity analysis". */
const nounOf = (design: PointDesign) => (design.kind === 'sweep' ? 'sweep' : 'sensitivity analysis');

/** Working files of a point study in its staging folder, removed when it completes. */
const definitionFile = (design: PointDesign) => `${design.kind}-definition.json`;
const pointsFolder = 'points';

/** Runs (or resumes) the study into `options.target`, one process at a time; returns its outcome and where its folder went. */
export async function runPointStudy(design: PointDesign, options: PointStudyOptions): Promise<StudyOutcome & { written: string }> {
  const noun = nounOf(design);
  const folder = new ResumableFolder(options.target);
  checkStudyFits(design);
  if (!existsSync(options.target)) checkOutputTarget(options.target);
  // One process at a time writes a study's staging folder: two --resume of one study would both finish it, into each other's way.
  const lock = new FolderLock(`${folder.staging}.lock`);
  const taken = takeLock(lock, noun);
  if (!taken.held) throw new UserError(lockedMessage(noun, folder.staging, lock.path, taken.holder));
  try {
    return await writePointStudy(folder, design, options);
  } finally {
    lock.release();
  }
}

/** Starts or resumes the study in its staging folder (the lock held), runs what is left and puts the finished folder in place. */
async function writePointStudy(folder: ResumableFolder, design: PointDesign, options: PointStudyOptions): Promise<StudyOutcome & { written: string }> {
  const target = folder.target;
  const noun = nounOf(design);
  // Checked with the lock held: a study that another process finished meanwhile is no longer there to resume.
  if (existsSync(target)) {
    if (options.resume) throw new UserError(`--resume found no unfinished ${noun}: ${target} is ${whatIsAt(target, design)}, and an unfinished ${noun} would be in ${folder.staging}`);
    throw new UserError(`output folder ${target} already exists; choose another --out or remove it`);
  }
  if (options.resume && !folder.started()) throw new UserError(`--resume found no unfinished ${noun}: nothing is in ${folder.staging}, where one would be`);
  clearStaleStaging(target);
  try {
    const finished = startOrResume(folder, design, options.resume, options.quiet);
    if (options.resume && !options.quiet) {
      process.stderr.write(`omsim: resuming ${target}: ${finished.size} of ${design.points.length} points finished, ${design.points.length - finished.size} to run\n`);
    }
    const records = await runRemaining(folder, design, finished, options);
    const outcome = outcomeOf(design, records, version);
    await fillFolder(folder, outcome);
    // The finished points stay until the final folder is in place: a study stopped before then can still resume.
    const written = commitOrBeside(folder);
    for (const working of [pointsFolder, definitionFile(design)]) rmSync(join(written, working), { recursive: true, force: true });
    return { ...outcome, written };
  } catch (error) {
    // A full disk, say: every point finished so far is in the staging folder, for --resume.
    throw isFileSystemRefusal(error) ? new OutputTargetError(writeMessages.sweepNotWritten(target, folder.staging, fileSystemReason(error), noun)) : error;
  }
}

/** Takes the study's lock; a file system that refuses the lock file (a full disk, say) is said in words. */
function takeLock(lock: FolderLock, noun: string): ReturnType<FolderLock['acquire']> {
  try {
    return lock.acquire();
  } catch (error) {
    throw isFileSystemRefusal(error) ? new OutputTargetError(writeMessages.lockNotTaken(lock.path, fileSystemReason(error), noun)) : error;
  }
}

/** Why a study cannot be written now: another omsim holds its staging folder. */
function lockedMessage(noun: string, staging: string, lock: string, holder: number | undefined): string {
  if (holder === undefined) return `${lock} locks the ${noun} in ${staging} but names no process; if no omsim is writing that ${noun}, remove ${lock} and run again`;
  return `another omsim (process ${holder}) is writing the ${noun} in ${staging} now; wait for it to finish, then run again (if that process is not omsim, remove ${lock})`;
}

/** Records the study's definition in a new staging folder, or checks it against one left by an earlier attempt; returns the points already finished. */
function startOrResume(folder: ResumableFolder, design: PointDesign, resume: boolean, quiet: boolean): Map<number, ReplicationRecord[]> {
  const parameters = design.kind === 'sweep' ? design.parameters : design.factors.map((f) => f.path);
  const definition = encodeJson({ omsim: { version }, fingerprint: fingerprintOf(design), parameters, points: design.points });
  const noun = nounOf(design);
  if (!folder.started()) {
    folder.write(definitionFile(design), definition);
    return new Map();
  }
  if (!resume) {
    throw new UserError(`an unfinished ${noun} is in ${folder.staging}; add --resume to continue it, or remove that folder to start again`);
  }
  if (folder.read(definitionFile(design)) !== definition) {
    const settings = design.kind === 'sweep' ? 'scenario, --set, --vary, --seed, --reps or omsim version' : 'scenario, --set, --method, --factors, --metrics, --seed, --reps or omsim version';
    throw new UserError(`the unfinished ${noun} in ${folder.staging} was started with other settings (${settings}); resume it with the same ones, or remove that folder to start again`);
  }
  return readFinishedPoints(folder, design, quiet);
}

/**
 * Point files of an earlier attempt; each was written atomically, so one that
 * is present is complete. One that is not as omsim wrote it (edited, or
 * damaged) is not trusted: its point is run again, and the user told so.
 */
function readFinishedPoints(folder: ResumableFolder, design: PointDesign, quiet: boolean): Map<number, ReplicationRecord[]> {
  const finished = new Map<number, ReplicationRecord[]>();
  for (const point of design.points) {
    const name = `${pointsFolder}/${pointFileName(design, point.point)}`;
    const text = folder.read(name);
    if (text === undefined) continue;
    const saved = decodePointFile(text, design, point.point);
    if ('records' in saved) finished.set(point.point, saved.records);
    else if (!quiet) process.stderr.write(`omsim: ${join(folder.staging, name)} is not the finished point omsim wrote: ${saved.problem}; point ${point.point} will run again\n`);
  }
  return finished;
}

/** Runs the points not yet finished, saving each as its last replication comes in. */
async function runRemaining(folder: ResumableFolder, design: PointDesign, finished: Map<number, ReplicationRecord[]>, options: PointStudyOptions): Promise<UnitRecords> {
  const replications = replicationsOf(design);
  const records: UnitRecords = design.points.map((p) => finished.get(p.point) ?? new Array(replications));
  const todo = allTasks(design).filter((i) => !finished.has(taskPosition(design, i).unit));
  // Replications still to come in at each point.
  const remaining = new Map(design.points.map((p) => [p.point, finished.has(p.point) ? 0 : replications]));
  const total = design.points.length * replications;
  const progress = startProgress(design.kind, total, options.quiet);
  let done = total - todo.length;
  progress.update(done, total);
  await runTasks(tasksOf(design, todo), options.workers, (index, record) => {
    const { unit, replication } = taskPosition(design, todo[index]);
    records[unit][replication] = record;
    const left = (remaining.get(unit) ?? 0) - 1;
    remaining.set(unit, left);
    if (left === 0) folder.write(`${pointsFolder}/${pointFileName(design, unit)}`, encodePointFile(unit, records[unit]));
    progress.update(++done, total);
  });
  progress.stop();
  return records;
}

/** What lies at a path that is not an unfinished study, in words. */
function whatIsAt(path: string, design: PointDesign): string {
  const stats = statSync(path);
  if (!stats.isDirectory()) return 'a file';
  if (readdirSync(path).length === 0) return 'an empty folder';
  return existsSync(join(path, studyFiles[design.kind])) ? `a finished ${nounOf(design)}` : 'a folder of other results';
}

function pointFileName(design: PointDesign, point: number): string {
  return `point-${String(point).padStart(String(design.points.length - 1).length, '0')}.json`;
}
