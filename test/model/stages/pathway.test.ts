/**
 * src/model/stages/pathway.ts, a remand that ends in a sentence: the person
 * stays to serve it (population.remandCustodialShare), is not received again,
 * starts the pathway of a sentenced person at the day of sentence, and leaves
 * at the sentence's release point counted from reception.
 */
import { describe, expect, it } from 'vitest';
import { MONTH, WEEK } from '../../../src/model/time.ts';
import { run, runOpen, smallPrison } from '../helpers.ts';

/** Everyone received on remand, held a fixed time, then sentenced to a fixed term with the chance `share`. */
const remandOnly = (share: number, remandWeeks: number, sentenceMonths: number, changes: Record<string, unknown> = {}) =>
  smallPrison(3, {
    population: {
      receptionMix: { remand: 1, determinate: 0, ipp: 0, life: 0 },
      remandCustodialShare: share,
      remandWeeks: { type: 'fixed', value: remandWeeks },
      determinateSentenceMonths: { type: 'fixed', value: sentenceMonths },
    },
    // Every sentenced person in scope, and staff enough that nothing is late for want of hours.
    scope: { rules: [{ sentence: ['determinate', 'ipp', 'life'] }] },
    staff: { offenderSupervisors: { count: 30 }, probationOfficers: { count: 6 } },
    hdc: { grantProbability: 0 },
    ...changes,
  });

describe('a remand that ends in a sentence', () => {
  it('keeps the person in custody to serve it, counted once as received, and releases them at the sentence’s release point', () => {
    const { result } = runOpen(remandOnly(1, 4, 12), 1, 26);
    const m = result.metrics;
    // Every remand (4 weeks) ends in a sentence whose six months in custody are not yet served.
    expect(m['prisoners.sentencedAfterRemand']).toBeGreaterThan(0);
    expect(m['prisoners.released.remandEnd']).toBe(0);
    // Held six months from reception, not four weeks plus six months: Little's law gives the reception rate.
    const weeks = result.weekly.length - 26;
    const perWeek = m['prisoners.received'] / weeks;
    expect(Math.abs(perWeek - 500 / ((6 * MONTH) / WEEK))).toBeLessThan(4 * Math.sqrt(perWeek / weeks));
    expect(m['prisoners.released.sentenceEnd']).toBeGreaterThan(0.9 * m['prisoners.sentencedAfterRemand']);
    // Held four weeks on remand and then as sentenced to the six months' end: 4 of every 26 weeks on remand.
    const remandShare = m['prisoners.held.remand.mean'] / m['prisoners.population.mean'];
    expect(Math.abs(remandShare - 4 / ((6 * MONTH) / WEEK))).toBeLessThan(0.02);
    expect(m['prisoners.held.determinate.mean'] + m['prisoners.held.remand.mean']).toBeCloseTo(m['prisoners.population.mean'], 6);
  });

  it('is none when the chance is 0, or when the sentence is served on remand: the person leaves at the end of remand', () => {
    for (const s of [remandOnly(0, 4, 12), remandOnly(1, 20, 6)]) {
      const m = run(s, 1, 26).metrics;
      expect(m['prisoners.sentencedAfterRemand']).toBe(0);
      expect(m['prisoners.released.sentenceEnd']).toBe(0);
      expect(m['prisoners.released.remandEnd']).toBeGreaterThan(0);
      expect(m['prisoners.inScope.mean']).toBe(0);
    }
  });

  it('gives the OASys and the plan their time from the day of sentence, not from a reception months before', () => {
    // Twenty weeks on remand, longer than the OASys's target: timed from reception, every one would be late.
    const m = run(remandOnly(1, 20, 48), 1, 26).metrics;
    expect(m['assessments.due']).toBeGreaterThan(50);
    expect(m['assessments.onTimeShare']).toBeGreaterThan(0.95);
    expect(m['prisoners.inScope.mean']).toBeGreaterThan(0.6 * 500);
  });

  it('starts the run with people already serving sentences passed after remand, so the population begins near its size', () => {
    // Held 4 weeks on remand then six months: without them, the prison would start with only those still on remand.
    const { result } = runOpen(remandOnly(1, 4, 12), 2, 0);
    const firstWeek = result.weekly[0].values['prisoners.population'] ?? NaN;
    expect(Math.abs(firstWeek - 500)).toBeLessThan(4 * Math.sqrt(500) + 0.03 * 500);
  });
});

/** Receptions split between recalls held a fixed time and determinate sentences of a fixed length, everyone serving a sentence in scope. */
const withRecalls = (recallShare: number, recallWeeks: number, changes: Record<string, unknown> = {}) =>
  smallPrison(3, {
    population: {
      receptionMix: { remand: 0, determinate: 1 - recallShare, ipp: 0, life: 0, recall: recallShare },
      recallWeeks: { type: 'fixed', value: recallWeeks },
      determinateSentenceMonths: { type: 'fixed', value: 24 },
    },
    scope: { rules: [{}], assessEveryone: true },
    staff: { offenderSupervisors: { count: 30 }, probationOfficers: { count: 6 } },
    ...changes,
  });

describe('a recall to custody', () => {
  it('holds a place for its time and no more, and is received and released as a recall, not as a first reception or a release from sentence', () => {
    const { result } = runOpen(withRecalls(1, 6), 1, 26);
    const m = result.metrics;
    const weeks = result.weekly.length - 26;
    const perWeek = m['prisoners.received'] / weeks;
    // Little's law: 500 places held six weeks each.
    expect(Math.abs(perWeek - 500 / 6)).toBeLessThan(4 * Math.sqrt(perWeek / weeks));
    expect(m['prisoners.received.recall']).toBe(m['prisoners.received']);
    expect(m['prisoners.released.recallEnd']).toBeGreaterThan(0.95 * m['prisoners.received']);
    expect(m['prisoners.released.sentenceEnd'] + m['prisoners.released.hdc'] + m['prisoners.released.remandEnd']).toBe(0);
    expect(m['prisoners.held.recall.mean']).toBeCloseTo(m['prisoners.population.mean'], 6);
    // The run starts with the recalls received in the six weeks before it, so the prison begins near its size.
    const firstWeek = result.weekly[0].values['prisoners.population'] ?? NaN;
    expect(Math.abs(firstWeek - 500)).toBeLessThan(4 * Math.sqrt(500) + 0.03 * 500);
  });

  it('brings no offender management in the prison: the case stays with the community offender manager, so nobody recalled is assessed, supervised, eligible for HDC or moved', () => {
    const m = run(withRecalls(1, 30, { establishment: { transferRatePerYear: 2 } }), 1, 26).metrics;
    expect(m['prisoners.held.recall.mean']).toBeGreaterThan(400);
    expect(m['assessments.due'] + m['prisoners.inScope.mean'] + m['hdc.eligible'] + m['contacts.required']).toBe(0);
  });

  it('takes its share of places as its share of receptions times its stay, beside people serving sentences, who are managed as before', () => {
    // Half the receptions recalled for 6 weeks, half sentenced to 24 months (12 in custody, less
    // HDC for some): recalls hold about 6 ÷ (6 + 52) of the places, at most a tenth.
    const m = run(withRecalls(0.5, 6, { hdc: { grantProbability: 0 } }), 1, 26).metrics;
    const recallPlaces = m['prisoners.held.recall.mean'] / m['prisoners.population.mean'];
    expect(Math.abs(recallPlaces - 6 / (6 + (12 * MONTH) / WEEK))).toBeLessThan(0.02);
    expect(m['prisoners.inScope.mean']).toBeCloseTo(m['prisoners.held.determinate.mean'], -1);
  });
});
