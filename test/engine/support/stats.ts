/**
 * Interval estimates for the engine's statistical tests: t-intervals across
 * independent replications, from the experiment layer's own summaries.
 */
import { summariseValues } from '../../../src/experiment/interval.ts';

export interface Interval {
  mean: number;
  halfWidth: number;
  low: number;
  high: number;
  n: number;
}

/** The two-sided `level` t-interval for the mean of independent observations. */
export function tInterval(values: readonly number[], level = 0.95): Interval {
  if (values.length < 2) throw new RangeError('a t-interval needs at least two observations');
  const { mean, ci95, n } = summariseValues(values, level);
  return { mean, halfWidth: (ci95[1] - ci95[0]) / 2, low: ci95[0], high: ci95[1], n };
}

/** Whether `value` lies inside the interval. */
export function covers(interval: Interval, value: number): boolean {
  return interval.low <= value && value <= interval.high;
}

/** "estimate ± half-width (relative %)" for messages and reports. */
export function describe(interval: Interval): string {
  const relative = (100 * interval.halfWidth) / Math.abs(interval.mean);
  return `${interval.mean.toPrecision(6)} ± ${interval.halfWidth.toPrecision(3)} (±${relative.toFixed(2)}%, n=${interval.n})`;
}
