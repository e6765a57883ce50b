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
  eventsPerSecond: number;
  /** Peak resident memory of this process (MB). */
  peakRssMB: number;
}

/** Runs replication 0 of the scenario in `file` for `years` and reports its cost. */
export function benchmarkModel(benchmark: string, file: string, years: number): ModelBenchmarkResult {
  const { scenario } = loadScenario(file, { overrides: [`horizon.years=${years}`, 'warmup.weeks=0'] });
  const started = performance.now();
  const run = buildModel(scenario, { seed: `${scenario.seed}.0`, warmupWeeks: 0 });
  const prisonersAtStart = run.ctx.establishments.reduce((sum, e) => sum + e.population, 0);
  const staff = run.ctx.establishments.reduce((sum, e) => sum + [...e.allStaff()].length, 0);
  runModel(run);
  const wallSeconds = (performance.now() - started) / 1000;
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
    eventsPerSecond: events / wallSeconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}
