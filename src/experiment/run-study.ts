/** Runs the replications of a study on worker threads and hands back their records in replication order. */
import type { Scenario } from '../scenario/schema/index.ts';
import { allTasks, byUnit, tasksOf, type StudyDesign, type UnitRecords } from './design.ts';
import { defaultWorkers, runTasks } from './pool.ts';
import type { ReplicationRecord } from './study.ts';

export interface StudyOptions {
  /** Worker threads (default: every core). The results do not depend on it. */
  workers?: number;
  /** Called after each replication finishes (for progress bars). */
  onReplicationDone?: (done: number, total: number) => void;
}

/** Runs replications 0 … n−1 of `scenario` (n from the scenario). */
export async function runStudy(scenario: Scenario, options: StudyOptions = {}): Promise<ReplicationRecord[]> {
  const [records] = await runDesign({ kind: 'run', scenario }, options);
  return records;
}

/** Runs every replication of every unit of a study. */
export async function runDesign(design: StudyDesign, options: StudyOptions = {}): Promise<UnitRecords> {
  return byUnit(design, await runSlice(design, allTasks(design), options));
}

/** Runs the tasks at the given flat positions; records in the order of `indices`. */
export async function runSlice(design: StudyDesign, indices: readonly number[], options: StudyOptions = {}): Promise<ReplicationRecord[]> {
  let done = 0;
  const onDone = () => options.onReplicationDone?.(++done, indices.length);
  return runTasks(tasksOf(design, indices), options.workers ?? defaultWorkers(), onDone);
}
