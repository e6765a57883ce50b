/**
 * src/model/stages/reception.ts: people arrive as a Poisson stream at the
 * calibrated rate, thinned to a yearly cycle. Each check compares counts with
 * their expectation, allowing four Poisson standard errors.
 */
import { describe, expect, it } from 'vitest';
import { receptionRate } from '../../../src/model/calibration.ts';
import { WEEK, YEAR } from '../../../src/model/time.ts';
import type { ReplicationResult } from '../../../src/experiment/replication.ts';
import { run, smallPrison } from '../helpers.ts';

/** People received in each week of the run. */
function receivedByWeek(result: ReplicationResult): number[] {
  return result.weekly.map((row) => row.values['prisoners.received'] ?? 0);
}

/** Expected receptions in week `week` at `base` an hour with the seasonal swing `amplitude`, peaking in `peakWeek`. */
function expectedInWeek(base: number, amplitude: number, peakWeek: number, week: number): number {
  // The integral over the week of base × (1 + amplitude × cos(2π (t − peak) / year)).
  const phase = (t: number) => (2 * Math.PI * (t - peakWeek * WEEK)) / YEAR;
  const swing = ((amplitude * YEAR) / (2 * Math.PI)) * (Math.sin(phase((week + 1) * WEEK)) - Math.sin(phase(week * WEEK)));
  return base * (WEEK + swing);
}

function expectPoisson(observed: number, expected: number): void {
  expect(Math.abs(observed - expected)).toBeLessThan(4 * Math.sqrt(expected));
}

describe('receptions', () => {
  it('receive people at the calibrated rate: size ÷ mean stay an hour', () => {
    const s = smallPrison(4);
    const received = receivedByWeek(run(s, 3, 0));
    const rate = receptionRate(s.population, s);
    expectPoisson(
      received.reduce((a, b) => a + b, 0),
      received.length * WEEK * rate,
    );
  });

  it('follow the yearly cycle: as many as the seasonal rate gives in the weeks near the peak, and in those near the trough', () => {
    const amplitude = 0.5;
    const peakWeek = 10;
    const s = smallPrison(8, { population: { seasonality: { amplitude, peakWeek } } });
    const base = receptionRate(s.population, s);
    const received = receivedByWeek(run(s, 4, 0));
    const near = { peak: { observed: 0, expected: 0 }, trough: { observed: 0, expected: 0 } };
    received.forEach((count, week) => {
      const cycle = Math.cos((2 * Math.PI * ((week + 0.5) * WEEK - peakWeek * WEEK)) / YEAR);
      const side = cycle > 0.7 ? near.peak : cycle < -0.7 ? near.trough : null;
      if (side === null) return;
      side.observed += count;
      side.expected += expectedInWeek(base, amplitude, peakWeek, week);
    });
    expectPoisson(near.peak.observed, near.peak.expected);
    expectPoisson(near.trough.observed, near.trough.expected);
    // The swing is there, not merely allowed for: near the peak, well over twice as many.
    expect(near.peak.observed).toBeGreaterThan(2 * near.trough.observed);
  });

  it('start when a timeline change first gives the prison people to receive, and not before', () => {
    const s = smallPrison(1, { population: { size: 0 }, timeline: [{ week: 10, set: { 'population.size': 500 } }] });
    const received = receivedByWeek(run(s, 5, 0));
    expect(received.slice(0, 10).every((count) => count === 0)).toBe(true);
    expect(received.slice(11).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});

/** People held at the end of each week of the run. */
function heldByWeek(result: ReplicationResult): number[] {
  return result.weekly.map((row) => row.values['prisoners.population']);
}

/**
 * A prison of indeterminate sentences whose parole reports nobody is in post
 * to write: every dossier is incomplete, hearings are put back or refuse, and
 * people stay far longer than the reception rate (set from stays with reports
 * on time) allows for.
 */
function prisonHoldingPeopleLonger(admission: 'rate' | 'keepFull') {
  return smallPrison(6, {
    population: { size: 300, admission, receptionMix: { remand: 0, determinate: 0.5, ipp: 0.3, life: 0.2 } },
    staff: { probationOfficers: { count: 0 } },
  });
}

describe('a prison kept full (population.admission keepFull)', () => {
  it('holds its size at the end of every week once there, however long people stay, where receptions at the calibrated rate let it climb', () => {
    const atRate = heldByWeek(run(prisonHoldingPeopleLonger('rate'), 6, 0));
    const keptFull = run(prisonHoldingPeopleLonger('keepFull'), 6, 0);
    const held = heldByWeek(keptFull);
    // At the rate set from stays with reports on time, the population climbs well past its size…
    expect(atRate[atRate.length - 1]).toBeGreaterThan(360);
    // …kept full, the initial population (drawn at about the size) is filled to it, or falls to
    // it, within the first year, and every week after ends with the prison holding exactly its size;
    const full = held.indexOf(300);
    expect(full).toBeGreaterThanOrEqual(0);
    expect(full).toBeLessThan(52);
    expect(held.slice(full).every((n) => n === 300)).toBe(true);
    // one person is received for each who leaves (once it is full)…
    const receivedOnceFull = receivedByWeek(keptFull).slice(full + 1).reduce((a, b) => a + b, 0);
    const releasedOnceFull = keptFull.weekly.slice(full + 1).reduce((sum, row) => sum + (row.values['prisoners.released'] ?? 0), 0);
    expect(receivedOnceFull).toBe(releasedOnceFull);
    expect(receivedOnceFull).toBeGreaterThan(50);
  });

  it('fills at once the places a timeline change adds, before anyone leaves', () => {
    // Empty at the start, then life sentences with 20-year tariffs, received at sentence: nobody leaves.
    const s = smallPrison(1, {
      population: {
        size: 0,
        admission: 'keepFull',
        receptionMix: { remand: 0, determinate: 0, ipp: 0, life: 1 },
        tariffMonths: { type: 'fixed', value: 240 },
        elapsedAtReception: 0,
      },
      timeline: [{ week: 20, set: { 'population.size': 300 } }],
    });
    const result = run(s, 8, 0);
    expect(result.metrics['prisoners.released']).toBe(0);
    const held = heldByWeek(result);
    // A change from week N is in force after the snapshot that closes week N − 1 (row N − 1).
    expect(held.slice(0, 20).every((n) => n === 0)).toBe(true);
    expect(held.slice(20).every((n) => n === 300)).toBe(true);
  });

  it('receives nobody while it holds more than a smaller size, then keeps that size', () => {
    // A local prison's short stays, so departures soon bring it down to the smaller size.
    const s = smallPrison(2, { population: { admission: 'keepFull' }, timeline: [{ week: 60, set: { 'population.size': 400 } }] });
    const result = run(s, 7, 0);
    const held = heldByWeek(result);
    const received = receivedByWeek(result);
    expect(held.slice(52, 60).every((n) => n === 500)).toBe(true);
    const backAt400 = held.findIndex((n, week) => week >= 60 && n === 400);
    expect(backAt400).toBeGreaterThan(61);
    expect(received.slice(61, backAt400).every((n) => n === 0)).toBe(true);
    expect(held.slice(backAt400).every((n) => n === 400)).toBe(true);
  });
});
