/**
 * Morris's elementary effects (Morris, Technometrics 33, 1991), with
 * Campolongo's μ* (Campolongo, Cariboni & Saltelli 2007): r trajectories
 * through a p-level grid of the unit hypercube, each moving one factor at a
 * time by Δ = p / (2(p − 1)). An elementary effect is the change in the
 * output over the step, divided by the step as a share of the factor's
 * range: the output's change were the factor moved across its whole range at
 * that slope. μ* (the mean absolute effect) ranks the factors, μ (the mean)
 * says in which direction, and σ (their spread) shows interaction or
 * non-linearity. Intervals are percentile bootstraps over the trajectories.
 */
import { RandomStream } from '../../engine/index.ts';
import { mean as meanOf, sampleStandardDeviation } from 'simple-statistics';
import { bootstrapInterval, type BootstrapOptions } from './bootstrap.ts';
import { checkOneOutputAPoint } from './outputs.ts';

/** One step of a trajectory: from point `from` to point `to`, factor `factor` moved by `step` (a share of its range, ±Δ). */
export interface MorrisStep {
  readonly trajectory: number;
  readonly factor: number;
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

export interface MorrisDesign {
  readonly factors: number;
  readonly trajectories: number;
  readonly levels: number;
  /** r × (k + 1) points in the unit hypercube, trajectory by trajectory. */
  readonly points: readonly Float64Array[];
  readonly steps: readonly MorrisStep[];
}

/** Model runs a design takes: r × (k + 1). */
export function morrisCost(trajectories: number, factors: number): number {
  return trajectories * (factors + 1);
}

/**
 * r random trajectories on a grid of `levels` (even) levels: each starts at a
 * grid point from which every factor can move Δ in its own random direction,
 * then moves the factors one at a time, in random order.
 */
export function morrisDesign(factors: number, trajectories: number, levels = 4, seed = 'morris'): MorrisDesign {
  if (levels < 2 || levels % 2 !== 0) throw new RangeError(`the grid must have an even number of levels, at least 2; found ${levels}`);
  const rng = new RandomStream(seed);
  const delta = levels / (2 * (levels - 1));
  const points: Float64Array[] = [];
  const steps: MorrisStep[] = [];
  for (let t = 0; t < trajectories; t++) {
    const directions = Array.from({ length: factors }, () => (rng.random() < 0.5 ? -1 : 1));
    // Grid levels g/(p−1) from which a move of ±Δ stays in [0, 1]: the lower half for +Δ, the upper for −Δ.
    const start = Float64Array.from(directions, (d) => {
      const g = rng.integer(0, levels / 2 - 1);
      return (d > 0 ? g : g + levels / 2) / (levels - 1);
    });
    const order = shuffled(factors, rng);
    let point = start;
    points.push(point);
    for (const factor of order) {
      const next = Float64Array.from(point);
      next[factor] += directions[factor] * delta;
      steps.push({ trajectory: t, factor, from: points.length - 1, to: points.length, step: directions[factor] * delta });
      points.push(next);
      point = next;
    }
  }
  return { factors, trajectories, levels, points, steps };
}

function shuffled(n: number, rng: RandomStream): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.integer(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface MorrisIndex {
  readonly factor: number;
  /** Mean absolute elementary effect, and its interval. */
  readonly muStar: number;
  readonly muStarInterval: [number, number];
  /** Mean elementary effect. */
  readonly mu: number;
  readonly muInterval: [number, number];
  /** Standard deviation of the elementary effects. */
  readonly sigma: number;
  readonly sigmaInterval: [number, number];
}

/** Each factor's elementary effects, one a trajectory, from the outputs of the design's points. */
export function elementaryEffects(design: MorrisDesign, outputs: readonly number[]): Float64Array[] {
  checkOneOutputAPoint(design.points.length, outputs);
  const effects = Array.from({ length: design.factors }, () => new Float64Array(design.trajectories));
  for (const s of design.steps) effects[s.factor][s.trajectory] = (outputs[s.to] - outputs[s.from]) / s.step;
  return effects;
}

/** μ*, μ and σ of every factor, with bootstrap intervals over the trajectories. */
export function morrisIndices(design: MorrisDesign, outputs: readonly number[], options: BootstrapOptions = {}): MorrisIndex[] {
  const seed = options.seed ?? 'morris';
  return elementaryEffects(design, outputs).map((effects, factor) => {
    const over = (rows: Int32Array, of: (values: number[]) => number) => of(Array.from(rows, (r) => effects[r]));
    const all = Int32Array.from({ length: design.trajectories }, (_, r) => r);
    const muStar = (v: number[]) => meanOf(v.map(Math.abs));
    const sigma = (v: number[]) => (v.length < 2 ? NaN : sampleStandardDeviation(v));
    const interval = (name: string, of: (values: number[]) => number) =>
      bootstrapInterval(design.trajectories, (rows) => over(rows, of), { ...options, seed: `${seed}/${name}/${factor}` });
    return {
      factor,
      muStar: over(all, muStar),
      muStarInterval: interval('muStar', muStar),
      mu: over(all, meanOf),
      muInterval: interval('mu', meanOf),
      sigma: over(all, sigma),
      sigmaInterval: interval('sigma', sigma),
    };
  });
}
