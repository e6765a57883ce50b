/**
 * A suggested warm-up by MSER-5 (White 1997; Franklin & White 2008): average
 * the series in batches of 5, and truncate where the standard error of the
 * mean of what remains is smallest, searching the first half only.
 */
export const MSER_BATCH = 5;

/** The number of leading observations to discard from `series` (a multiple of the batch size). */
export function mser5(series: readonly number[]): number {
  const batches: number[] = [];
  for (let i = 0; i + MSER_BATCH <= series.length; i += MSER_BATCH) {
    let sum = 0;
    for (let j = i; j < i + MSER_BATCH; j++) sum += series[j];
    batches.push(sum / MSER_BATCH);
  }
  const n = batches.length;
  if (n < 4) return 0;
  let best = 0;
  let bestStatistic = Infinity;
  for (let d = 0; d <= Math.floor(n / 2); d++) {
    const rest = batches.slice(d);
    const mean = rest.reduce((a, b) => a + b, 0) / rest.length;
    const squares = rest.reduce((a, b) => a + (b - mean) * (b - mean), 0);
    const statistic = squares / (rest.length * rest.length);
    if (statistic < bestStatistic) {
      bestStatistic = statistic;
      best = d;
    }
  }
  return best * MSER_BATCH;
}
