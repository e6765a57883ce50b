/** Draws from the distributions a scenario describes. */
import { exp, ln, type RandomStream } from '../engine/index.ts';
import type { Distribution } from '../scenario/schema/index.ts';

/** One draw from `distribution`. */
export function draw(rng: RandomStream, distribution: Distribution): number {
  switch (distribution.type) {
    case 'fixed':
      return distribution.value;
    case 'lognormal': {
      const x = rng.lognormal(ln(Math.max(distribution.median, 1e-9)), distribution.sigma);
      return clamp(x, distribution.min ?? 0, distribution.max ?? Infinity);
    }
    case 'gamma': {
      if (distribution.sd === 0) return distribution.mean;
      const shape = square(distribution.mean / distribution.sd);
      return rng.gamma(shape, distribution.mean / shape);
    }
    case 'uniform':
      return rng.uniform(distribution.min, distribution.max);
    case 'triangular':
      return rng.triangular(distribution.min, distribution.mode, distribution.max);
    case 'empirical':
      return rng.empirical(sortedCopy(distribution.values));
  }
}

const sortedSamples = new WeakMap<readonly number[], number[]>();

function sortedCopy(values: readonly number[]): number[] {
  let sorted = sortedSamples.get(values);
  if (sorted === undefined) {
    sorted = [...values].sort((a, b) => a - b);
    sortedSamples.set(values, sorted);
  }
  return sorted;
}

function square(x: number): number {
  return x * x;
}

function clamp(x: number, low: number, high: number): number {
  return x < low ? low : x > high ? high : x;
}

const weightLists = new WeakMap<object, number[]>();

/** A key drawn with probability proportional to its share. */
export function drawKey<K extends string>(rng: RandomStream, shares: Record<K, number>, keys: readonly K[]): K {
  // Scenarios are frozen, so each shares object's weights can be listed once.
  let weights = weightLists.get(shares);
  if (weights === undefined) {
    weights = keys.map((k) => shares[k]);
    weightLists.set(shares, weights);
  }
  return keys[rng.discrete(weights)];
}

/** A value no draw exceeds (or, for unbounded distributions, one that draws practically never exceed). */
export function upperBound(distribution: Distribution): number {
  switch (distribution.type) {
    case 'fixed':
      return distribution.value;
    case 'lognormal':
      return distribution.max ?? distribution.median * exp(6 * distribution.sigma);
    case 'gamma':
      return distribution.mean + 12 * distribution.sd;
    case 'uniform':
    case 'triangular':
      return distribution.max;
    case 'empirical':
      // A loop, not Math.max(...values): a sample may hold 100,000 values, too many to pass as arguments.
      return distribution.values.reduce((a, b) => (b > a ? b : a), -Infinity);
  }
}
