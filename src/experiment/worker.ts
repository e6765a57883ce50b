/**
 * The body of a replication worker thread: keeps the scenarios the pool sends
 * it, runs each replication asked for, and posts back its record (or the
 * error's stack).
 */
import { parentPort } from 'node:worker_threads';
import { RunawayError } from '../model/errors.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import type { WorkerReply, WorkerRequest } from './pool.ts';
import { runOne } from './study.ts';

const port = parentPort;
if (port === null) throw new Error('worker.ts runs only as a worker thread');

const scenarios = new Map<number, Scenario>();

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'scenario') {
    scenarios.set(request.id, request.scenario);
    return;
  }
  let reply: WorkerReply;
  try {
    const scenario = scenarios.get(request.scenarioId);
    if (scenario === undefined) throw new Error(`worker was sent no scenario ${request.scenarioId}`);
    reply = { index: request.index, record: runOne(scenario, request.replication, { weekly: request.weekly }) };
  } catch (error) {
    reply = { index: request.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    // A runaway run is the user's to fix: its parts go back so the pool can raise it again as itself.
    if (error instanceof RunawayError) reply.runaway = { message: error.message, parameters: error.parameters };
  }
  port.postMessage(reply);
});
