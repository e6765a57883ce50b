/** Morris's elementary effects: the design's grid and steps, and known answers on a linear and a non-linear model. */
import { describe, expect, it } from 'vitest';
import { morrisCost, morrisDesign, morrisIndices } from '../../../src/experiment/sensitivity/morris.ts';

describe('the Morris design', () => {
  it('has r × (k + 1) points on the grid, inside the unit hypercube, each step moving one factor by ±Δ', () => {
    const design = morrisDesign(5, 12, 4, 'grid');
    expect(design.points).toHaveLength(morrisCost(12, 5));
    const delta = 4 / (2 * 3);
    for (const point of design.points) for (const x of point) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      expect(Math.abs(x * 3 - Math.round(x * 3))).toBeLessThan(1e-12);
    }
    for (const s of design.steps) {
      const moved = Array.from(design.points[s.to], (x, i) => x - design.points[s.from][i]);
      expect(moved.filter((d) => Math.abs(d) > 1e-12)).toEqual([expect.closeTo(s.step, 12)]);
      expect(Math.abs(s.step)).toBeCloseTo(delta, 12);
    }
    // Every factor moves once in every trajectory.
    for (let t = 0; t < 12; t++) expect(design.steps.filter((s) => s.trajectory === t).map((s) => s.factor).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses an odd number of levels', () => {
    expect(() => morrisDesign(2, 2, 3)).toThrow(/even number of levels/);
  });
});

describe('Morris indices', () => {
  it('give μ* = |coefficient| × range for a linear model, μ with its sign, and σ = 0', () => {
    // y = 3·x1 − 2·x2 + 0·x3 with x1 over [10, 20], x2 over [0, 0.5], x3 over [−1, 1].
    const ranges = [[10, 20], [0, 0.5], [-1, 1]];
    const coefficients = [3, -2, 0];
    const design = morrisDesign(3, 20, 4, 'linear');
    const outputs = design.points.map((u) => coefficients.reduce((y, c, i) => y + c * (ranges[i][0] + u[i] * (ranges[i][1] - ranges[i][0])), 0));
    const indices = morrisIndices(design, outputs, { resamples: 200 });
    indices.forEach((index, i) => {
      const width = ranges[i][1] - ranges[i][0];
      expect(index.muStar).toBeCloseTo(Math.abs(coefficients[i]) * width, 10);
      expect(index.mu).toBeCloseTo(coefficients[i] * width, 10);
      expect(index.sigma).toBeCloseTo(0, 10);
      expect(index.muStarInterval[0]).toBeCloseTo(index.muStar, 10);
      expect(index.muStarInterval[1]).toBeCloseTo(index.muStar, 10);
    });
  });

  it('rank the factors of a model with an interaction and a non-linear term, and show them in σ', () => {
    // y = x1 + x2·x3 + x4²: x1 linear (σ 0), x2 and x3 interacting, x4 non-linear, x5 inert.
    const design = morrisDesign(5, 40, 4, 'shape');
    const outputs = design.points.map((u) => u[0] + 4 * u[1] * u[2] + 3 * u[3] * u[3]);
    const [x1, x2, x3, x4, x5] = morrisIndices(design, outputs, { resamples: 300 });
    expect(x1.sigma).toBeCloseTo(0, 10);
    for (const f of [x2, x3, x4]) expect(f.sigmaInterval[0]).toBeGreaterThan(0);
    expect(x5.muStar).toBe(0);
    expect(x4.muStar).toBeGreaterThan(x1.muStar);
    expect(x2.muStarInterval[0]).toBeGreaterThan(x5.muStarInterval[1]);
  });
});
