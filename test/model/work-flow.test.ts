/**
 * How work flows, each mechanism against the model without it, over common
 * random numbers: both arms run on the same seeds, and the mean paired
 * difference must lie beyond its own 95% t-interval half-width in the
 * expected direction. Each test names the mechanism that, switched off,
 * makes it fail.
 *
 * Small prisons (500 people, 1.5 years, 13-week warm-up), 6 paired seeds.
 */
import { describe, expect, it } from 'vitest';
import { compareArms, expectDecrease, expectIncrease, run, smallPrison } from './helpers.ts';

const YEARS = 1.5;
const WARMUP = 13;
const SEEDS = [1, 2, 3, 4, 5, 6];

/** An overloaded unit: every sentenced prisoner in scope, the default five offender supervisors and two probation officers. */
const overloaded = { scope: { rules: [{ sentence: ['determinate', 'ipp', 'life'] }] } };

describe('triage', () => {
  it('in an overloaded unit, puts more parole reports on time and delivers more contacts than the nearest deadline first', () => {
    const d = compareArms(smallPrison(YEARS, { ...overloaded, workingPattern: { priority: 'deadline' } }), smallPrison(YEARS, overloaded), SEEDS, WARMUP, [
      'reports.parole.onTimeShare',
      'contacts.deliveredShare',
    ]);
    expectIncrease('triage vs deadline, overloaded: reports.parole.onTimeShare', d['reports.parole.onTimeShare']);
    expectIncrease('triage vs deadline, overloaded: contacts.deliveredShare', d['contacts.deliveredShare']);
  });

  it('cuts overdue assessments to a short risk review put before contacts, so they are finished, if late, where the full assessment would wait for ever', () => {
    // First assessments after every contact, so that in an overloaded unit the full assessment never reaches the front.
    const assessmentsLast = { ...overloaded, workingPattern: { assessmentBeforeTier: null } };
    const noCut = { ...assessmentsLast, assessment: { shortReviewAfterWeeksOverdue: null } };
    const d = compareArms(smallPrison(YEARS, noCut), smallPrison(YEARS, assessmentsLast), SEEDS, WARMUP, ['assessments.late', 'assessments.neverFinished']);
    expectIncrease('short review vs none: assessments.late', d['assessments.late']);
    expectDecrease('short review vs none: assessments.neverFinished', d['assessments.neverFinished']);
  });

  it('puts a new case’s first OASys before contacts with tier-2 and tier-1 cases: more assessments on time and fewer tier-1 contacts than with every contact first', () => {
    // A unit well short of hours (two offender supervisors for the default five, about 120% of its WMT capacity), where the order matters.
    const stretched = { staff: { offenderSupervisors: { count: 2 } } };
    const afterContacts = { ...stretched, workingPattern: { assessmentBeforeTier: null } };
    const d = compareArms(smallPrison(YEARS, afterContacts), smallPrison(YEARS, stretched), SEEDS, WARMUP, [
      'assessments.onTimeShare',
      'contacts.deliveredShare.tier1',
    ]);
    expectIncrease('first OASys before tier 2 vs after every contact: assessments.onTimeShare', d['assessments.onTimeShare']);
    expectDecrease('first OASys before tier 2 vs after every contact: contacts.deliveredShare.tier1', d['contacts.deliveredShare.tier1']);
  });
});

describe('allocation at reception', () => {
  it('puts a case in a caseload, owed contacts, before its OASys is done: more cases in scope and more contacts required than allocation after assessment', () => {
    const d = compareArms(smallPrison(YEARS, { allocation: { daysAfterReception: null } }), smallPrison(YEARS), SEEDS, WARMUP, [
      'prisoners.inScope.mean',
      'contacts.required',
    ]);
    expectIncrease('at reception vs after assessment: prisoners.inScope.mean', d['prisoners.inScope.mean']);
    expectIncrease('at reception vs after assessment: contacts.required', d['contacts.required']);
  });

  it('reports the assessment queue: cases awaiting their OASys on average, and the days from reception to a finished one, which grow when supervisors are cut (5 → 2)', () => {
    const d = compareArms(smallPrison(YEARS), smallPrison(YEARS, { staff: { offenderSupervisors: { count: 2 } } }), SEEDS, WARMUP, [
      'assessments.awaiting.mean',
      'assessments.waitDays.mean',
    ]);
    expectIncrease('5 → 2 supervisors: assessments.awaiting.mean', d['assessments.awaiting.mean']);
    expectIncrease('5 → 2 supervisors: assessments.waitDays.mean', d['assessments.waitDays.mean']);
  });
});

describe('overflow between grades', () => {
  // Four probation service officers, the last group the general rule names, beside three offender supervisors (the default five would leave little to overflow).
  const withPsos = { staff: { probationServiceOfficers: { count: 4 }, offenderSupervisors: { count: 3 } } };

  it('gives added probation service officers cases, so more contacts are delivered than when new cases always go to the first group with room', () => {
    const d = compareArms(smallPrison(YEARS, { ...withPsos, allocation: { overflowHoursPerPerson: null } }), smallPrison(YEARS, withPsos), SEEDS, WARMUP, [
      'hours.probationServiceOfficers.contact',
      'contacts.deliveredShare',
    ]);
    expectIncrease('overflow vs none, +4 PSOs: hours.probationServiceOfficers.contact', d['hours.probationServiceOfficers.contact']);
    expectIncrease('overflow vs none, +4 PSOs: contacts.deliveredShare', d['contacts.deliveredShare']);
  });
});

describe('administrative fallback', () => {
  // Two administrators with a tenth of their time for the unit cannot keep up with the HDC work.
  const thinAdministrators = { staff: { caseAdministrators: { count: 2, omShare: 0.1 } } };

  it('sends HDC work to supervisors when the administrators are overloaded: fewer HDC assessments unfinished than when it waits for them', () => {
    const off = { ...thinAdministrators, allocation: { overflowHoursPerPerson: null } };
    const d = compareArms(smallPrison(YEARS, off), smallPrison(YEARS, thinAdministrators), SEEDS, WARMUP, ['reports.hdc.unfinishedShare']);
    expectDecrease('fallback vs none: reports.hdc.unfinishedShare', d['reports.hdc.unfinishedShare']);
  });
});

describe('administrative work with no fallback', () => {
  // Supervisors to spare (twelve for 500 people) beside overloaded administrators: only the rule keeps them off the HDC work.
  const spare = { staff: { offenderSupervisors: { count: 12 }, caseAdministrators: { count: 2, omShare: 0.1 } } };

  it('is never taken over by idle supervisors: more HDC assessments unfinished than where it may fall back', () => {
    const d = compareArms(smallPrison(YEARS, spare), smallPrison(YEARS, { ...spare, allocation: { administrativeFallback: false } }), SEEDS, WARMUP, ['reports.hdc.unfinishedShare']);
    expectIncrease('no fallback vs fallback, supervisors to spare: reports.hdc.unfinishedShare', d['reports.hdc.unfinishedShare']);
  });
});

describe('taking over an overloaded colleague’s work', () => {
  // The 2014 benchmark: offender supervisors hold every case, probation officers oversee with no caseload.
  const benchmark = {
    ...overloaded,
    staff: { probationOfficers: { role: 'oversight' } },
    allocation: { rules: [{ when: {}, groups: ['offenderSupervisors'] }] },
  };

  it('gives overseers with nothing to oversee the written work of overloaded supervisors: less idle time, and more contacts delivered by the supervisors it frees', () => {
    const d = compareArms(smallPrison(YEARS, { ...benchmark, allocation: { ...benchmark.allocation, overflowHoursPerPerson: null } }), smallPrison(YEARS, benchmark), SEEDS, WARMUP, [
      'hours.probationOfficers.idle',
      'contacts.deliveredShare',
    ]);
    expectDecrease('take-over vs none: hours.probationOfficers.idle', d['hours.probationOfficers.idle']);
    expectIncrease('take-over vs none: contacts.deliveredShare', d['contacts.deliveredShare']);
  });
});

describe('interrupted work', () => {
  // Redeployment on most shifts, at a random moment: many tasks are interrupted.
  const pulled = (interruptedTask: string) => smallPrison(YEARS, { redeployment: { shiftProbability: 0.6, interruptedTask } });

  it('restarted from nothing costs contacts: fewer delivered than when work is resumed', () => {
    const d = compareArms(pulled('resume'), pulled('restart'), SEEDS, WARMUP, ['contacts.deliveredShare']);
    expectDecrease('restart vs resume: contacts.deliveredShare', d['contacts.deliveredShare']);
  });

  it('abandoned, a contact in hand is missed: more contacts missed than when work is resumed', () => {
    const d = compareArms(pulled('resume'), pulled('abandon'), SEEDS, WARMUP, ['contacts.missed']);
    expectIncrease('abandon vs resume: contacts.missed', d['contacts.missed']);
  });
});

describe('redeployment and the shortfall of officers', () => {
  // Whole shifts lost (redeployed at the start), so the share of shifts at work lost is the chance itself.
  function shareOfShiftsAtWorkRedeployed(shortfall: number): { share: number; shifts: number } {
    const s = smallPrison(1, { establishment: { operationalShortfall: shortfall }, redeployment: { whenInShift: 'start' }, staff: { probationOfficers: { count: 0 } } });
    const m = run(s, 1, 0).metrics;
    const atWork = ['contact', 'admin', 'reports', 'oversight', 'idle', 'redeployed'].reduce((sum, c) => sum + (m[`hours.offenderSupervisors.${c}`] ?? 0), 0);
    const shiftHours = s.staff.offenderSupervisors.contractedHoursPerWeek / s.workingPattern.shiftsPerWeek;
    return { share: m['hours.offenderSupervisors.redeployed'] / atWork, shifts: atWork / shiftHours };
  }

  it('rises with the shortfall as base + sensitivity × shortfall: 0.15 of shifts at work with none, 0.55 with a shortfall of 0.2 (each within 4 binomial standard errors)', () => {
    for (const [shortfall, chance] of [
      [0, 0.15],
      [0.2, 0.15 + 2 * 0.2],
    ]) {
      const { share, shifts } = shareOfShiftsAtWorkRedeployed(shortfall);
      console.log(`shortfall ${shortfall}: ${share.toFixed(4)} of ${shifts.toFixed(0)} shifts at work redeployed (chance ${chance})`);
      expect(Math.abs(share - chance)).toBeLessThan(4 * Math.sqrt((chance * (1 - chance)) / shifts));
    }
  });
});
