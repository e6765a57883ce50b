/**
 * A pool of Web Workers running replications, one per core the browser
 * reports. Records are kept by task position, so the results do not depend
 * on which worker finished first (as with the command line's worker
 * threads). Cancel stops every worker at once; the next run starts new ones.
 */
import type { ReplicationTask } from '../../experiment/pool.ts';
import type { ReplicationRecord } from '../../experiment/study.ts';
import type { Runner } from '../studies.ts';
import type { WorkerReply, WorkerTask } from './messages.ts';

/** Thrown by a run that was cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export class WorkerPool implements Runner {
  private workers: Worker[] = [];
  private stop: ((error: Error) => void) | undefined;

  /** `script` is the workers' code, as a URL (a blob: URL, which a page opened from file:// may start). */
  constructor(
    private readonly script: string,
    readonly size: number,
  ) {}

  run(tasks: readonly ReplicationTask[], onDone: (index: number, record: ReplicationRecord) => void): Promise<ReplicationRecord[]> {
    const records: ReplicationRecord[] = new Array(tasks.length);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      if (tasks.length === 0) return resolve(records);
      const fail = (error: Error) => {
        this.stop = undefined;
        this.terminate();
        reject(error);
      };
      this.stop = fail;
      const send = (worker: Worker) => {
        if (next >= tasks.length) return;
        const index = next++;
        const { scenario, replication, weekly = true } = tasks[index];
        const message: WorkerTask = { index, scenario, replication, weekly };
        worker.postMessage(message);
      };
      const count = Math.min(this.size, tasks.length);
      while (this.workers.length < count) this.workers.push(new Worker(this.script));
      for (const worker of this.workers.slice(0, count)) {
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if ('error' in reply) return fail(new Error(reply.error));
          records[reply.index] = reply.record;
          done++;
          onDone(reply.index, reply.record);
          if (done === tasks.length) {
            this.stop = undefined;
            resolve(records);
          } else send(worker);
        };
        worker.onerror = (event) => fail(new Error(event.message || 'a worker failed'));
        send(worker);
      }
    });
  }

  /** Stops the run in progress (its promise rejects with Cancelled). */
  cancel(): void {
    this.stop?.(new Cancelled());
  }

  private terminate(): void {
    for (const worker of this.workers.splice(0)) worker.terminate();
  }
}
