/**
 * Benchmarks of the experiment layer, each one JSON record: the speed-up of
 * worker threads on a study, and a sweep end to end (loading, running,
 * writing the folder).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStudy } from '../experiment/run-study.ts';
import { loadScenario } from '../scenario/index.ts';
import { sweepScenario } from './experiments/sweep.ts';

export interface WorkersBenchmarkOptions {
  scenario: string;
  reps: number;
  workers: number;
}

export interface WorkersBenchmarkResult {
  benchmark: 'workers';
  scenario: string;
  replications: number;
  horizonYears: number;
  cores: number;
  workers: number;
  /** Wall time of the study on one thread, and on `workers` threads (thread start-up included). */
  wallSecondsOneWorker: number;
  wallSecondsWorkers: number;
  speedup: number;
  /**
   * CPU seconds of the whole process (every thread) per wall second, in each
   * run: about 1 on one thread, about `workers` when the threads really run
   * side by side. It shows the cores were used even when other programs on
   * the machine hold down the speed-up.
   */
  coresUsedOneWorker: number;
  coresUsedWorkers: number;
  /** Whether both gave the same records (they must). */
  identical: boolean;
}

/** The study run on one thread, then on `workers` threads. */
export async function benchmarkWorkers(options: WorkersBenchmarkOptions): Promise<WorkersBenchmarkResult> {
  const { scenario } = loadScenario(options.scenario, { overrides: [`replications=${options.reps}`] });
  const one = await timed(() => runStudy(scenario, { workers: 1 }));
  const many = await timed(() => runStudy(scenario, { workers: options.workers }));
  return {
    benchmark: 'workers',
    scenario: options.scenario,
    replications: options.reps,
    horizonYears: scenario.horizon.years,
    cores: availableParallelism(),
    workers: options.workers,
    wallSecondsOneWorker: one.seconds,
    wallSecondsWorkers: many.seconds,
    speedup: one.seconds / many.seconds,
    coresUsedOneWorker: one.cpuSeconds / one.seconds,
    coresUsedWorkers: many.cpuSeconds / many.seconds,
    identical: JSON.stringify(one.value) === JSON.stringify(many.value),
  };
}

export interface SweepBenchmarkOptions {
  scenario: string;
  vary: string;
  reps: number;
  workers: number;
}

export interface SweepBenchmarkResult {
  benchmark: 'sweep';
  scenario: string;
  vary: string;
  replications: number;
  workers: number;
  cores: number;
  /** Wall time from loading the scenario to the finished folder. */
  wallSeconds: number;
}

/** A sweep written to a temporary folder (removed afterwards). */
export async function benchmarkSweep(options: SweepBenchmarkOptions): Promise<SweepBenchmarkResult> {
  const folder = mkdtempSync(join(tmpdir(), 'omsim-bench-sweep-'));
  try {
    const run = await timed(() =>
      sweepScenario({ file: options.scenario, overrides: [`replications=${options.reps}`], vary: [options.vary], workers: options.workers, out: join(folder, 'sweep'), resume: false, quiet: true, json: false }),
    );
    return { benchmark: 'sweep', scenario: options.scenario, vary: options.vary, replications: options.reps, workers: options.workers, cores: availableParallelism(), wallSeconds: run.seconds };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Wall time and CPU time (all threads of the process) of some work. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}
