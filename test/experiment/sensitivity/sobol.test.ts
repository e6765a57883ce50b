/** Sobol indices (Saltelli's design, Jansen's estimators) recover the Ishigami function's known values. */
import { describe, expect, it } from 'vitest';
import { sobolCost, sobolDesign, sobolIndices } from '../../../src/experiment/sensitivity/sobol.ts';

/** The Ishigami function with a = 7, b = 0.1, its factors mapped from [0, 1) onto [−π, π). */
function ishigami(u: Float64Array): number {
  const [x1, x2, x3] = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

// Published values (Ishigami & Homma 1990; Saltelli et al. 2008): first order and total.
const firstOrder = [0.314, 0.442, 0];
const total = [0.558, 0.442, 0.244];

describe('Sobol indices', () => {
  it('costs N × (k + 2) runs', () => {
    expect(sobolCost(1024, 3)).toBe(5120);
    expect(sobolDesign(3, 16).points).toHaveLength(80);
  });

  it('refuses outputs that are not one a point of the design', () => {
    expect(() => sobolIndices(sobolDesign(3, 16), [1, 2, 3])).toThrow(/expected 80 outputs, one per point of the design; found 3/);
  });

  it('recover the Ishigami function’s first-order and total indices within their bootstrap intervals (N = 8,192)', () => {
    const design = sobolDesign(3, 8192, 'ishigami');
    const indices = sobolIndices(design, design.points.map(ishigami), { resamples: 500, seed: 'ishigami' });
    indices.forEach((index, i) => {
      expect(firstOrder[i], `S${i + 1} = ${index.first.toFixed(3)} [${index.firstInterval.map((v) => v.toFixed(3)).join(', ')}]`).toBeGreaterThanOrEqual(index.firstInterval[0]);
      expect(firstOrder[i]).toBeLessThanOrEqual(index.firstInterval[1]);
      expect(total[i], `ST${i + 1} = ${index.total.toFixed(3)} [${index.totalInterval.map((v) => v.toFixed(3)).join(', ')}]`).toBeGreaterThanOrEqual(index.totalInterval[0]);
      expect(total[i]).toBeLessThanOrEqual(index.totalInterval[1]);
      // Intervals narrow enough to tell the factors apart.
      expect(index.totalInterval[1] - index.totalInterval[0]).toBeLessThan(0.1);
    });
  });
});
