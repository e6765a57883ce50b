/**
 * Random streams: every distribution's sample mean and variance match theory,
 * and discrete frequencies pass chi-square tests.
 *
 * Moment tolerance: 4 standard errors, from the sample size n and the
 * distribution's own moments — σ/√n for the mean, and √((μ₄ − σ⁴)/n) for the
 * sample variance, μ₄ being the fourth central moment. A correct generator
 * fails one such check with probability about 6 × 10⁻⁵.
 *
 * Chi-square tests compare counts with expected counts at the 0.1% level,
 * against fixed critical values of the χ² distribution (standard tables).
 */
import { describe, expect, it } from 'vitest';
import { keyedUniform, RandomStreams, type RandomStream } from '../../src/engine/index.ts';

const N = 200_000;
const STANDARD_ERRORS = 4;

/** χ² critical values at the 0.1% level, by degrees of freedom. */
const CHI_SQUARE_999: Record<number, number> = { 1: 10.828, 2: 13.816, 3: 16.266, 4: 18.467, 5: 20.515, 11: 31.264, 30: 59.703 };

function stream(name: string): RandomStream {
  return new RandomStreams('random-tests').stream(name);
}

interface Theory {
  mean: number;
  variance: number;
  /** Fourth central moment. */
  mu4: number;
}

function sampleMoments(draw: () => number, n: number): { mean: number; variance: number } {
  const xs = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] = draw();
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i] - mean) ** 2;
  return { mean, variance: ss / (n - 1) };
}

function expectMoments(name: string, draw: () => number, theory: Theory, n = N): void {
  const sample = sampleMoments(draw, n);
  const meanTolerance = STANDARD_ERRORS * Math.sqrt(theory.variance / n);
  const varianceTolerance = STANDARD_ERRORS * Math.sqrt((theory.mu4 - theory.variance ** 2) / n);
  expect(Math.abs(sample.mean - theory.mean), `${name} mean ${sample.mean} vs ${theory.mean} (tolerance ${meanTolerance})`).toBeLessThanOrEqual(meanTolerance);
  expect(Math.abs(sample.variance - theory.variance), `${name} variance ${sample.variance} vs ${theory.variance} (tolerance ${varianceTolerance})`).toBeLessThanOrEqual(
    varianceTolerance,
  );
}

/** Pearson's χ² statistic for observed counts against expected probabilities. */
function chiSquare(counts: readonly number[], probabilities: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  let statistic = 0;
  for (let i = 0; i < counts.length; i++) {
    const expected = n * probabilities[i];
    statistic += (counts[i] - expected) ** 2 / expected;
  }
  return statistic;
}

function expectFrequencies(name: string, counts: readonly number[], probabilities: readonly number[]): void {
  const df = counts.length - 1;
  const critical = CHI_SQUARE_999[df];
  expect(critical, `no critical value tabulated for ${df} degrees of freedom`).toBeDefined();
  // Pearson's approximation needs enough expected in every cell.
  const n = counts.reduce((a, b) => a + b, 0);
  expect(Math.min(...probabilities) * n).toBeGreaterThanOrEqual(5);
  const statistic = chiSquare(counts, probabilities);
  expect(statistic, `${name}: χ² = ${statistic} on ${df} df`).toBeLessThanOrEqual(critical);
}

/** Fourth central moment from variance and excess kurtosis. */
const mu4 = (variance: number, excessKurtosis: number): number => variance * variance * (3 + excessKurtosis);

function poissonPmf(mean: number, k: number): number {
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return Math.exp(-mean + k * Math.log(mean) - logFactorial);
}

describe('continuous distributions', () => {
  it('random() is uniform on [0, 1): mean 1/2, variance 1/12', () => {
    const s = stream('random');
    expectMoments('random', () => s.random(), { mean: 0.5, variance: 1 / 12, mu4: 1 / 80 });
  });

  it('uniform(2, 5) has mean 3.5 and variance 0.75, and stays in [2, 5)', () => {
    const s = stream('uniform');
    let outside = 0;
    expectMoments(
      'uniform',
      () => {
        const x = s.uniform(2, 5);
        if (x < 2 || x >= 5) outside++;
        return x;
      },
      { mean: 3.5, variance: 0.75, mu4: 81 / 80 },
    );
    expect(outside).toBe(0);
  });

  it('exponential(2) has mean 2 and variance 4', () => {
    const s = stream('exponential');
    expectMoments('exponential', () => s.exponential(2), { mean: 2, variance: 4, mu4: 9 * 16 });
  });

  it('normal(10, 3) has mean 10 and variance 9 (both draws of each polar pair)', () => {
    const s = stream('normal');
    expectMoments('normal', () => s.normal(10, 3), { mean: 10, variance: 9, mu4: 3 * 81 });
  });

  it('normal() defaults to the standard normal', () => {
    const s = stream('standard normal');
    expectMoments('standard normal', () => s.normal(), { mean: 0, variance: 1, mu4: 3 });
  });

  it('lognormal(0.5, 0.4) has mean e^(μ+σ²/2) and variance (e^σ² − 1)e^(2μ+σ²)', () => {
    const s = stream('lognormal');
    const [m, sigma2] = [0.5, 0.16];
    const variance = (Math.exp(sigma2) - 1) * Math.exp(2 * m + sigma2);
    const excess = Math.exp(4 * sigma2) + 2 * Math.exp(3 * sigma2) + 3 * Math.exp(2 * sigma2) - 6;
    expectMoments('lognormal', () => s.lognormal(m, Math.sqrt(sigma2)), { mean: Math.exp(m + sigma2 / 2), variance, mu4: mu4(variance, excess) });
  });

  it('gamma(3, 2) has mean 6 and variance 12', () => {
    const s = stream('gamma 3');
    expectMoments('gamma(3, 2)', () => s.gamma(3, 2), { mean: 6, variance: 12, mu4: 3 * 3 * 5 * 16 });
  });

  it('gamma(0.5, 1), drawn through the shape-below-one boost, has mean 0.5 and variance 0.5', () => {
    const s = stream('gamma 0.5');
    expectMoments('gamma(0.5, 1)', () => s.gamma(0.5), { mean: 0.5, variance: 0.5, mu4: 3 * 0.5 * 2.5 });
  });

  it('gamma(1, 1.5) is exponential with mean 1.5', () => {
    const s = stream('gamma 1');
    expectMoments('gamma(1, 1.5)', () => s.gamma(1, 1.5), { mean: 1.5, variance: 2.25, mu4: 9 * 1.5 ** 4 });
  });

  it('triangular(1, 2, 6) has mean 3 and variance 21/18, and stays in [1, 6]', () => {
    const s = stream('triangular');
    const variance = (1 + 4 + 36 - 2 - 6 - 12) / 18;
    let outside = 0;
    expectMoments(
      'triangular',
      () => {
        const x = s.triangular(1, 2, 6);
        if (x < 1 || x > 6) outside++;
        return x;
      },
      { mean: 3, variance, mu4: mu4(variance, -0.6) },
    );
    expect(outside).toBe(0);
  });

  it('empirical(sample) interpolates uniformly between neighbouring sorted values', () => {
    const sample = [1, 2, 4, 8, 9];
    // A mixture, with equal weights, of uniforms on each gap between neighbours.
    const gaps = sample.slice(1).map((b, i) => [sample[i], b]);
    const mean = gaps.reduce((acc, [a, b]) => acc + (a + b) / 2, 0) / gaps.length;
    const central = (k: number): number =>
      gaps.reduce((acc, [a, b]) => acc + ((b - mean) ** (k + 1) - (a - mean) ** (k + 1)) / ((k + 1) * (b - a)), 0) / gaps.length;
    const s = stream('empirical');
    expectMoments('empirical', () => s.empirical(sample), { mean, variance: central(2), mu4: central(4) });
  });
});

describe('discrete distributions', () => {
  it('integer(1, 6) has mean 3.5 and variance 35/12', () => {
    const s = stream('integer moments');
    expectMoments('integer', () => s.integer(1, 6), { mean: 3.5, variance: 35 / 12, mu4: (2 * (2.5 ** 4 + 1.5 ** 4 + 0.5 ** 4)) / 6 });
  });

  it('integer(1, 6) gives each face equally often (χ²)', () => {
    const s = stream('integer frequencies');
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[s.integer(1, 6) - 1]++;
    expectFrequencies('integer', counts, new Array(6).fill(1 / 6));
  });

  it('bernoulli(0.3) is true with probability 0.3', () => {
    const s = stream('bernoulli');
    const p = 0.3;
    expectMoments('bernoulli', () => (s.bernoulli(p) ? 1 : 0), { mean: p, variance: p * (1 - p), mu4: p * (1 - p) * (1 - 3 * p + 3 * p * p) });
  });

  for (const mean of [0.5, 3.5, 29.5]) {
    it(`poisson(${mean}) by multiplication has mean and variance ${mean}`, () => {
      const s = stream(`poisson ${mean}`);
      expectMoments(`poisson(${mean})`, () => s.poisson(mean), { mean, variance: mean, mu4: mean * (1 + 3 * mean) });
    });
  }

  for (const mean of [30, 100, 2500]) {
    it(`poisson(${mean}) by transformed rejection has mean and variance ${mean}`, () => {
      const s = stream(`poisson ${mean}`);
      expectMoments(`poisson(${mean})`, () => s.poisson(mean), { mean, variance: mean, mu4: mean * (1 + 3 * mean) });
    });
  }

  it('poisson of a mean of zero or less is 0', () => {
    const s = stream('poisson zero');
    expect(s.poisson(0)).toBe(0);
    expect(s.poisson(-2)).toBe(0);
  });

  it('poisson(4) frequencies match the Poisson probabilities (χ², 0 … 10 and 11 or more)', () => {
    const s = stream('poisson frequencies 4');
    const counts = new Array(12).fill(0);
    for (let i = 0; i < 100_000; i++) counts[Math.min(11, s.poisson(4))]++;
    const probabilities = Array.from({ length: 11 }, (_, k) => poissonPmf(4, k));
    probabilities.push(1 - probabilities.reduce((a, b) => a + b, 0));
    expectFrequencies('poisson(4)', counts, probabilities);
  });

  it('poisson(50) frequencies match the Poisson probabilities (χ², 35 or less, 36 … 64, 65 or more)', () => {
    const s = stream('poisson frequencies 50');
    const counts = new Array(31).fill(0);
    for (let i = 0; i < 100_000; i++) counts[Math.max(0, Math.min(30, s.poisson(50) - 35))]++;
    let low = 0;
    for (let k = 0; k <= 35; k++) low += poissonPmf(50, k);
    const probabilities = [low, ...Array.from({ length: 29 }, (_, i) => poissonPmf(50, 36 + i))];
    probabilities.push(1 - probabilities.reduce((a, b) => a + b, 0));
    expectFrequencies('poisson(50)', counts, probabilities);
  });

  it('discrete(weights) picks each index in proportion to its weight (χ²)', () => {
    const s = stream('discrete');
    const weights = [1, 2, 3, 4];
    const counts = new Array(4).fill(0);
    for (let i = 0; i < 100_000; i++) counts[s.discrete(weights)]++;
    expectFrequencies('discrete', counts, weights.map((w) => w / 10));
  });

  it('discrete(weights) never picks an index of weight zero', () => {
    const s = stream('discrete zero');
    const weights = [0, 1, 0, 3, 0];
    const counts = new Array(5).fill(0);
    for (let i = 0; i < 40_000; i++) counts[s.discrete(weights)]++;
    expect([counts[0], counts[2], counts[4]]).toEqual([0, 0, 0]);
    expectFrequencies('discrete with zeros', [counts[1], counts[3]], [0.25, 0.75]);
  });

  it('discrete(weights) with no positive weight throws', () => {
    const s = stream('discrete none');
    expect(() => s.discrete([0, 0])).toThrow(RangeError);
    expect(() => s.discrete([])).toThrow(RangeError);
  });

  it('pick(values) picks each value equally often, and pick(values, weights) in proportion (χ²)', () => {
    const s = stream('pick');
    const values = ['a', 'b', 'c', 'd', 'e'];
    const equal = new Map(values.map((v) => [v, 0]));
    for (let i = 0; i < 50_000; i++) {
      const v = s.pick(values);
      equal.set(v, (equal.get(v) as number) + 1);
    }
    expectFrequencies('pick', [...equal.values()], new Array(5).fill(0.2));
    const weighted = [0, 0, 0];
    const names = ['x', 'y', 'z'];
    for (let i = 0; i < 50_000; i++) weighted[names.indexOf(s.pick(names, [5, 3, 2]))]++;
    expectFrequencies('weighted pick', weighted, [0.5, 0.3, 0.2]);
    expect(() => s.pick([])).toThrow(RangeError);
  });
});

describe('streams', () => {
  it('a stream name may be taken only once per set of streams', () => {
    const streams = new RandomStreams(1);
    streams.stream('arrivals');
    expect(() => streams.stream('arrivals')).toThrow(/already/);
    expect(() => new RandomStreams(1).stream('arrivals')).not.toThrow();
  });

  it('empirical of one value always gives that value, and of none throws', () => {
    const s = stream('empirical edge');
    expect(s.empirical([4])).toBe(4);
    expect(() => s.empirical([])).toThrow(RangeError);
  });
});

describe('keyedUniform', () => {
  it('is uniform: 100,000 draws over keys and counters fill ten equal bins within 4 standard errors each', () => {
    const bins = new Array(10).fill(0);
    for (let key = 0; key < 1000; key++) for (let counter = 0; counter < 100; counter++) bins[Math.floor(keyedUniform(key, counter) * 10)]++;
    const expected = 10_000;
    for (const count of bins) expect(Math.abs(count - expected)).toBeLessThan(4 * Math.sqrt(expected * 0.9));
  });

  it('gives successive counters of one key uncorrelated draws (lag-1 correlation within 4 standard errors of 0)', () => {
    const n = 50_000;
    const u = Array.from({ length: n }, (_, i) => keyedUniform(99, i));
    const mean = u.reduce((a, b) => a + b, 0) / n;
    let cov = 0;
    let variance = 0;
    for (let i = 0; i < n; i++) {
      variance += (u[i] - mean) ** 2;
      if (i > 0) cov += (u[i] - mean) * (u[i - 1] - mean);
    }
    expect(Math.abs(cov / variance)).toBeLessThan(4 / Math.sqrt(n));
  });

  it('depends on the key and the counter alone', () => {
    expect(keyedUniform(5, 3)).toBe(keyedUniform(5, 3));
    expect(keyedUniform(5, 3)).not.toBe(keyedUniform(5, 4));
    expect(keyedUniform(5, 3)).not.toBe(keyedUniform(6, 3));
  });
});
