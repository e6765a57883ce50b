/** Binomial acceptance regions, for tests that count how often something happens. */

/** log Γ(x) by Lanczos' approximation (g = 7, nine terms; relative error below 1e-13). */
function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0];
  for (let i = 1; i < 9; i++) a += c[i] / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  return Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

/**
 * The central acceptance region [low, high] of Binomial(n, p) at `level`:
 * P(X < low) ≤ (1 − level)/2 and P(X > high) ≤ (1 − level)/2, each as large
 * as allowed, so P(low ≤ X ≤ high) ≥ level.
 */
export function binomialAcceptance(n: number, p: number, level: number): { low: number; high: number; probability: number } {
  const tail = (1 - level) / 2;
  const cdf: number[] = [];
  let sum = 0;
  for (let k = 0; k <= n; k++) cdf.push((sum += binomialPmf(k, n, p)));
  let low = 0;
  while (cdf[low] <= tail) low++;
  let high = n;
  while (1 - cdf[high - 1] <= tail) high--;
  return { low, high, probability: cdf[high] - (low > 0 ? cdf[low - 1] : 0) };
}
