/** Calibration: what direct contact counts, and the mean stay that sets the reception rate. */
import { describe, expect, it } from 'vitest';
import { meanStayHours, receptionRate } from '../../src/model/calibration.ts';
import { fixedStays, run, scenario } from './helpers.ts';

describe('direct contact (the NOMS 2008 study’s definition: face-to-face time over hours at work on offender management)', () => {
  const zero = { assessment: 0, sentencePlan: 0, oasysReview: 0, parole: 0, hdc: 0, handover: 0 };
  const s = (changes: Record<string, unknown> = {}) => scenario({ horizon: { years: 1 }, population: { size: 500 }, ...changes });

  it('is contact time over contact, recording and overheads, written work, oversight and idle time: redeployed, absent and other-duty hours are not in it', () => {
    const m = run(s(), 1, 13).metrics;
    const atWork = ['contact', 'admin', 'reports', 'oversight', 'idle'].reduce((sum, c) => sum + (m[`staff.timeShare.${c}`] ?? 0), 0);
    expect(m['staff.directContactShare']).toBeCloseTo(m['staff.timeShare.contact'] / atWork, 12);
    expect(m['staff.atWorkShare.contact']).toBe(m['staff.directContactShare']);
  });

  it('counts the interview part of assessments and reports: with no interviews it is lower, the paired difference beyond its 95% interval (6 seeds)', () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const diffs = seeds.map((seed) => run(s(), seed, 13).metrics['staff.directContactShare'] - run(s({ workingPattern: { interviewShare: zero } }), seed, 13).metrics['staff.directContactShare']);
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (diffs.length - 1));
    // t(0.975, 5) = 2.571
    expect(mean - (2.571 * sd) / Math.sqrt(diffs.length)).toBeGreaterThan(0);
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

  it('is estimated on common draws: a parameter that leaves the stays alone leaves the estimate exactly as it was', () => {
    const { s } = fixedStays(1000);
    const youngerAdults = { ...s.population, youngAdultShare: s.population.youngAdultShare + 0.2, prolificShare: s.population.prolificShare + 0.1 };
    expect(meanStayHours(youngerAdults, s)).toBe(meanStayHours(s.population, s));
  });

  it('does not depend on how the prison admits people, so adding population.admission left every run as it was', () => {
    const { s } = fixedStays(1000);
    expect(meanStayHours({ ...s.population, admission: 'keepFull' }, s)).toBe(meanStayHours(s.population, s));
  });
});
