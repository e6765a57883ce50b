/** src/model/sampling.ts: draws from a scenario's distributions, and the values they stay below. */
import { describe, expect, it } from 'vitest';
import { upperBound } from '../../src/model/sampling.ts';

describe('upperBound', () => {
  it('of an empirical sample is its largest value, even for a sample too long to pass as arguments (1,000,000 values)', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => i % 1_000);
    values[500_000] = 5_000;
    expect(upperBound({ type: 'empirical', values })).toBe(5_000);
  });
});
