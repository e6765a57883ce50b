/**
 * One replication of the offender-management model, in three stages:
 *
 *   buildModel (establishments, staff, initial population, processes)
 *     → runModel (the simulation to the horizon)
 *       → extractResults (summary metrics and the weekly series)
 */
import { RandomStreams, Simulation } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import { receptionRate } from './calibration.ts';
import { establishmentConfig } from './config.ts';
import { hotCounters } from './counters.ts';
import type { ModelContext } from './context.ts';
import { Establishment } from './establishment.ts';
import { placeInitialPopulation } from './initial-population.ts';
import { countKeyWorkWeek } from './key-work.ts';
import { Metrics } from './metrics.ts';
import { measure, type ReplicationMeasurements } from './results.ts';
import { checkWeek } from './runaway.ts';
import { checkStaffThroughout } from './staff-limit.ts';
import { matchHeadCounts } from './staffing.ts';
import { countComWeek } from './stages/com.ts';
import { scheduleMonthOfOversight } from './stages/oversight.ts';
import { startReceptions } from './stages/reception.ts';
import { MONTH, WEEK, YEAR } from './time.ts';
import { scheduleTimeline } from './timeline.ts';
import { CaseloadSummary, snapshotWeek } from './weekly.ts';

export interface ReplicationOptions {
  /** The seed of this replication (streams are named under it). */
  seed: number | string;
  /** Weeks at the start whose statistics are discarded. */
  warmupWeeks: number;
}

/** A built model, ready to run. */
export interface ModelRun {
  readonly ctx: ModelContext;
  readonly caseloads: CaseloadSummary;
}

/** Builds establishments, staff and the initial population, and starts every process. */
export function buildModel(scenario: Scenario, options: ReplicationOptions): ModelRun {
  checkStaffThroughout(scenario);
  // Every prisoner holds timers months ahead (contacts, reviews, release);
  // week-wide calendar buckets keep them out of the heap until that week.
  const sim = new Simulation({ calendarBucketWidth: WEEK });
  const streams = new RandomStreams(options.seed);
  const horizon = scenario.horizon.years * YEAR;
  const measureFrom = Math.min(options.warmupWeeks * WEEK, horizon);
  const metrics = new Metrics(sim, measureFrom);
  const ctx: ModelContext = {
    sim,
    streams,
    params: scenario,
    establishments: [],
    metrics,
    counters: hotCounters(metrics),
    initialRng: streams.stream('initial-population'),
    horizon,
    staffEver: [],
    demandOfNobody: 0,
    nextPrisonerId: 0,
    nextStaffId: 0,
  };
  const groups = scenario.estate.length > 0 ? scenario.estate.flatMap((g) => Array.from({ length: g.count }, () => g)) : [null];
  groups.forEach((group, index) => {
    const name = group === null ? scenario.establishment.name : `${group.name} ${index + 1}`;
    const establishment = new Establishment(index, name, group, establishmentConfig(scenario, group), {
      arrivals: streams.stream(`arrivals/${index}`),
      people: streams.stream(`people/${index}`),
      decisions: streams.stream(`decisions/${index}`),
    });
    establishment.receptionRate = receptionRate(establishment.config.population, scenario);
    ctx.establishments.push(establishment);
  });
  for (const establishment of ctx.establishments) matchHeadCounts(ctx, establishment);
  placeInitialPopulation(ctx);
  for (const establishment of ctx.establishments) startReceptions(ctx, establishment);
  scheduleTimeline(ctx);
  const caseloads = new CaseloadSummary();
  startRoutines(ctx, caseloads);
  return { ctx, caseloads };
}

/** The weekly snapshot, the monthly oversight cycle, and the end of the warm-up. */
function startRoutines(ctx: ModelContext, caseloads: CaseloadSummary): void {
  const { sim, metrics } = ctx;
  sim.call(metrics.measureFrom, () => {
    metrics.startMeasuring();
    metrics.countIf(true, 'prisoners.initial', metrics.level('prisoners.population'));
  });
  sim.process(
    (function* weekly() {
      let eventsBefore = sim.processedCount;
      for (let week = 0; (week + 1) * WEEK <= ctx.horizon; week++) {
        yield (week + 1) * WEEK - sim.now;
        const measured = sim.now > metrics.measureFrom;
        // Under OMiC: the week's key work and the COMs' hours (nothing, and no draws, before it).
        countKeyWorkWeek(ctx);
        countComWeek(ctx);
        metrics.closeWeek(week, snapshotWeek(ctx, measured ? caseloads : null));
        // The event budget is checked here, once a week, rather than on every event.
        checkWeek(week, sim.processedCount - eventsBefore, metrics.weekly[metrics.weekly.length - 1].values);
        eventsBefore = sim.processedCount;
      }
    })(),
    'weekly snapshot',
  );
  sim.process(
    (function* monthly() {
      for (let month = 1; month * MONTH <= ctx.horizon; month++) {
        yield month * MONTH - sim.now;
        for (const establishment of ctx.establishments) scheduleMonthOfOversight(ctx, establishment);
      }
    })(),
    'monthly oversight',
  );
}

/** Runs the simulation to the horizon. */
export function runModel(run: ModelRun): void {
  run.ctx.sim.run({ until: run.ctx.horizon });
}

/** Runs one replication from start to finish (src/experiment/replication.ts reads its metrics by the catalogue). */
export function runAndMeasure(scenario: Scenario, options: ReplicationOptions): ReplicationMeasurements {
  const run = buildModel(scenario, options);
  runModel(run);
  return measure(run.ctx, run.caseloads);
}
