/**
 * Sobol sensitivity indices by Saltelli's sampling scheme and Jansen's
 * estimators (Saltelli et al., Computer Physics Communications 181, 2010,
 * Table 2, estimators (f) and (b)): first-order S_i, the share of the
 * output's variance due to factor i alone, and total S_Ti, its share with all
 * its interactions.
 *
 * The design is two independent matrices A and B of N points in the unit
 * hypercube and, for each factor i, A with its column i taken from B
 * (AB_i): N × (k + 2) model runs. Intervals are percentile bootstraps over
 * the N rows. The model is a black box here; with omsim's common random
 * numbers every point of one replication shares its randomness, so the
 * noise in the differences f(A) − f(AB_i) is far smaller than in the outputs.
 */
import { RandomStream } from '../../engine/index.ts';
import { bootstrapInterval, type BootstrapOptions } from './bootstrap.ts';
import { checkOneOutputAPoint } from './outputs.ts';

/** The points to run, in the unit hypercube: A's rows, then B's, then each AB_i's. */
export interface SobolDesign {
  readonly factors: number;
  /** N, the rows of A and of B. */
  readonly base: number;
  /** N × (k + 2) points, each of `factors` coordinates in [0, 1). */
  readonly points: readonly Float64Array[];
}

/** Model runs a design of `base` rows and `factors` factors takes: N × (k + 2). */
export function sobolCost(base: number, factors: number): number {
  return base * (factors + 2);
}

/** Saltelli's design: A and B drawn uniformly from the stream seeded `seed`, then AB_1 … AB_k. */
export function sobolDesign(factors: number, base: number, seed = 'sobol'): SobolDesign {
  const rng = new RandomStream(seed);
  const draw = () => Float64Array.from({ length: factors }, () => rng.random());
  const a = Array.from({ length: base }, draw);
  const b = Array.from({ length: base }, draw);
  const points: Float64Array[] = [...a, ...b];
  for (let i = 0; i < factors; i++) {
    for (let row = 0; row < base; row++) {
      const mixed = Float64Array.from(a[row]);
      mixed[i] = b[row][i];
      points.push(mixed);
    }
  }
  return { factors, base, points };
}

export interface SobolIndex {
  readonly factor: number;
  readonly first: number;
  readonly firstInterval: [number, number];
  readonly total: number;
  readonly totalInterval: [number, number];
}

/** The outputs of a design's runs split into f(A), f(B) and each f(AB_i). */
function split(design: SobolDesign, outputs: readonly number[]): { fa: Float64Array; fb: Float64Array; fab: Float64Array[] } {
  checkOneOutputAPoint(design.points.length, outputs);
  const n = design.base;
  const slice = (k: number) => Float64Array.from(outputs.slice(k * n, (k + 1) * n));
  return { fa: slice(0), fb: slice(1), fab: Array.from({ length: design.factors }, (_, i) => slice(2 + i)) };
}

/** The variance of f(A) and f(B) together, over the rows at `rows`. */
function totalVariance(fa: Float64Array, fb: Float64Array, rows: Int32Array): number {
  let sum = 0;
  let squares = 0;
  for (const r of rows) {
    sum += fa[r] + fb[r];
    squares += fa[r] * fa[r] + fb[r] * fb[r];
  }
  const count = 2 * rows.length;
  const mean = sum / count;
  return squares / count - mean * mean;
}

/** Jansen's first-order estimate: (V − ½ E[(f(B) − f(AB_i))²]) / V. */
function firstOrder(fa: Float64Array, fb: Float64Array, fabi: Float64Array, rows: Int32Array): number {
  let squares = 0;
  for (const r of rows) squares += (fb[r] - fabi[r]) * (fb[r] - fabi[r]);
  const variance = totalVariance(fa, fb, rows);
  return (variance - squares / (2 * rows.length)) / variance;
}

/** Jansen's total-effect estimate: ½ E[(f(A) − f(AB_i))²] / V. */
function totalEffect(fa: Float64Array, fb: Float64Array, fabi: Float64Array, rows: Int32Array): number {
  let squares = 0;
  for (const r of rows) squares += (fa[r] - fabi[r]) * (fa[r] - fabi[r]);
  return squares / (2 * rows.length) / totalVariance(fa, fb, rows);
}

/** First-order and total indices of every factor, with bootstrap intervals. */
export function sobolIndices(design: SobolDesign, outputs: readonly number[], options: BootstrapOptions = {}): SobolIndex[] {
  const { fa, fb, fab } = split(design, outputs);
  const all = Int32Array.from({ length: design.base }, (_, r) => r);
  return fab.map((fabi, factor) => ({
    factor,
    first: firstOrder(fa, fb, fabi, all),
    firstInterval: bootstrapInterval(design.base, (rows) => firstOrder(fa, fb, fabi, rows), { ...options, seed: `${options.seed ?? 'sobol'}/first/${factor}` }),
    total: totalEffect(fa, fb, fabi, all),
    totalInterval: bootstrapInterval(design.base, (rows) => totalEffect(fa, fb, fabi, rows), { ...options, seed: `${options.seed ?? 'sobol'}/total/${factor}` }),
  }));
}
