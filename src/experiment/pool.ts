/**
 * A pool of worker threads running replications, so a study uses every core.
 *
 * Each replication is a pure function of its scenario and its index, so the
 * pool hands back records by task position, never by the order they finish
 * in: the results are the same whatever the number of workers. With one
 * worker it runs the replications on the calling thread (no thread to start).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RunawayError } from '../model/errors.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import { ExperimentError } from './errors.ts';
import { runOne, type ReplicationRecord } from './study.ts';
import { workerEntry } from './worker-bundle.ts';

/** One replication to run: replication `replication` of `scenario`. */
export interface ReplicationTask {
  scenario: Scenario;
  replication: number;
  /** Keep the weekly series (default true). */
  weekly?: boolean;
}

/** What the pool posts to a worker: a scenario (once per worker), then tasks that name it by id. */
export type WorkerRequest =
  | { type: 'scenario'; id: number; scenario: Scenario }
  | { type: 'task'; index: number; scenarioId: number; replication: number; weekly: boolean };

/** What a worker posts back for the task at `index`. */
export type WorkerReply =
  | { index: number; record: ReplicationRecord }
  | { index: number; error: string; runaway?: { message: string; parameters: readonly string[] } };

/** Called as each task finishes, with its position in the task list. */
export type OnTaskDone = (index: number, record: ReplicationRecord) => void;

/** The default number of workers: every core this process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Checks a --workers value: a whole number of at least 1. */
export function checkWorkers(workers: number): number {
  if (!Number.isInteger(workers) || workers < 1) throw new ExperimentError(`--workers must be a whole number of at least 1; found ${workers}`);
  return workers;
}

interface Slot {
  worker: Worker;
  /** Ids of the scenarios this worker has been sent. */
  known: Set<number>;
}

export class ReplicationPool {
  private readonly slots: Slot[] = [];
  // Scenarios are sent to each worker once and then named by id: a sweep sends each point's scenario once, not once a replication.
  private readonly scenarioIds = new WeakMap<Scenario, number>();
  private nextScenarioId = 0;

  constructor(readonly size: number = defaultWorkers()) {
    checkWorkers(size);
  }

  /** Runs every task; records come back in task order. */
  async run(tasks: readonly ReplicationTask[], onDone?: OnTaskDone): Promise<ReplicationRecord[]> {
    if (this.size === 1 || tasks.length <= 1) return this.runHere(tasks, onDone);
    const count = Math.min(this.size, tasks.length);
    if (this.slots.length < count) {
      const entry = await workerEntry();
      while (this.slots.length < count) this.slots.push({ worker: new Worker(entry), known: new Set() });
    }
    return this.runThreaded(tasks, this.slots.slice(0, count), onDone);
  }

  /** Stops every worker thread. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private async runHere(tasks: readonly ReplicationTask[], onDone?: OnTaskDone): Promise<ReplicationRecord[]> {
    const records: ReplicationRecord[] = [];
    for (const [index, task] of tasks.entries()) {
      // Yield between replications so timers (the progress bar) and signals are served.
      await new Promise((resolve) => setImmediate(resolve));
      const record = runOne(task.scenario, task.replication, { weekly: task.weekly });
      records.push(record);
      onDone?.(index, record);
    }
    return records;
  }

  private runThreaded(tasks: readonly ReplicationTask[], slots: readonly Slot[], onDone?: OnTaskDone): Promise<ReplicationRecord[]> {
    const records: ReplicationRecord[] = new Array(tasks.length);
    let next = 0;
    let finished = 0;
    return new Promise((resolve, reject) => {
      const detachers: (() => void)[] = [];
      let settled = false;
      const settle = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        for (const detach of detachers) detach();
        if (error === undefined) resolve(records);
        else {
          // Stop the other workers' replications at once; the pool starts fresh ones if used again.
          void this.close();
          reject(error);
        }
      };
      const feed = (slot: Slot): void => {
        if (settled || next >= tasks.length) return;
        const index = next++;
        this.send(slot, tasks[index], index);
      };
      for (const slot of slots) {
        const onMessage = (reply: WorkerReply): void => {
          if ('error' in reply) {
            // A runaway run is raised again as itself, so the command line reports it as the user's to fix.
            if (reply.runaway !== undefined) return settle(new RunawayError(reply.runaway.message, reply.runaway.parameters));
            return settle(new Error(`replication ${tasks[reply.index].replication} failed in a worker thread: ${reply.error}`));
          }
          records[reply.index] = reply.record;
          finished++;
          try {
            onDone?.(reply.index, reply.record);
          } catch (error) {
            return settle(error);
          }
          if (finished === tasks.length) settle();
          else feed(slot);
        };
        const onError = (error: Error): void => settle(error);
        const onExit = (code: number): void => settle(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
        slot.worker.on('message', onMessage);
        slot.worker.on('error', onError);
        slot.worker.on('exit', onExit);
        detachers.push(() => {
          slot.worker.off('message', onMessage);
          slot.worker.off('error', onError);
          slot.worker.off('exit', onExit);
        });
      }
      for (const slot of slots) feed(slot);
    });
  }

  private send(slot: Slot, task: ReplicationTask, index: number): void {
    const scenarioId = this.idOf(task.scenario);
    if (!slot.known.has(scenarioId)) {
      slot.worker.postMessage({ type: 'scenario', id: scenarioId, scenario: task.scenario } satisfies WorkerRequest);
      slot.known.add(scenarioId);
    }
    slot.worker.postMessage({ type: 'task', index, scenarioId, replication: task.replication, weekly: task.weekly !== false } satisfies WorkerRequest);
  }

  private idOf(scenario: Scenario): number {
    let id = this.scenarioIds.get(scenario);
    if (id === undefined) {
      id = this.nextScenarioId++;
      this.scenarioIds.set(scenario, id);
    }
    return id;
  }
}

/** Runs tasks on a pool of `workers` threads made for the purpose and closed afterwards. */
export async function runTasks(tasks: readonly ReplicationTask[], workers: number, onDone?: OnTaskDone): Promise<ReplicationRecord[]> {
  const pool = new ReplicationPool(workers);
  try {
    return await pool.run(tasks, onDone);
  } finally {
    await pool.close();
  }
}
