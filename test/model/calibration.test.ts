/** Calibration: the baseline's share of time in direct contact, and the mean stay that sets the reception rate. */
import { describe, expect, it } from 'vitest';
import { meanStayHours, receptionRate } from '../../src/model/calibration.ts';
import { fixedStays, run, scenario } from './helpers.ts';

describe('the baseline scenario', () => {
  // The NOMS study of December 2008 found 24% of offender supervisors' time in direct contact.
  it('spends 20–28% of time at work in direct contact (default 1,200-person prison, 2 years, 26-week warm-up, two seeds)', () => {
    const s = scenario({ horizon: { years: 2 } });
    const shares = [1, 2].map((seed) => run(s, seed, 26).metrics['staff.directContactShare']);
    console.log(`baseline staff.directContactShare: ${shares.map((x) => x.toFixed(4)).join(', ')}`);
    for (const share of shares) {
      expect(share).toBeGreaterThanOrEqual(0.2);
      expect(share).toBeLessThanOrEqual(0.28);
    }
  });
});

describe('the mean stay', () => {
  it('agrees with the exact mean of a population of fixed stays, within 4 standard errors of its 20,000 draws', () => {
    const { s, mean, cv } = fixedStays(1000);
    const estimate = meanStayHours(s.population, s);
    expect(Math.abs(estimate / mean - 1)).toBeLessThan((4 * cv) / Math.sqrt(20_000));
  });

  it('is the same for the same parameters whatever the run, and sets receptions to size ÷ mean stay', () => {
    const { s } = fixedStays(1000);
    const once = meanStayHours(s.population, s);
    expect(meanStayHours(structuredClone(s.population), structuredClone(s))).toBe(once);
    expect(receptionRate(s.population, s)).toBeCloseTo(1000 / once, 12);
    expect(receptionRate({ ...s.population, size: 0 }, s)).toBe(0);
  });
});
