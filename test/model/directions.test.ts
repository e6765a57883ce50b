/**
 * Expected directions, over common random numbers: both arms run on the same
 * seeds, and the mean paired difference must lie beyond its own 95%
 * t-interval half-width, in the expected direction.
 *
 * A 500-person local prison, 1.5 years with a 13-week warm-up, 8 paired
 * seeds. Where a direction shows only in a unit short of hours, the unit is
 * stretched: three offender supervisors (the default ratio gives five) put
 * it at about 96% of its WMT capacity, where the default five leave it at 68%.
 */
import { describe, it } from 'vitest';
import { deepMerge } from '../../src/scenario/merge.ts';
import { compareArms, expectDecrease, expectIncrease, smallPrison } from './helpers.ts';

const YEARS = 1.5;
const WARMUP = 13;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** A unit at about its capacity: three offender supervisors and the default two probation officers. */
const stretched = (changes: Record<string, unknown> = {}) => smallPrison(YEARS, deepMerge({ staff: { offenderSupervisors: { count: 3 } } }, changes) as Record<string, unknown>);

describe('directions', () => {
  it('more offender supervisors (3 → 4) give more contact minutes per prisoner and a lower share of reports unfinished', () => {
    const d = compareArms(stretched(), stretched({ staff: { offenderSupervisors: { count: 4 } } }), SEEDS, WARMUP, [
      'contacts.minutesPerPrisonerPerMonth',
      'reports.unfinishedShare',
    ]);
    expectIncrease('+1 offender supervisor: contact minutes per prisoner per month', d['contacts.minutesPerPrisonerPerMonth']);
    expectDecrease('+1 offender supervisor: reports.unfinishedShare', d['reports.unfinishedShare']);
  });

  // Under triage (the default) contacts absorb lost hours, written work with release consequences coming first.
  it('more redeployment (shift probability 0.15 → 0.4) gives fewer contact minutes per prisoner and fewer contacts delivered', () => {
    const d = compareArms(stretched(), stretched({ redeployment: { shiftProbability: 0.4 } }), SEEDS, WARMUP, [
      'contacts.minutesPerPrisonerPerMonth',
      'contacts.deliveredShare',
    ]);
    expectDecrease('redeployment 0.15 → 0.4: contact minutes per prisoner per month', d['contacts.minutesPerPrisonerPerMonth']);
    expectDecrease('redeployment 0.15 → 0.4: contacts.deliveredShare', d['contacts.deliveredShare']);
  });

  // With the nearest deadline first, written work shares the loss.
  it('more redeployment (0.15 → 0.4) with the nearest deadline first gives a higher share of reports unfinished', () => {
    // Two offender supervisors: with three, the unit sits at a tipping point where some seeds fall behind with their reports and others not at all.
    const deadline = { workingPattern: { priority: 'deadline' }, staff: { offenderSupervisors: { count: 2 } } };
    const d = compareArms(stretched(deadline), stretched({ ...deadline, redeployment: { shiftProbability: 0.4 } }), SEEDS, WARMUP, [
      'reports.unfinishedShare',
    ]);
    expectIncrease('redeployment 0.15 → 0.4, deadline first: reports.unfinishedShare', d['reports.unfinishedShare']);
  });

  // Seven caseholders: a cap of 20 holds 140 cases, about the number in scope; 12 holds 84.
  it('a lower caseload cap (20 → 12) leaves more cases unallocated', () => {
    const d = compareArms(smallPrison(YEARS, { caseload: { cap: 20 } }), smallPrison(YEARS, { caseload: { cap: 12 } }), SEEDS, WARMUP, [
      'cases.unallocated.mean',
    ]);
    expectIncrease('cap 20 → 12: cases.unallocated.mean', d['cases.unallocated.mean']);
  });

  it('ring-fenced offender-management time leaves fewer reports unfinished than unprotected time, at equal head count under high redeployment (0.5)', () => {
    const high = { redeployment: { shiftProbability: 0.5 } };
    const d = compareArms(stretched(high), stretched({ ...high, staff: { offenderSupervisors: { ringFenced: true } } }), SEEDS, WARMUP, [
      'reports.unfinished',
      'reports.unfinishedShare',
    ]);
    expectDecrease('ring-fenced vs not, redeployment 0.5: reports.unfinished', d['reports.unfinished']);
    expectDecrease('ring-fenced vs not, redeployment 0.5: reports.unfinishedShare', d['reports.unfinishedShare']);
  });
});
