/**
 * Percentile bootstrap intervals for a statistic of paired samples: resample
 * the rows with replacement, recompute, and read the interval off the sorted
 * replicates. The resampling draws from a named stream, so the same seed
 * gives the same interval.
 */
import { RandomStream } from '../../engine/index.ts';

/** The statistic's value on the rows at `indices` (each row may appear more than once). */
export type Statistic = (indices: Int32Array) => number;

export interface BootstrapOptions {
  /** How many resamples (default 1,000). */
  resamples?: number;
  /** Two-sided coverage (default 0.95). */
  confidence?: number;
  /** Seed of the resampling stream. */
  seed?: string;
}

/** The percentile interval [low, high] of `statistic` over `rows` rows. */
export function bootstrapInterval(rows: number, statistic: Statistic, options: BootstrapOptions = {}): [number, number] {
  const resamples = options.resamples ?? 1_000;
  const confidence = options.confidence ?? 0.95;
  const rng = new RandomStream(options.seed ?? 'bootstrap');
  const indices = new Int32Array(rows);
  const values: number[] = [];
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < rows; i++) indices[i] = Math.floor(rng.random() * rows);
    const value = statistic(indices);
    if (!Number.isNaN(value)) values.push(value);
  }
  if (values.length === 0) return [NaN, NaN];
  values.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return [quantileOfSorted(values, tail), quantileOfSorted(values, 1 - tail)];
}

/** The p-quantile of sorted values, interpolating between neighbours. */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
