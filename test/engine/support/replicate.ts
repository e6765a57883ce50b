/**
 * Runs independent replications of the bench queue model on worker threads
 * (one per core, at most two), so the queueing tests use both cores.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { QueueModelOptions, QueueModelResult } from '../../../src/bench/queue-model.ts';

/** A replication's result as plain numbers (the tallies reduced to their means), as it crosses from a worker. */
export type ReplicationSummary = Omit<QueueModelResult, 'wq' | 'w' | 'wqByClass' | 'customers' | 'events' | 'simTime' | 'busy'> & {
  wq: number;
  w: number;
  /** Customers measured (after the warm-up). */
  measured: number;
  wqByClass: number[];
};

type Reply = { id: number; summary?: ReplicationSummary; error?: string };

/** A fixed set of worker threads, each running one replication at a time. */
export class ReplicationPool {
  private readonly workers: Worker[];

  constructor(size = Math.min(2, availableParallelism())) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => new Worker(new URL('./queue-worker.mjs', import.meta.url)));
  }

  /** Runs one replication per seed, with otherwise equal options; results in seed order. */
  async run(options: Omit<QueueModelOptions, 'seed'>, seeds: readonly string[]): Promise<ReplicationSummary[]> {
    const results: ReplicationSummary[] = new Array(seeds.length);
    let next = 0;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const finish = (error?: Error): void => {
              worker.off('message', onMessage);
              worker.off('error', finish);
              if (error) reject(error);
              else resolve();
            };
            const feed = (): void => {
              if (next >= seeds.length) return finish();
              const id = next++;
              worker.postMessage({ id, options: { ...options, seed: seeds[id] } });
            };
            const onMessage = (reply: Reply): void => {
              if (reply.error !== undefined) return finish(new Error(reply.error));
              results[reply.id] = reply.summary as ReplicationSummary;
              feed();
            };
            worker.on('message', onMessage);
            worker.on('error', finish);
            feed();
          }),
      ),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** `count` seeds named after `base`: "base/0", "base/1", … */
export function seeds(base: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${base}/${i}`);
}
