/** Home detention curfew: who is eligible, from when, and what happens when the assessment is on time, late or never done. */
import { describe, expect, it } from 'vitest';
import { hdcEarlyHours, hdcEligibilityDate } from '../../../src/model/stages/hdc.ts';
import { DAY, MONTH, WEEK } from '../../../src/model/time.ts';
import { emptyPrison, run, smallPrison, testPrisoner } from '../helpers.ts';

const params = smallPrison(1).hdc; // 12 weeks to under 48 months; at most 135 days early (the default of 2003–2023); at least 14 days in custody
const early = (months: number, custodyHours = months * MONTH * 0.5, sentence: 'determinate' | 'remand' | 'ipp' | 'life' = 'determinate') =>
  hdcEarlyHours(params, sentence, months, custodyHours);

describe('how early HDC may begin', () => {
  it('is a quarter of the sentence for a 12-month sentence (under the 135-day limit)', () => {
    expect(early(12)).toBeCloseTo(3 * MONTH, 9);
  });

  it('is at most 135 days', () => {
    expect(early(36)).toBeCloseTo(135 * DAY, 9);
    expect(early(47.9)).toBeCloseTo(135 * DAY, 9);
  });

  it('is 21 days for the shortest eligible sentence, 12 weeks, and nothing for a shorter one', () => {
    const twelveWeeks = (12 * WEEK) / MONTH;
    expect(early(twelveWeeks)).toBeCloseTo(21 * DAY, 9);
    expect(early(twelveWeeks - 0.01)).toBe(0);
  });

  it('is nothing for a sentence of 48 months or more', () => {
    expect(early(48)).toBe(0);
    expect(early(120)).toBe(0);
  });

  it('is nothing for remand and indeterminate sentences', () => {
    expect(early(12, 6 * MONTH, 'remand')).toBe(0);
    expect(early(60, Infinity, 'ipp')).toBe(0);
    expect(early(60, Infinity, 'life')).toBe(0);
  });

  it('leaves at least 14 days in custody: someone with 20 days to serve may go 6 days early, with 10 days none', () => {
    expect(early(12, 20 * DAY)).toBeCloseTo(6 * DAY, 9);
    expect(early(12, 10 * DAY)).toBe(0);
  });
});

describe('the eligibility date', () => {
  const prison = emptyPrison();

  it('is the release date less the time HDC may run', () => {
    const p = testPrisoner(prison, { sentenceMonths: 24 }, 100);
    expect(p.releaseAt).toBeCloseTo(100 + 12 * MONTH, 9);
    expect(hdcEligibilityDate(prison.ctx, p)).toBeCloseTo(p.releaseAt - 135 * DAY, 9);
  });

  it('is undefined (NaN) for a sentence not eligible', () => {
    expect(hdcEligibilityDate(prison.ctx, testPrisoner(prison, { sentenceMonths: 60 }))).toBeNaN();
    expect(hdcEligibilityDate(prison.ctx, testPrisoner(prison, { sentence: 'life', sentenceMonths: 60 }))).toBeNaN();
  });
});

describe('HDC in a run (a 500-person prison, 1 year, 13-week warm-up)', () => {
  const noAbsence = { leaveShare: 0, sicknessShare: 0, trainingShare: 0 };
  const ample = smallPrison(1, {
    staff: { offenderSupervisors: { count: 50, ...noAbsence }, probationOfficers: { count: 20, ...noAbsence } },
    redeployment: { shiftProbability: 0, shortfallSensitivity: 0 },
  });

  it('with ample staff, decides every case at its eligibility date, granting HDC with the scenario’s chance', () => {
    const m = run(ample, 1, 13).metrics;
    expect(m['hdc.notReadyAtEligibility']).toBe(0);
    expect(m['hdc.daysLost']).toBe(0);
    expect(m['prisoners.released.hdc']).toBe(m['hdc.granted']);
    const decided = m['hdc.granted'] + m['hdc.refused'];
    expect(decided).toBeGreaterThan(200);
    // Binomial: within 4 standard errors of the grant probability.
    const share = m['hdc.granted'] / decided;
    expect(Math.abs(share - params.grantProbability)).toBeLessThan(4 * Math.sqrt((params.grantProbability * (1 - params.grantProbability)) / decided));
  });

  // Under triage HDC work comes first, so it is late only when release work alone is more than the staff can do.
  it('when assessments are late, still decides the case once the assessment is done, and the days after eligibility are lost', () => {
    const m = run(smallPrison(1, { staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 1 } } }), 1, 13).metrics;
    expect(m['hdc.notReadyAtEligibility']).toBeGreaterThan(0);
    expect(m['hdc.granted']).toBeGreaterThan(0);
    expect(m['hdc.daysLost']).toBeGreaterThan(0);
  });

  it('with no staff, releases nobody on HDC: no assessment is ever done', () => {
    const m = run(smallPrison(1, { staff: { offenderSupervisors: { count: 0 }, probationOfficers: { count: 0 } } }), 1, 13).metrics;
    expect(m['hdc.eligible']).toBeGreaterThan(0);
    expect(m['hdc.granted'] + m['hdc.refused']).toBe(0);
    expect(m['hdc.notReadyAtEligibility']).toBeGreaterThan(0);
  });
});
