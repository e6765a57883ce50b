/** Quantiles of Student's t distribution, for confidence intervals from a few replications. */
import { exp, pow, tan } from '../engine/index.ts';
import { normalQuantile } from './normal-distribution.ts';

/**
 * The p-quantile of Student's t with `df` degrees of freedom, by Hill's
 * algorithm (Comm. ACM 13:617, 1970): exact for 1 and 2 degrees of freedom,
 * and within about 1e-7 of the true value beyond.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie strictly between 0 and 1; found ${p}`);
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be at least 1; found ${df}`);
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const q = upper ? 2 * (1 - p) : 2 * p; // two-sided tail probability
  const t = hillTwoSided(q, df);
  return upper ? t : -t;
}

/** The t value whose two-sided tail probability is `q`. */
function hillTwoSided(q: number, n: number): number {
  if (n === 1) return tan((Math.PI * (1 - q)) / 2);
  if (n === 2) return Math.sqrt(2 / (q * (2 - q)) - 2);
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
  let x = d * q;
  let y = pow(x, 2 / n);
  if (y > 0.05 + a) {
    // Asymptotic inverse expansion about the normal.
    x = normalQuantile(q / 2);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = a * y * y;
    y = y > 0.002 ? exp(y) - 1 : 0.5 * y * y + y;
  } else {
    y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) * (n + 1) / (n + 2) + 1 / y;
  }
  return Math.sqrt(n * y);
}
