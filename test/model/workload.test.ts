/**
 * The workload measure: work demanded of each person against the hours they
 * had for it, averaged over staff, before and after redeployment. Paired
 * runs on common random numbers of a 500-person prison, 1.5 years with a
 * 13-week warm-up, 6 seeds.
 */
import { describe, expect, it } from 'vitest';
import { capacityPercents } from '../../src/model/workload.ts';
import { compareArms, report, run, smallPrison } from './helpers.ts';

const SEEDS = [1, 2, 3, 4, 5, 6];

describe('capacity %', () => {
  it('is the mean over staff who had hours of 100 × demanded ÷ hours, before and after the hours lost to redeployment', () => {
    const staff = [
      { demandedHours: 50, availableHours: 100, hoursLostToRedeployment: 50 },
      { demandedHours: 150, availableHours: 100, hoursLostToRedeployment: 0 },
      { demandedHours: 10, availableHours: 0, hoursLostToRedeployment: 0 },
    ];
    expect(capacityPercents(staff)).toEqual({ beforeRedeployment: 100, afterRedeployment: 125 });
    expect(capacityPercents([])).toEqual({ beforeRedeployment: NaN, afterRedeployment: NaN });
  });

  it('is the same after redeployment as before when nobody is redeployed, and higher when supervisors are', () => {
    const ringFenced = run(smallPrison(1, { staff: { offenderSupervisors: { ringFenced: true } } }), 1, 13).metrics;
    expect(ringFenced['workload.hoursLostToRedeployment']).toBe(0);
    expect(ringFenced['workload.capacityPercentAfterRedeployment']).toBe(ringFenced['workload.capacityPercent']);
    const redeployed = run(smallPrison(1, { redeployment: { shiftProbability: 0.4 } }), 1, 13).metrics;
    expect(redeployed['workload.hoursLostToRedeployment']).toBeGreaterThan(0);
    expect(redeployed['workload.capacityPercentAfterRedeployment']).toBeGreaterThan(redeployed['workload.capacityPercent']);
  });

  it('rises when supervisors are cut (5 → 4): the paired difference beyond its 95% interval, and at least 12% of its level', () => {
    const metric = 'workload.capacityPercent';
    const before = SEEDS.map((seed) => run(smallPrison(1.5), seed, 13).metrics[metric]);
    const d = compareArms(smallPrison(1.5), smallPrison(1.5, { staff: { offenderSupervisors: { count: 4 } } }), SEEDS, 13, [metric]);
    report('5 → 4 offender supervisors: workload.capacityPercent', d[metric]);
    expect(d[metric].mean - d[metric].halfWidth).toBeGreaterThan(0);
    const level = before.reduce((a, b) => a + b, 0) / before.length;
    expect(d[metric].mean / level).toBeGreaterThan(0.12);
  });

  it('after redeployment rises with redeployment (0.15 → 0.4) while before it does not change beyond its interval', () => {
    const d = compareArms(smallPrison(1.5), smallPrison(1.5, { redeployment: { shiftProbability: 0.4 } }), SEEDS, 13, [
      'workload.capacityPercentAfterRedeployment',
      'workload.capacityPercent',
    ]);
    report('redeployment 0.15 → 0.4: workload.capacityPercentAfterRedeployment', d['workload.capacityPercentAfterRedeployment']);
    report('redeployment 0.15 → 0.4: workload.capacityPercent', d['workload.capacityPercent']);
    expect(d['workload.capacityPercentAfterRedeployment'].mean - d['workload.capacityPercentAfterRedeployment'].halfWidth).toBeGreaterThan(0);
    expect(Math.abs(d['workload.capacityPercent'].mean)).toBeLessThan(d['workload.capacityPercentAfterRedeployment'].mean / 4);
  });
});
