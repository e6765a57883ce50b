/** The summary of a study: every metric's mean, spread and interval across replications, with what is needed to reproduce it. */
import type { Scenario } from '../scenario/schema/index.ts';
import { studyDrift, type Drift, type DriftSeries } from './drift.ts';
import { summariseValues, type MetricSummary } from './interval.ts';
import { measuredPeriod, type MeasuredPeriod } from './measured-period.ts';
import { summaryMetricOf, undefinedReason } from './metric-catalogue.ts';
import { warmupWeeksOf, type ReplicationRecord } from './study.ts';
import { mser5 } from './warmup.ts';

export interface StudySummary {
  omsim: { version: string };
  scenario: Scenario;
  study: {
    replications: number;
    seeds: string[];
    horizonYears: number;
    warmupWeeks: number;
    /** The period the totals are over: the horizon less the warm-up, in weeks and years. */
    measured?: MeasuredPeriod;
    /** MSER-5 on the weekly report backlog, averaged over replications (weeks). */
    suggestedWarmupWeeks: number;
    /** How far the population and the backlog still move across the second half of the measured period (drift.ts). */
    drift?: Record<DriftSeries, Drift>;
  };
  metrics: Record<string, MetricSummary>;
}

/** Every metric name any replication reported, sorted, so outputs do not depend on the order events happened. */
export function metricNames(records: readonly ReplicationRecord[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record.metrics)) names.add(name);
  return [...names].sort();
}

export function summariseStudy(scenario: Scenario, records: readonly ReplicationRecord[], version: string): StudySummary {
  const ordered = [...records].sort((a, b) => a.replication - b.replication);
  const metrics: Record<string, MetricSummary> = {};
  for (const name of metricNames(ordered)) {
    // A counter a replication never touched is 0 there, not missing.
    metrics[name] = withReason(name, summariseValues(ordered.map((r) => r.metrics[name] ?? 0)));
  }
  return {
    omsim: { version },
    scenario,
    study: {
      replications: ordered.length,
      seeds: ordered.map((r) => r.seed),
      horizonYears: scenario.horizon.years,
      warmupWeeks: warmupWeeksOf(scenario),
      measured: measuredPeriod(scenario),
      suggestedWarmupWeeks: suggestWarmup(ordered),
      drift: studyDrift(ordered, warmupWeeksOf(scenario)),
    },
    metrics,
  };
}

/** A summary of a metric undefined in every replication, with the reason the catalogue gives for it. */
function withReason(name: string, summary: MetricSummary): MetricSummary {
  const metric = summaryMetricOf(name);
  if (summary.n > 0 || metric === undefined) return summary;
  return { ...summary, undefinedBecause: undefinedReason(metric) };
}

/** MSER-5 on each replication's weekly backlog of unfinished reports plus unallocated cases, averaged. */
export function suggestWarmup(records: readonly ReplicationRecord[]): number {
  if (records.length === 0) return 0;
  const cuts = records.map((r) => mser5(r.weekly.map((w) => (w.values['reports.backlog'] ?? 0) + (w.values['cases.unallocated'] ?? 0))));
  return Math.round(cuts.reduce((a, b) => a + b, 0) / cuts.length);
}
