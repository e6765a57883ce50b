/**
 * `omsim sweep`'s work: every point of the grid with the scenario's
 * replications, on worker threads, each finished point saved at once in the
 * staging folder so that a killed sweep resumes (`--resume`) without redoing
 * it. The finished folder is the same, byte for byte, however often the
 * sweep was interrupted and whatever the number of workers.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allTasks, replicationsOf, taskPosition, tasksOf, type SweepDesign, type UnitRecords } from '../../experiment/design.ts';
import { loadSweepDesign } from '../../experiment/load-design.ts';
import { summaryMetricNames } from '../../experiment/metric-catalogue.ts';
import { checkTargetMetric, formatTarget, parseTarget } from '../../experiment/target.ts';
import { outcomeOf, type StudyOutcome } from '../../experiment/outcome.ts';
import { runTasks } from '../../experiment/pool.ts';
import { decodePointFile, encodePointFile } from '../../experiment/point-file.ts';
import { encodeJson, fingerprintOf } from '../../experiment/shard-file.ts';
import type { Slice } from '../../experiment/shards.ts';
import type { ReplicationRecord } from '../../experiment/study.ts';
import { checkStudyFits } from '../../experiment/study-size.ts';
import { toJson } from '../../report/json.ts';
import { fileSystemReason, isFileSystemRefusal } from '../../report/file-system-errors.ts';
import { FolderLock } from '../../report/folder-lock.ts';
import { writeMessages } from '../../report/messages.ts';
import { checkOutputTarget, OutputTargetError } from '../../report/output-target.ts';
import { studyFiles } from '../../report/read/study-folder.ts';
import { ResumableFolder } from '../../report/resumable-folder.ts';
import { UserError } from '../errors.ts';
import { defaultOutputFolder } from '../output-path.ts';
import { startProgress } from '../progress.ts';
import { version } from '../version.ts';
import { defaultShardFolder, runShard } from './shard.ts';
import { clearStaleStaging } from './study-folder.ts';
import { commitOrBeside, fillFolder } from './write-folder.ts';
import { sweepTable } from './sweep-table.ts';

export interface SweepOptions {
  file: string;
  /** --set, --seed and --reps. */
  overrides: readonly string[];
  vary: readonly string[];
  workers: number;
  slice?: Slice;
  out?: string;
  resume: boolean;
  /** Metrics to chart against caseload, and a target to draw (see SweepDisplay). */
  chart?: readonly string[];
  target?: string;
  quiet: boolean;
  json: boolean;
}

/** Working files of a sweep in its staging folder, removed when it completes. */
const definitionFile = 'sweep-definition.json';
const pointsFolder = 'points';

export async function sweepScenario(options: SweepOptions): Promise<void> {
  if (options.resume && options.out === undefined) throw new UserError('--resume needs --out, the folder of the sweep to resume');
  if (options.resume && options.slice) throw new UserError('--resume is for a sweep on one machine; a shard is re-run whole');
  const design = withDisplay(loadSweepDesign(options.file, options.overrides, options.vary), options.chart ?? [], options.target);
  if (options.slice) {
    await runShard(design, options.slice, { workers: options.workers, folder: options.out ?? defaultShardFolder(`${design.scenario.name}-sweep`), quiet: options.quiet, label: 'sweep' });
    return;
  }
  const target = options.out ?? defaultOutputFolder(`${design.scenario.name}-sweep`);
  const folder = new ResumableFolder(target);
  checkStudyFits(design);
  if (!existsSync(target)) checkOutputTarget(target);
  // One process at a time writes a sweep's staging folder: two --resume of one sweep would both finish it, into each other's way.
  const lock = new FolderLock(`${folder.staging}.lock`);
  const taken = takeLock(lock);
  if (!taken.held) throw new UserError(lockedMessage(folder.staging, lock.path, taken.holder));
  try {
    const outcome = await writeSweep(folder, design, options);
    if (outcome.kind !== 'sweep') return;
    if (options.json) process.stdout.write(toJson(outcome.sweep));
    else if (!options.quiet) process.stdout.write(`${sweepTable(outcome.sweep, outcome.written)}\n`);
  } finally {
    lock.release();
  }
}

/** Starts or resumes the sweep in its staging folder (the lock held), runs what is left and puts the finished folder in place. */
async function writeSweep(folder: ResumableFolder, design: SweepDesign, options: SweepOptions): Promise<StudyOutcome & { written: string }> {
  const target = folder.target;
  // Checked with the lock held: a sweep that another process finished meanwhile is no longer there to resume.
  if (existsSync(target)) {
    if (options.resume) throw new UserError(`--resume found no unfinished sweep: ${target} is ${whatIsAt(target)}, and an unfinished sweep would be in ${folder.staging}`);
    throw new UserError(`output folder ${target} already exists; choose another --out or remove it`);
  }
  if (options.resume && !folder.started()) throw new UserError(`--resume found no unfinished sweep: nothing is in ${folder.staging}, where one would be`);
  clearStaleStaging(target);
  try {
    const finished = startOrResume(folder, design, options.resume, options.quiet);
    if (options.resume && !options.quiet) {
      process.stderr.write(`omsim: resuming ${target}: ${finished.size} of ${design.points.length} points finished, ${design.points.length - finished.size} to run\n`);
    }
    const records = await runRemaining(folder, design, finished, options);
    const outcome = outcomeOf(design, records, version);
    await fillFolder(folder, outcome);
    // The finished points stay until the final folder is in place: a sweep stopped before then can still resume.
    const written = commitOrBeside(folder);
    for (const working of [pointsFolder, definitionFile]) rmSync(join(written, working), { recursive: true, force: true });
    return { ...outcome, written };
  } catch (error) {
    // A full disk, say: every point finished so far is in the staging folder, for --resume.
    throw isFileSystemRefusal(error) ? new OutputTargetError(writeMessages.sweepNotWritten(target, folder.staging, fileSystemReason(error))) : error;
  }
}

/** Takes the sweep's lock; a file system that refuses the lock file (a full disk, say) is said in words. */
function takeLock(lock: FolderLock): ReturnType<FolderLock['acquire']> {
  try {
    return lock.acquire();
  } catch (error) {
    throw isFileSystemRefusal(error) ? new OutputTargetError(writeMessages.lockNotTaken(lock.path, fileSystemReason(error))) : error;
  }
}

/** Why a sweep cannot be written now: another omsim holds its staging folder. */
function lockedMessage(staging: string, lock: string, holder: number | undefined): string {
  if (holder === undefined) return `${lock} locks the sweep in ${staging} but names no process; if no omsim is writing that sweep, remove ${lock} and run again`;
  return `another omsim (process ${holder}) is writing the sweep in ${staging} now; wait for it to finish, then run again (if that process is not omsim, remove ${lock})`;
}

/** Records the sweep's definition in a new staging folder, or checks it against one left by an earlier attempt; returns the points already finished. */
function startOrResume(folder: ResumableFolder, design: SweepDesign, resume: boolean, quiet: boolean): Map<number, ReplicationRecord[]> {
  const definition = encodeJson({ omsim: { version }, fingerprint: fingerprintOf(design), parameters: design.parameters, points: design.points });
  if (!folder.started()) {
    folder.write(definitionFile, definition);
    return new Map();
  }
  if (!resume) {
    throw new UserError(`an unfinished sweep is in ${folder.staging}; add --resume to continue it, or remove that folder to start again`);
  }
  if (folder.read(definitionFile) !== definition) {
    throw new UserError(
      `the unfinished sweep in ${folder.staging} was started with other settings (scenario, --set, --vary, --seed, --reps or omsim version); resume it with the same ones, or remove that folder to start again`,
    );
  }
  return readFinishedPoints(folder, design, quiet);
}

/**
 * Point files of an earlier attempt; each was written atomically, so one that
 * is present is complete. One that is not as omsim wrote it (edited, or
 * damaged) is not trusted: its point is run again, and the user told so.
 */
function readFinishedPoints(folder: ResumableFolder, design: SweepDesign, quiet: boolean): Map<number, ReplicationRecord[]> {
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
async function runRemaining(folder: ResumableFolder, design: SweepDesign, finished: Map<number, ReplicationRecord[]>, options: SweepOptions): Promise<UnitRecords> {
  const replications = replicationsOf(design);
  const records: UnitRecords = design.points.map((p) => finished.get(p.point) ?? new Array(replications));
  const todo = allTasks(design).filter((i) => !finished.has(taskPosition(design, i).unit));
  // Replications still to come in at each point.
  const remaining = new Map(design.points.map((p) => [p.point, finished.has(p.point) ? 0 : replications]));
  const total = design.points.length * replications;
  const progress = startProgress('sweep', total, options.quiet);
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

/**
 * The sweep with the chart chosen by --chart and --target, their metrics
 * checked against those a replication reports before anything runs; the
 * target's metric is drawn even if not named in --chart.
 */
function withDisplay(design: SweepDesign, chart: readonly string[], targetText: string | undefined): SweepDesign {
  if (chart.length === 0 && targetText === undefined) return design;
  const target = targetText === undefined ? undefined : parseTarget(targetText);
  const measures = [...new Set([...chart, ...(target ? [target.metric] : [])])];
  for (const metric of measures) checkTargetMetric({ metric, comparison: '>=', threshold: 0 }, summaryMetricNames, metric === target?.metric ? '--target' : '--chart');
  return { ...design, display: { measures, ...(target ? { target: { ...target, text: formatTarget(target) } } : {}) } };
}

/** What lies at a path that is not an unfinished sweep, in words. */
function whatIsAt(path: string): string {
  const stats = statSync(path);
  if (!stats.isDirectory()) return 'a file';
  if (readdirSync(path).length === 0) return 'an empty folder';
  return existsSync(join(path, studyFiles.sweep)) ? 'a finished sweep' : 'a folder of other results';
}

function pointFileName(design: SweepDesign, point: number): string {
  return `point-${String(point).padStart(String(design.points.length - 1).length, '0')}.json`;
}
