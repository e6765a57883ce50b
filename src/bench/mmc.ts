/** The M/M/c engine benchmark: runs the queue model and reports its speed as one record. */
import type { Tally } from '../engine/index.ts';
import { runQueueModel } from './queue-model.ts';
import { checkQueueOptions } from './queue-options.ts';

export interface MmcBenchmarkOptions {
  lambda: number;
  mu: number;
  servers: number;
  customers: number;
  seed: number;
}

export interface MmcBenchmarkResult {
  customers: number;
  events: number;
  simTime: number;
  wq: number;
  w: number;
  utilisation: number;
  wallSeconds: number;
  eventsPerSecond: number;
  customersPerSecond: number;
}

/** What a queue benchmark needs from a run of the queue. */
export interface TimedQueueRun {
  customers: number;
  events: number;
  simTime: number;
  wq: Tally;
  w: Tally;
  utilisation: number;
}

/** Checks `options`, then times `run` on their queue and reports it as one record; only the simulation is timed. */
export function timeQueueRun<Options extends MmcBenchmarkOptions>(options: Options, run: (options: Options) => TimedQueueRun): MmcBenchmarkResult {
  checkQueueOptions(options);
  const started = performance.now();
  const result = run(options);
  const wallSeconds = (performance.now() - started) / 1000;
  return {
    customers: result.customers,
    events: result.events,
    simTime: result.simTime,
    wq: result.wq.mean,
    w: result.w.mean,
    utilisation: result.utilisation,
    wallSeconds,
    eventsPerSecond: result.events / wallSeconds,
    customersPerSecond: result.customers / wallSeconds,
  };
}

/** Runs the benchmark: the queue model through the engine's process and resource API. */
export function benchmarkMmc(options: MmcBenchmarkOptions): MmcBenchmarkResult {
  return timeQueueRun(options, (queue) => runQueueModel({ ...queue, monitor: false }));
}
