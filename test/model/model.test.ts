/** One replication: its stages, its determinism, and the shape of what it returns. */
import { describe, expect, it } from 'vitest';
import { runReplication, summariseRun } from '../../src/experiment/replication.ts';
import { buildModel, runModel } from '../../src/model/model.ts';
import { WEEK, YEAR } from '../../src/model/time.ts';
import { expectConservation, smallPrison } from './helpers.ts';

const s = smallPrison(0.5);
const WARMUP = 4;

describe('determinism', () => {
  const first = runReplication(s, { seed: 7, warmupWeeks: WARMUP });

  it('gives identical metrics, weekly series and event count for the same scenario and seed', () => {
    const again = runReplication(structuredClone(s), { seed: 7, warmupWeeks: WARMUP });
    expect(again.metrics).toEqual(first.metrics);
    expect(again.weekly).toEqual(first.weekly);
    expect(again.events).toBe(first.events);
    expectConservation(s, WARMUP, first);
  });

  it('is not disturbed by other runs in between', () => {
    const between = smallPrison(0.5, { redeployment: { shiftProbability: 0.6 }, population: { size: 300 } });
    expectConservation(between, 0, runReplication(between, { seed: 7, warmupWeeks: 0 }));
    expect(runReplication(s, { seed: 7, warmupWeeks: WARMUP }).metrics).toEqual(first.metrics);
  });

  it('gives different results for a different seed', () => {
    const other = runReplication(s, { seed: 8, warmupWeeks: WARMUP });
    expectConservation(s, WARMUP, other);
    expect(other.metrics).not.toEqual(first.metrics);
    expect(other.weekly).not.toEqual(first.weekly);
    expect(other.metrics['prisoners.received']).not.toBe(first.metrics['prisoners.received']);
  });

  it('is the same whether run in one call or stage by stage', () => {
    const built = buildModel(s, { seed: 7, warmupWeeks: WARMUP });
    runModel(built);
    expect(summariseRun(built).metrics).toEqual(first.metrics);
  });
});

describe('what a replication returns', () => {
  // Exactly 26 weeks, so the weekly series covers the whole run.
  const weeks26 = smallPrison((26 * WEEK) / YEAR);
  const result = runReplication(weeks26, { seed: 3, warmupWeeks: WARMUP });

  it('has one weekly row for each week of the run, warm-up included, numbered from 0', () => {
    expect(weeks26.horizon.years * YEAR).toBe(26 * WEEK);
    expect(result.weekly.map((row) => row.week)).toEqual(Array.from({ length: 26 }, (_, i) => i));
  });

  it('counts over the measured period only: the totals are the weekly series after the warm-up', () => {
    expectConservation(weeks26, WARMUP, result);
    const weeklyReceived = result.weekly.reduce((sum, row) => sum + (row.values['prisoners.received'] ?? 0), 0);
    const afterWarmup = result.weekly.slice(WARMUP).reduce((sum, row) => sum + (row.values['prisoners.received'] ?? 0), 0);
    expect(result.metrics['prisoners.received']).toBe(afterWarmup);
    expect(weeklyReceived).toBeGreaterThan(afterWarmup);
  });

  it('reports every headline metric as a number, even when nothing was counted', () => {
    for (const name of [
      'prisoners.initial', 'prisoners.received', 'prisoners.released', 'prisoners.final', 'prisoners.population.mean', 'prisoners.inScope.mean',
      'caseload.perSupervisor.mean', 'caseload.perSupervisor.p90', 'caseload.perSupervisor.max', 'cases.unallocated.mean',
      'contacts.required', 'contacts.delivered', 'contacts.missed', 'contacts.deliveredShare', 'contacts.minutesPerPrisonerPerMonth',
      'staff.directContactShare', 'staff.hoursRedeployed', 'reports.due', 'reports.onTime', 'reports.late', 'reports.unfinished',
      'reports.neverFinished', 'reports.unfinishedShare', 'reports.onTimeShare', 'parole.hearings', 'hdc.eligible',
      'oversight.hoursNeeded', 'oversight.balance', 'wmt.capacityPercent.mean',
    ]) {
      expect(typeof result.metrics[name], name).toBe('number');
    }
  });

  it('keeps the population near its target over the run (within 15% of 500 at every week)', () => {
    for (const row of result.weekly) expect(Math.abs(row.values['prisoners.population'] - 500)).toBeLessThan(75);
  });
});
