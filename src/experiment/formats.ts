/**
 * The result files of each kind of study, as types: what `run`, `compare`
 * and `sweep` write and what reports read back. Presentation reads only
 * these files, so a report can be re-rendered from a folder without re-running.
 */
import type { MetricSummary } from './interval.ts';
import type { StudySummary } from './summary.ts';

/** Which kind of study a folder holds (the name of its main JSON file tells too). */
export type StudyKind = 'run' | 'comparison' | 'sweep';

/** `summary.json` of `omsim run`: see StudySummary. Beside it: scenario.yaml, replications.csv, weekly.csv. */
export type RunSummaryFile = StudySummary;

/** One metric of one scenario in a comparison, with its paired difference from the first scenario. */
export interface ComparedMetric {
  scenario: string;
  summary: MetricSummary;
  /** Paired difference (this − first) across replications with common random numbers; absent for the first scenario. */
  difference?: MetricSummary & { excludesZero: boolean };
}

/**
 * `comparison.json` of `omsim compare a.yaml b.yaml …`. Beside it: one
 * subfolder per scenario (named by its position and name) holding that
 * scenario's run files, and comparison.csv with columns
 * metric,scenario,mean,low,high,n,diff_mean,diff_low,diff_high,excludes_zero.
 */
export interface ComparisonFile {
  omsim: { version: string };
  scenarios: { name: string; folder: string; summary: StudySummary }[];
  metrics: Record<string, ComparedMetric[]>;
}

/**
 * `sweep.json` of `omsim sweep`. Beside it: sweep.csv with columns
 * point,<one column per varied path>,metric,mean,low,high,n, and
 * sweep-replications.csv with point,<paths>,replication,seed,metric,value.
 */
export interface SweepFile {
  omsim: { version: string };
  /** The base scenario as normalised (before the varied values are applied). */
  scenario: StudySummary['scenario'];
  /** The dotted paths varied (one or two). */
  parameters: string[];
  points: { point: number; values: Record<string, number>; metrics: Record<string, MetricSummary> }[];
  study: { replications: number; warmupWeeks: number; horizonYears: number };
}
