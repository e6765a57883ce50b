/** Drift: how far the population and the backlog still move across the second half of the measured period. */
import { describe, expect, it } from 'vitest';
import { driftOf, DRIFT_TOLERANCE_FLOOR } from '../../src/experiment/drift.ts';
import type { ReplicationRecord } from '../../src/experiment/study.ts';
import { driftSentences } from '../../src/report/drift-words.ts';

/** A replication whose weekly backlog is `backlog(week)` and population `population(week)`, for `weeks` weeks. */
function record(k: number, weeks: number, backlog: (w: number) => number, population: (w: number) => number = () => 1000): ReplicationRecord {
  return {
    replication: k,
    seed: `1.${k}`,
    metrics: {},
    events: 0,
    weekly: Array.from({ length: weeks }, (_, week) => ({ week, values: { 'reports.backlog': backlog(week), 'cases.unallocated': 1, 'prisoners.population': population(week) } })),
  } as ReplicationRecord;
}

describe('drift', () => {
  it('finds a backlog growing by 2 a week: the last quarter’s mean less the third’s, a quarter of the weeks apart', () => {
    const records = [0, 1, 2].map((k) => record(k, 200, (w) => 2 * w + k));
    const drift = driftOf(records, 'backlog', 0);
    // Quarters of 50 weeks: means 2 × 174.5 and 2 × 124.5 (plus k, plus 1 unallocated) differ by 100.
    expect(drift.change.mean).toBeCloseTo(100, 10);
    expect(drift.perWeek).toBeCloseTo(2, 10);
    expect(drift.settled).toBe(false);
  });

  it('counts a flat series with noise within its tolerance as settled, and reads only the weeks after the warm-up', () => {
    const records = [0, 1, 2, 3].map((k) => record(k, 260, (w) => (w < 52 ? 5 * w : 300) + ((w * 7 + k) % 5)));
    const drift = driftOf(records, 'backlog', 52);
    expect(drift.weeksMeasured).toBe(208);
    expect(Math.abs(drift.change.mean)).toBeLessThan(drift.tolerance);
    expect(drift.tolerance).toBe(Math.max(0.03 * drift.level, DRIFT_TOLERANCE_FLOOR));
    expect(drift.settled).toBe(true);
  });

  it('calls a change beyond the tolerance drift only when it is beyond the replications’ noise too', () => {
    // Four flat replications, one of them stepping up by 40 in its last quarter: a mean change of 10,
    // twice the tolerance, but an interval (about -22 to 42) that takes in no change at all.
    const noisy = [0, 1, 2, 3].map((k) => record(k, 200, (w) => (k === 0 && w >= 150 ? 50 : 10)));
    const wandering = driftOf(noisy, 'backlog', 0);
    expect([wandering.change.mean, wandering.tolerance, wandering.beyondNoise, wandering.settled]).toEqual([10, DRIFT_TOLERANCE_FLOOR, false, true]);
    // The same change in every replication is beyond noise, and is drift.
    const steady = [0, 1, 2, 3].map((k) => record(k, 200, (w) => (w >= 150 ? 20 : 10)));
    const moving = driftOf(steady, 'backlog', 0);
    expect([moving.change.mean, moving.beyondNoise, moving.settled]).toEqual([10, true, false]);
  });

  it('has a floor to its tolerance, so a backlog of a handful moving by one or two is not called drift', () => {
    const records = [0, 1].map((k) => record(k, 104, (w) => (w < 78 ? 2 : 4)));
    const drift = driftOf(records, 'backlog', 0);
    expect(drift.change.mean).toBeCloseTo(2, 10);
    expect(drift.tolerance).toBe(DRIFT_TOLERANCE_FLOOR);
    expect(drift.settled).toBe(true);
  });

  it('is said in the headline when the backlog grows or the population moves, and not when both settle', () => {
    const study = (backlog: (w: number) => number, population: (w: number) => number) => {
      const records = [0, 1].map((k) => record(k, 200, backlog, population));
      return { drift: { backlog: driftOf(records, 'backlog', 0), population: driftOf(records, 'population', 0) } };
    };
    const growing = driftSentences(study((w) => 3 * w, () => 600) as never);
    expect(growing).toEqual([expect.stringMatching(/^this unit never catches up: the backlog grows by about 3\.0 a week/)]);
    const climbing = driftSentences(study(() => 10, (w) => 600 + w) as never);
    expect(climbing).toEqual([expect.stringMatching(/the population still rises by about 1\.0 people a week/)]);
    expect(driftSentences(study(() => 10, () => 600) as never)).toEqual([]);
  });
});
