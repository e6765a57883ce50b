/** Runs every replication of a study and hands back their records in replication order. */
import type { Scenario } from '../scenario/schema/index.ts';
import { runOne, type ReplicationRecord } from './study.ts';

export interface StudyOptions {
  /** Called after each replication finishes (for progress bars). */
  onReplicationDone?: (done: number, total: number) => void;
}

/** Runs replications 0 … n−1 of `scenario` (n from the scenario). */
export function runStudy(scenario: Scenario, options: StudyOptions = {}): ReplicationRecord[] {
  const records: ReplicationRecord[] = [];
  for (let k = 0; k < scenario.replications; k++) {
    records.push(runOne(scenario, k));
    options.onReplicationDone?.(k + 1, scenario.replications);
  }
  return records;
}
