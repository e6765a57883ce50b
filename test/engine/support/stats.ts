/**
 * Interval estimates for the engine's statistical tests: Student's t
 * quantile and t-intervals across independent replications.
 */

/**
 * Student's t cumulative distribution with `df` (a whole number of) degrees
 * of freedom, by the finite series of Abramowitz and Stegun 26.7.3 and 26.7.4.
 */
export function studentTCdf(t: number, df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`degrees of freedom must be a whole number >= 1; found ${df}`);
  const theta = Math.atan(t / Math.sqrt(df));
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  // A(t | df) = P(|T| <= t) for t >= 0.
  let a: number;
  if (df % 2 === 1) {
    let sum = 0;
    let term = c;
    for (let k = 3; k <= df; k += 2) {
      sum += term;
      term *= (c * c * (k - 1)) / k;
    }
    a = (2 / Math.PI) * (theta + (df > 1 ? s * sum : 0));
  } else {
    let sum = 0;
    let term = 1;
    for (let k = 2; k <= df; k += 2) {
      sum += term;
      term *= (c * c * (k - 1)) / k;
    }
    a = s * sum;
  }
  return 0.5 + 0.5 * a;
}

/** The p-quantile of Student's t with `df` degrees of freedom, by bisection. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie in (0, 1); found ${p}`);
  let low = -1e3;
  let high = 1e3;
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export interface Interval {
  mean: number;
  halfWidth: number;
  low: number;
  high: number;
  n: number;
}

/** The two-sided `level` t-interval for the mean of independent observations. */
export function tInterval(values: readonly number[], level = 0.95): Interval {
  const n = values.length;
  if (n < 2) throw new RangeError('a t-interval needs at least two observations');
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const halfWidth = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { mean, halfWidth, low: mean - halfWidth, high: mean + halfWidth, n };
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
