/** Benchmarks of the offender-management model: one replication of a bundled scenario on one core. */
import { buildModel, runModel } from '../model/model.ts';
import { loadScenario } from '../scenario/index.ts';

export interface ModelBenchmarkResult {
  benchmark: string;
  scenario: string;
  years: number;
  establishments: number;
  prisonersAtStart: number;
  staff: number;
  events: number;
  /** Building the model and running it, timed together. */
  wallSeconds: number;
  /** Of which building (establishments, staff, calibration, the initial population). */
  buildSeconds: number;
  /**
   * CPU time of the process over the same span, every thread included (the
   * garbage collector's helpers too): steadier than wall time on a busy machine.
   */
  cpuSeconds: number;
  eventsPerSecond: number;
  /** Peak resident memory of this process (MB). */
  peakRssMB: number;
}

/** Runs replication 0 of the scenario in `file` for `years` and reports its cost. */
export function benchmarkModel(benchmark: string, file: string, years: number): ModelBenchmarkResult {
  const { scenario } = loadScenario(file, { overrides: [`horizon.years=${years}`, 'warmup.weeks=0'] });
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const run = buildModel(scenario, { seed: `${scenario.seed}.0`, warmupWeeks: 0 });
  const built = performance.now();
  const prisonersAtStart = run.ctx.establishments.reduce((sum, e) => sum + e.population, 0);
  const staff = run.ctx.establishments.reduce((sum, e) => sum + [...e.allStaff()].length, 0);
  runModel(run);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const events = run.ctx.sim.processedCount;
  return {
    benchmark,
    scenario: scenario.name,
    years,
    establishments: run.ctx.establishments.length,
    prisonersAtStart,
    staff,
    events,
    wallSeconds,
    buildSeconds: (built - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    eventsPerSecond: events / wallSeconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}
