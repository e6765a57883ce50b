/**
 * The initial population: people received over the years before time zero
 * and still held then. Receptions are Poisson and each person's stay is
 * independent of the others', so the number held is Poisson with mean
 * (reception rate × mean stay) = size × (true mean stay ÷ the calibration's estimate).
 */
import { describe, expect, it } from 'vitest';
import { meanStayHours } from '../../src/model/calibration.ts';
import { buildModel } from '../../src/model/model.ts';
import { fixedStays, scenario } from './helpers.ts';

const initial = (s: ReturnType<typeof scenario>, seed: number) =>
  buildModel(s, { seed, warmupWeeks: 0 }).ctx.metrics.total('prisoners.initial');

describe('the initial population', () => {
  it('is Poisson about size × (exact mean stay ÷ estimated mean stay) for a population of fixed stays (20 seeds)', () => {
    const { s, mean } = fixedStays(200);
    const mu = (200 * mean) / meanStayHours(s.population, s);
    const counts = Array.from({ length: 20 }, (_, i) => initial(s, i + 1));
    console.log(`fixed stays, μ = ${mu.toFixed(1)}: initial counts ${counts.join(' ')}`);
    const average = counts.reduce((a, b) => a + b, 0) / counts.length;
    // Mean: within 4 standard errors.
    expect(Math.abs(average - mu)).toBeLessThan(4 * Math.sqrt(mu / counts.length));
    // Spread: Σ (count − μ)² / μ is χ² with 20 degrees of freedom; its 0.5% and 99.5% points are 7.43 and 40.0.
    const dispersion = counts.reduce((a, c) => a + (c - mu) ** 2, 0) / mu;
    expect(dispersion).toBeGreaterThan(7.43);
    expect(dispersion).toBeLessThan(40.0);
  });

  it.each([300, 600, 1200])('is near the target size %i for the default population', (size) => {
    // Poisson spread √size, plus the calibration's own error: its mean stay comes from 20,000
    // draws of stays whose coefficient of variation is about 2.1 (measured on 400,000 draws),
    // a relative standard error of 1.5%. Allow 4 standard deviations of both.
    const tolerance = 4 * Math.sqrt(size + (0.015 * size) ** 2);
    const s = scenario({ population: { size } });
    for (const seed of [1, 2]) {
      const count = initial(s, seed);
      console.log(`default population, size ${size}, seed ${seed}: ${count} held at the start (tolerance ±${tolerance.toFixed(0)})`);
      expect(Math.abs(count - size)).toBeLessThan(tolerance);
    }
  });

  it('places 200,000 people, more than a spread into one call can pass, without overflowing the call stack', () => {
    const count = initial(scenario({ population: { size: 200_000 }, horizon: { years: 0.02 } }), 1);
    expect(Math.abs(count - 200_000)).toBeLessThan(4 * Math.sqrt(200_000 + (0.015 * 200_000) ** 2));
  });

  it('is empty when the size is zero', () => {
    expect(initial(scenario({ population: { size: 0 } }), 1)).toBe(0);
  });

  it('starts with each supervised case’s current contact open on its supervisor’s list, so later cases are allocated against that load', () => {
    // Every sentenced prisoner in scope, high-harm cases to probation officers first: without the open contacts,
    // all the lists would be empty while the initial population is placed, and no case would overflow.
    const s = scenario({
      population: { size: 600 },
      scope: { rules: [{ sentence: ['determinate', 'ipp', 'life'] }] },
      staff: { offenderSupervisors: { count: 6 }, probationOfficers: { count: 2 } },
      allocation: { rules: [{ when: { rosh: ['high', 'veryHigh'] }, groups: ['probationOfficers', 'offenderSupervisors'] }, { when: {}, groups: ['offenderSupervisors', 'probationOfficers'] }] },
    });
    const { ctx } = buildModel(s, { seed: 3, warmupWeeks: 0 });
    const staff = [...ctx.establishments[0].allStaff()];
    const cases = staff.flatMap((m) => [...m.caseload]);
    expect(cases.length).toBeGreaterThan(100);
    for (const p of cases) {
      expect(p.contact?.status).toBe('open');
      expect(p.contact?.owner).toBe(p.supervisor);
    }
    for (const m of staff) expect(m.work.openHours).toBeGreaterThan(0);
    // The probation officers' preferred high-harm cases overflowed to offender supervisors once they were loaded.
    const highHarmWithSupervisors = cases.filter((p) => (p.rosh === 'high' || p.rosh === 'veryHigh') && p.supervisor?.group === 'offenderSupervisors');
    expect(highHarmWithSupervisors.length).toBeGreaterThan(0);
  });
});
