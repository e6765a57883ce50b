/** Statistics accumulators: Tally, TimeWeighted and Histogram against direct calculation. */
import { describe, expect, it } from 'vitest';
import { Histogram, RandomStreams, Tally, TimeWeighted } from '../../src/engine/index.ts';

/** Mean and sample variance by the textbook two-pass method. */
function twoPass(xs: readonly number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('Tally', () => {
  it('agrees with a two-pass calculation of count, mean, variance, min, max and sum', () => {
    const rng = new RandomStreams(7).stream('tally');
    const xs = Array.from({ length: 10_000 }, () => rng.lognormal(1, 1));
    const tally = new Tally();
    for (const x of xs) tally.add(x);
    const expected = twoPass(xs);
    expect(tally.count).toBe(xs.length);
    expect(tally.mean).toBeCloseTo(expected.mean, 10);
    expect(tally.variance / expected.variance).toBeCloseTo(1, 10);
    expect(tally.sd).toBeCloseTo(Math.sqrt(expected.variance), 10);
    expect(tally.min).toBe(Math.min(...xs));
    expect(tally.max).toBe(Math.max(...xs));
    expect(tally.sum).toBeCloseTo(xs.reduce((a, b) => a + b, 0), 6);
  });

  it('keeps its precision for small spreads around a large offset, where the sum-of-squares formula fails', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => 1e9 + (i % 10) * 0.001);
    const tally = new Tally();
    for (const x of xs) tally.add(x);
    const expected = twoPass(xs);
    expect(tally.variance / expected.variance).toBeCloseTo(1, 6);
  });

  it('has NaN variance with fewer than two observations, and forgets everything on reset', () => {
    const tally = new Tally();
    expect(tally.variance).toBeNaN();
    tally.add(3);
    expect(tally.mean).toBe(3);
    expect(tally.variance).toBeNaN();
    tally.add(5);
    expect(tally.variance).toBe(2);
    tally.reset();
    expect(tally.count).toBe(0);
    expect(tally.min).toBe(Infinity);
    expect(tally.max).toBe(-Infinity);
    tally.add(10);
    expect(tally.mean).toBe(10);
  });
});

describe('TimeWeighted', () => {
  // Level 1 on [0, 1), 3 on [1, 4), 0 on [4, 6), 2 from 6 on. Up to 8:
  // integral 1 + 9 + 0 + 4 = 14, mean 14/8 = 1.75, maximum 3.
  function stepFunction(): TimeWeighted {
    const level = new TimeWeighted(0, 1);
    level.update(1, 3);
    level.add(4, -3);
    level.update(6, 2);
    return level;
  }

  it('integrates and averages a step function by hand', () => {
    const level = stepFunction();
    expect(level.integral(8)).toBe(14);
    expect(level.mean(8)).toBe(1.75);
    expect(level.max).toBe(3);
    expect(level.value).toBe(2);
  });

  it('counts the current level up to the time asked, part-way through a step', () => {
    const level = new TimeWeighted(0, 1);
    level.update(1, 3);
    expect(level.integral(2.5)).toBe(1 + 3 * 1.5);
    expect(level.mean(2.5)).toBe(5.5 / 2.5);
  });

  it('after reset averages from the reset time only, keeping the current level', () => {
    const level = new TimeWeighted(0, 1);
    level.update(1, 3);
    level.add(4, -3);
    level.reset(5);
    expect(level.max).toBe(0);
    level.update(6, 2);
    // 0 on [5, 6), 2 on [6, 8): mean 4/3 over [5, 8].
    expect(level.mean(8)).toBeCloseTo(4 / 3, 12);
    expect(level.integral(8)).toBe(4);
    expect(level.max).toBe(2);
  });

  it('over an empty span reports the current level', () => {
    const level = new TimeWeighted(3, 4);
    expect(level.mean(3)).toBe(4);
  });

  it('starting at a time other than zero averages from there', () => {
    const level = new TimeWeighted(10, 2);
    level.update(12, 6);
    expect(level.mean(14)).toBe((2 * 2 + 6 * 2) / 4);
  });
});

describe('Histogram', () => {
  it('counts observations in equal bins, with underflow and overflow', () => {
    const h = new Histogram(0, 10, 5);
    for (const x of [-1, 0, 1.99, 2, 9.999, 10, 15]) h.add(x);
    expect([...h.counts]).toEqual([2, 1, 0, 0, 1]);
    expect(h.underflow).toBe(1);
    expect(h.overflow).toBe(2);
    expect(h.total).toBe(7);
    expect(h.edge(3)).toBe(6);
  });

  it('interpolates quantiles within a bin: uniform counts give the uniform quantiles', () => {
    const h = new Histogram(0, 100, 10);
    for (let i = 0; i < 100; i++) h.add(i + 0.5);
    for (const q of [0, 0.05, 0.25, 0.5, 0.9, 1]) expect(h.quantile(q)).toBeCloseTo(100 * q, 10);
  });

  it('finds quantiles of uneven counts by hand', () => {
    // Bins [0,1): 1, [1,2): 3, [2,3): 0, [3,4): 4. Total 8.
    const h = new Histogram(0, 4, 4);
    h.add(0.5);
    h.add(1.5, 3);
    h.add(3.2, 4);
    expect(h.quantile(0.125)).toBe(1); // 1 of 8: the top of the first bin
    expect(h.quantile(0.25)).toBeCloseTo(1 + 1 / 3, 12); // 2 of 8: a third into the second bin
    expect(h.quantile(0.5)).toBe(2); // 4 of 8: the top of the second bin
    expect(h.quantile(0.75)).toBe(3.5); // 6 of 8: halfway through the fourth (the empty bin is skipped)
  });

  it('weights observations, and reports quantiles in the tails as ±Infinity', () => {
    const h = new Histogram(0, 1, 2);
    h.add(-5, 1);
    h.add(0.25, 2);
    h.add(7, 1);
    expect(h.total).toBe(4);
    expect(h.quantile(0.1)).toBe(-Infinity);
    expect(h.quantile(0.5)).toBe(0.25);
    expect(h.quantile(0.95)).toBe(Infinity);
  });

  it('has no quantiles while empty, forgets everything on reset, and refuses bad shapes', () => {
    const h = new Histogram(0, 1, 4);
    expect(h.quantile(0.5)).toBeNaN();
    h.add(0.5);
    h.add(2);
    h.reset();
    expect(h.total).toBe(0);
    expect(h.overflow).toBe(0);
    expect([...h.counts]).toEqual([0, 0, 0, 0]);
    expect(() => new Histogram(1, 1, 4)).toThrow(RangeError);
    expect(() => new Histogram(0, 1, 0)).toThrow(RangeError);
    expect(() => new Histogram(0, 1, 2.5)).toThrow(RangeError);
  });
});
