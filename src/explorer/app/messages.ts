/** What the page and its Web Workers say to each other. */
import type { ReplicationRecord } from '../../experiment/study.ts';
import type { Scenario } from '../../scenario/schema/index.ts';

/** Replication `replication` of `scenario`, the task at `index` of the study. */
export interface WorkerTask {
  index: number;
  scenario: Scenario;
  replication: number;
  weekly: boolean;
}

/** The record of the task at `index`, or why it failed. */
export type WorkerReply = { index: number; record: ReplicationRecord } | { index: number; error: string };
