/**
 * The body of one of the explorer's Web Workers: runs each replication it
 * is sent and posts back its record, or the error that stopped it. The same
 * function as a worker thread of the command line (experiment/study.ts).
 */
import { runOne } from '../../experiment/study.ts';
import type { WorkerReply, WorkerTask } from './messages.ts';

/** The worker's global scope, as far as this file uses it. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerTask>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { index, scenario, replication, weekly } = event.data;
  try {
    scope.postMessage({ index, record: runOne(scenario, replication, { weekly }) });
  } catch (error) {
    scope.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
};
