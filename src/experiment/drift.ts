/**
 * Whether a study has settled: how far the population and the backlog of
 * unfinished work still move across the second half of the measured period.
 *
 * A unit at steady state neither catches up nor falls behind, so its means
 * describe the unit and not the start-up. For each replication the second
 * half of the weeks after the warm-up is split in two; the change is the
 * mean of the last quarter less that of the quarter before it, and it is
 * summarised across replications with its 95% interval. A series is still
 * moving when the mean change is beyond the tolerance, 3% of its level or 5
 * (people or pieces of work) when that is more, as a practitioner would read a
 * weekly series for drift, and its interval leaves out no change at all: a
 * change a practitioner would notice, and more than the replications' noise.
 * Otherwise it has settled. Without the second test a unit whose backlog
 * wanders by more than the tolerance between one year and the next, as a
 * saturated one does, was called settled or moving by the seeds alone.
 */
import type { ReplicationRecord } from './study.ts';
import { summariseValues, type MetricSummary } from './interval.ts';

/** The weekly series watched for drift, each the sum of the weekly values named. */
export const driftSeries = {
  population: ['prisoners.population'],
  // Reports past their deadline and still open, and cases waiting for a supervisor: what MSER watches too.
  backlog: ['reports.backlog', 'cases.unallocated'],
} as const;

export type DriftSeries = keyof typeof driftSeries;

/** A change is drift once it exceeds this share of the level… */
export const DRIFT_TOLERANCE_SHARE = 0.03;
/** …or this many people or pieces of work, whichever is more. */
export const DRIFT_TOLERANCE_FLOOR = 5;

export interface Drift {
  /** The mean level over the third quarter of the measured weeks. */
  level: number;
  /** The last quarter's mean less the third quarter's, across replications. */
  change: MetricSummary;
  /** The change a week (the quarters' centres are a quarter of the measured weeks apart). */
  perWeek: number;
  /** The largest change counted as settled. */
  tolerance: number;
  /** Whether the change's 95% interval leaves out zero (true with one replication, whose change is all there is to go on). */
  beyondNoise: boolean;
  /** Whether the series has settled: not both beyond the tolerance and beyond noise (true too when too few weeks were measured to tell). */
  settled: boolean;
  /** Weeks measured in each replication (after the warm-up). */
  weeksMeasured: number;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? NaN : sum / values.length;
}

/** One replication's weekly values of `series` after `warmupWeeks`. */
function measuredSeries(record: ReplicationRecord, series: DriftSeries, warmupWeeks: number): number[] {
  const names = driftSeries[series];
  return record.weekly
    .filter((row) => row.week >= warmupWeeks)
    .map((row) => names.reduce((sum, name) => sum + (row.values[name] ?? 0), 0));
}

/** The drift of `series` across `records`, whose first `warmupWeeks` are left out. */
export function driftOf(records: readonly ReplicationRecord[], series: DriftSeries, warmupWeeks: number): Drift {
  const changes: number[] = [];
  const levels: number[] = [];
  let weeksMeasured = 0;
  for (const record of records) {
    const values = measuredSeries(record, series, warmupWeeks);
    weeksMeasured = values.length;
    const quarter = Math.floor(values.length / 4);
    if (quarter < 2) continue;
    const third = values.slice(values.length - 2 * quarter, values.length - quarter);
    const fourth = values.slice(values.length - quarter);
    levels.push(mean(third));
    changes.push(mean(fourth) - mean(third));
  }
  const change = summariseValues(changes);
  const level = mean(levels);
  const tolerance = Math.max(DRIFT_TOLERANCE_SHARE * Math.abs(level), DRIFT_TOLERANCE_FLOOR);
  const quarterWeeks = Math.floor(weeksMeasured / 4);
  const [low, high] = change.ci95;
  const beyondNoise = Number.isFinite(low) && Number.isFinite(high) ? low > 0 || high < 0 : change.n > 0;
  return {
    level,
    change,
    perWeek: quarterWeeks > 0 ? change.mean / quarterWeeks : NaN,
    tolerance,
    beyondNoise,
    settled: !(Math.abs(change.mean) > tolerance && beyondNoise),
    weeksMeasured,
  };
}

/** The drift of every watched series. */
export function studyDrift(records: readonly ReplicationRecord[], warmupWeeks: number): Record<DriftSeries, Drift> {
  return { population: driftOf(records, 'population', warmupWeeks), backlog: driftOf(records, 'backlog', warmupWeeks) };
}
