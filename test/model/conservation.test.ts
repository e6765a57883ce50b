/**
 * Conservation laws, in runs of many kinds: people, staff time, contacts
 * and work with deadlines all balance (see expectConservation in helpers.ts,
 * which every run in this suite goes through).
 */
import { describe, expect, it } from 'vitest';
import { timeCategories } from '../../src/model/types.ts';
import { staffGroups } from '../../src/scenario/schema/index.ts';
import { expectCaseAccounting, run, runOpen, shiftsWorked, smallPrison } from './helpers.ts';

// 1.5 years ends at 21:00, after the day's shifts: each group's hours must equal
// the contracted hours of the shifts worked exactly.
const YEARS = 1.5;

const kinds: [string, Record<string, unknown>][] = [
  ['the small default prison', {}],
  ['heavy redeployment, whole shifts lost', { redeployment: { shiftProbability: 0.4, whenInShift: 'start' } }],
  ['heavy redeployment mid-shift, work restarted', { redeployment: { shiftProbability: 0.4, interruptedTask: 'restart' } }],
  ['heavy redeployment mid-shift, work abandoned', { redeployment: { shiftProbability: 0.4, interruptedTask: 'abandon' } }],
  ['a caseload cap that leaves cases waiting', { caseload: { cap: 15 } }],
  ['contacts first, probation officers overseeing, NPS/CRC ownership', {
    workingPattern: { priority: 'contactsFirst' },
    staff: { probationOfficers: { role: 'caseloadAndOversight' } },
    establishment: { caseOwnership: 'npsCrc' },
  }],
  ['part of the time on other duties, reports first, four shifts a week', {
    staff: { offenderSupervisors: { omShare: 0.7 } },
    workingPattern: { priority: 'reportsFirst', shiftsPerWeek: 4 },
  }],
  ['case administrators doing the HDC, handover and review work', {
    staff: { caseAdministrators: { count: 2 } },
    allocation: { administrativeWork: ['hdc', 'handover', 'oasysReview'] },
  }],
  ['an estate of three prisons moving people between them', {
    population: { size: 200 },
    establishment: { transferRatePerYear: 1.5 },
    estate: [{ name: 'Local', count: 2 }, { name: 'Training', count: 1, establishment: { type: 'training' }, staff: { offenderSupervisors: { count: 3 } } }],
  }],
  ['a timeline that cuts, then restores and reshapes the staff', {
    timeline: [
      { week: 10, set: { 'staff.offenderSupervisors.count': 2 } },
      { week: 30, set: { 'staff.offenderSupervisors.count': 7, 'staff.probationOfficers.count': 0, 'caseload.cap': 25 } },
      { week: 40, set: { 'staff.offenderSupervisors.contractedHoursPerWeek': 30, 'workingPattern.shiftsPerWeek': 4 } },
    ],
  }],
  ['an estate of prisons kept full, moving people between them (each place filled as it frees)', {
    population: { size: 200, admission: 'keepFull' },
    establishment: { transferRatePerYear: 1.5 },
    estate: [{ name: 'Local', count: 2 }, { name: 'Training', count: 1, establishment: { type: 'training' } }],
    timeline: [{ week: 30, set: { 'population.size': 240 } }],
  }],
  ['nobody received (the initial population runs down)', { timeline: [{ week: 0, set: { 'population.size': 0 } }] }],
];

describe.each(kinds)('in %s', (_, changes) => {
  const s = smallPrison(YEARS, changes);

  it.each([0, 13])('people, staff time, contacts and reports balance (warm-up %i weeks, two seeds)', (warmup) => {
    for (const seed of [1, 2]) {
      const { run: built } = runOpen(s, seed, warmup);
      expectCaseAccounting(built);
    }
  });
});

describe('staff time, person by person', () => {
  it.each([
    ['the small default prison', {}],
    ['an estate moving people (and their open work) between prisons', {
      population: { size: 200 },
      establishment: { transferRatePerYear: 2 },
      estate: [{ name: 'A', count: 2 }, { name: 'B', count: 1 }],
    }],
    ['heavy mid-shift redeployment', { redeployment: { shiftProbability: 0.5 } }],
    ['a prison with case administrators', { staff: { caseAdministrators: { count: 2 } } }],
  ])('in %s, each member is credited with exactly the contracted hours of the shifts they worked', (_, changes) => {
    // Over the whole run (no warm-up); 1 year ends at 06:00, before the day's shift.
    const s = smallPrison(1, changes);
    const shifts = shiftsWorked(s, 0);
    for (const seed of [1, 2]) {
      const { run: built } = runOpen(s, seed, 0);
      for (const establishment of built.ctx.establishments) {
        for (const member of establishment.allStaff()) {
          const heads = built.ctx.establishments.reduce((n, e) => n + e.staff[member.group].length, 0);
          const expected = (shifts[member.group].begun / heads) * shifts[member.group].shiftHours;
          const credited = member.hours.reduce((sum, h) => sum + h, 0);
          expect(credited, `${member.group} ${member.id}`).toBeCloseTo(expected, 6);
          for (const h of member.hours) expect(h).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});

describe('the balance checks themselves', () => {
  it('use an exact staff-time total when the horizon falls outside shift hours, and a range when it cuts a shift', () => {
    for (const group of staffGroups) {
      const whole = shiftsWorked(smallPrison(1.5), 13)[group];
      expect(whole.begun).toBe(whole.finished);
      // 2 years ends at 12:00, in the middle of a shift.
      const cut = shiftsWorked(smallPrison(2), 13)[group];
      expect(cut.begun - cut.finished).toBe(smallPrison(2).staff[group].count);
    }
  });

  it('count every staff hour in exactly one category, so the time shares sum to 1', () => {
    const m = run(smallPrison(1), 3, 13).metrics;
    const total = timeCategories.reduce((sum, c) => sum + m[`staff.timeShare.${c}`], 0);
    expect(total).toBeCloseTo(1, 12);
  });
});
