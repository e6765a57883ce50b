/**
 * The workload measure: work demanded of each person against the hours they
 * had for it, averaged over staff, before and after redeployment. Paired
 * runs on common random numbers of a 500-person prison, 1.5 years with a
 * 13-week warm-up, 6 seeds.
 */
import { describe, expect, it } from 'vitest';
import { capacityPercents, closeWorkloadWeek, hoursWeightedPercent, type WeeklyWorkload } from '../../src/model/workload.ts';
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

describe('workload weighted by hours', () => {
  it('is 100 × the group’s demanded hours ÷ its hours together: one person far over with few hours is not averaged away', () => {
    // Four officers at 92% of 37 hours, one new to the cap at 139% of 37: per head 101.4%, by hours the same here.
    const equal = [...Array.from({ length: 4 }, () => ({ demandedHours: 92, availableHours: 100, hoursLostToRedeployment: 0 })), { demandedHours: 139, availableHours: 100, hoursLostToRedeployment: 0 }];
    expect(hoursWeightedPercent(equal)).toBeCloseTo(101.4, 10);
    // One person with 10 hours and 30 demanded (300%) beside one with 100 hours and 50 demanded (50%): per head 175%, by hours 72.7%.
    const unequal = [{ demandedHours: 30, availableHours: 10, hoursLostToRedeployment: 0 }, { demandedHours: 50, availableHours: 100, hoursLostToRedeployment: 0 }];
    expect(capacityPercents(unequal).beforeRedeployment).toBe(175);
    expect(hoursWeightedPercent(unequal)).toBeCloseTo((100 * 80) / 110, 10);
    expect(hoursWeightedPercent([])).toBeNaN();
  });
});

describe('staff over 110% for four weeks running', () => {
  const person = (): WeeklyWorkload => ({ demandedHours: 0, availableHours: 0, hoursLostToRedeployment: 0, demandedAtWeekStart: 0, availableAtWeekStart: 0, weeksOverBand: 0, overBandFourWeeks: false });
  /** Closes weeks of `available` hours each with the demanded hours given, one a week. */
  const weeks = (member: WeeklyWorkload, demanded: readonly number[], available = 30): WeeklyWorkload => {
    for (const hours of demanded) {
      member.demandedHours += hours;
      member.availableHours += available;
      closeWorkloadWeek(member);
    }
    return member;
  };

  it('counts a person over 110% of the week’s hours in each of four weeks running, and not one over it for three', () => {
    expect(weeks(person(), [34, 34, 34, 34]).overBandFourWeeks).toBe(true);
    expect(weeks(person(), [34, 34, 34, 30, 34, 34, 34]).overBandFourWeeks).toBe(false);
    // 110% exactly is within the band.
    expect(weeks(person(), [33, 33, 33, 33]).overBandFourWeeks).toBe(false);
  });

  it('reads each week by itself, not the totals: a heavy first month then light weeks still counts, light weeks then heavy ones too', () => {
    expect(weeks(person(), [40, 40, 40, 40, 10, 10, 10, 10]).overBandFourWeeks).toBe(true);
    expect(weeks(person(), [10, 10, 10, 10, 40, 40, 40, 40]).overBandFourWeeks).toBe(true);
    // A week with no hours (all of it absent) ends a run.
    const absent = weeks(person(), [40, 40, 40]);
    weeks(absent, [0], 0);
    expect(weeks(absent, [40]).overBandFourWeeks).toBe(false);
  });
});

