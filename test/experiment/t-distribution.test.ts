/**
 * Student's t quantiles against printed tables (e.g. NIST/SEMATECH
 * e-Handbook, table 1.3.6.7.2, three decimals): every entry within 0.0005,
 * the rounding of the table.
 */
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/experiment/normal-distribution.ts';
import { tQuantile } from '../../src/experiment/t-distribution.ts';

/** [degrees of freedom, upper tail 0.05 → 0.95 quantile, 0.025 → 0.975, 0.005 → 0.995]. */
const table: [number, number, number, number][] = [
  [1, 6.314, 12.706, 63.657],
  [2, 2.92, 4.303, 9.925],
  [3, 2.353, 3.182, 5.841],
  [4, 2.132, 2.776, 4.604],
  [5, 2.015, 2.571, 4.032],
  [9, 1.833, 2.262, 3.25],
  [10, 1.812, 2.228, 3.169],
  [19, 1.729, 2.093, 2.861],
  [29, 1.699, 2.045, 2.756],
  [30, 1.697, 2.042, 2.75],
  [60, 1.671, 2.0, 2.66],
  [100, 1.66, 1.984, 2.626],
];

describe('tQuantile', () => {
  it.each(table)('matches the printed table for %i degrees of freedom', (df, q95, q975, q995) => {
    expect(Math.abs(tQuantile(0.95, df) - q95)).toBeLessThan(0.0005);
    expect(Math.abs(tQuantile(0.975, df) - q975)).toBeLessThan(0.0005);
    expect(Math.abs(tQuantile(0.995, df) - q995)).toBeLessThan(0.0005);
  });

  it('is symmetric about zero', () => {
    for (const df of [1, 3, 12, 50]) for (const p of [0.9, 0.975, 0.999]) expect(tQuantile(1 - p, df)).toBeCloseTo(-tQuantile(p, df), 10);
  });

  it('approaches the normal quantile as the degrees of freedom grow', () => {
    expect(tQuantile(0.975, 100_000)).toBeCloseTo(normalQuantile(0.975), 4);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
  });

  it('refuses probabilities outside (0, 1) and fewer than one degree of freedom', () => {
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
  });
});
