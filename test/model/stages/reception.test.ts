/**
 * src/model/stages/reception.ts: people arrive as a Poisson stream at the
 * calibrated rate, thinned to a yearly cycle. Each check compares counts with
 * their expectation, allowing four Poisson standard errors.
 */
import { describe, expect, it } from 'vitest';
import { receptionRate } from '../../../src/model/calibration.ts';
import { WEEK, YEAR } from '../../../src/model/time.ts';
import type { ReplicationResult } from '../../../src/model/results.ts';
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
