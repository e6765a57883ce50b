/** Summaries of a metric across replications: mean, standard deviation and a t-based 95% interval. */
import { mean as meanOf, sampleStandardDeviation } from 'simple-statistics';
import { tQuantile } from './t-distribution.ts';

export interface MetricSummary {
  mean: number;
  sd: number;
  /** 95% confidence interval for the mean (t-based); [NaN, NaN] with fewer than two values. */
  ci95: [number, number];
  /** Replications whose value could be computed (not NaN). */
  n: number;
  /** Why the metric is undefined (null) in every replication, in words: only when n is 0. */
  undefinedBecause?: string;
}

/** Summarises values, ignoring NaN (a metric that could not be computed in that replication). */
export function summariseValues(values: readonly number[], confidence = 0.95): MetricSummary {
  const finite = values.filter((v) => !Number.isNaN(v));
  const n = finite.length;
  if (n === 0) return { mean: NaN, sd: NaN, ci95: [NaN, NaN], n: 0 };
  const mean = meanOf(finite);
  if (n === 1) return { mean, sd: NaN, ci95: [NaN, NaN], n };
  const sd = sampleStandardDeviation(finite);
  const half = tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { mean, sd, ci95: [mean - half, mean + half], n };
}

