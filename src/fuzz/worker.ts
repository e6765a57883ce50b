/**
 * The body of a fuzzing worker thread: runs each file it is sent and posts
 * back the outcome. A file that hangs is stopped from outside, by the runner
 * ending the thread, so nothing here has to watch the clock.
 */
import { parentPort } from 'node:worker_threads';
import { type CaseBudget, runCase } from './run-case.ts';

/** What the runner sends: one file to run. */
export interface CaseRequest {
  index: number;
  text: string;
  file: string;
  budget: CaseBudget;
}

const port = parentPort;
if (port === null) throw new Error('src/fuzz/worker.ts runs only as a worker thread');

port.on('message', (request: CaseRequest) => {
  port.postMessage({ index: request.index, outcome: runCase(request.text, request.file, request.budget) });
});
