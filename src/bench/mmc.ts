/** The M/M/c engine benchmark: runs the queue model and reports its speed as one record. */
import { runQueueModel } from './queue-model.ts';

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

/** Runs the benchmark; only the simulation loop is timed. */
export function benchmarkMmc(options: MmcBenchmarkOptions): MmcBenchmarkResult {
  const started = performance.now();
  const result = runQueueModel({ ...options, monitor: false });
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
