/**
 * The oversight consequence: where probation officers oversee (the 2014
 * benchmark), an NPS case's written work by a prison officer counts as done
 * only once a probation officer signs it off, and a share comes back for
 * rework. Paired runs on common random numbers of a 600-person prison whose
 * cases are owned by the NPS or a CRC, fourteen offender supervisors and one overseeing probation officer,
 * 2 years with a 13-week warm-up, 8 paired seeds.
 */
import { describe, expect, it } from 'vitest';
import { compareArms, expectDecrease, expectIncrease, run, scenario } from '../helpers.ts';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const WARMUP = 13;

function prison(signOff: Record<string, unknown>) {
  return scenario({
    horizon: { years: 2 },
    establishment: { caseOwnership: 'npsCrc' },
    population: { size: 600, rosh: { low: 0.2, medium: 0.4, high: 0.3, veryHigh: 0.1 } },
    staff: { offenderSupervisors: { count: 14 }, probationOfficers: { count: 1, role: 'oversight' } },
    // As the benchmark has it, the prison officers write the parole reports too (psp-benchmark-2014.yaml).
    allocation: { rules: [{ when: {}, groups: ['offenderSupervisors'] }], qualifiedGroups: { parole: ['offenderSupervisors', 'probationOfficers'] } },
    oversight: { signOff },
  } as never);
}

describe('sign-off of NPS cases’ written work', () => {
  it('makes assessments wait for the overseer, so a case waits longer for a finished OASys, and takes the overseer’s hours from the standing oversight', () => {
    const d = compareArms(prison({ kinds: [] }), prison({}), SEEDS, WARMUP, ['oversight.signOffs', 'assessments.waitDays.mean', 'oversight.hoursDelivered']);
    expectIncrease('sign-off vs none: oversight.signOffs', d['oversight.signOffs']);
    expectIncrease('sign-off vs none: assessments.waitDays.mean', d['assessments.waitDays.mean']);
    // One overseer for fourteen supervisors has no hours to spare: signing off displaces the rest of the oversight.
    expectDecrease('sign-off vs none: oversight.hoursDelivered', d['oversight.hoursDelivered']);
  });

  it('sends a share back for rework: with a chance of 0.5 rather than none, pieces come back and more oversight hours are spent', () => {
    const d = compareArms(prison({ reworkShare: 0 }), prison({ reworkShare: 0.5 }), SEEDS, WARMUP, ['oversight.returnedForRework', 'oversight.signOffs']);
    expectIncrease('rework 0 → 0.5: oversight.returnedForRework', d['oversight.returnedForRework']);
    // Each piece sent back is signed off again.
    expectIncrease('rework 0 → 0.5: oversight.signOffs', d['oversight.signOffs']);
    expect(d['oversight.returnedForRework'].mean).toBeGreaterThan(0);
  });
});

describe('who oversees', () => {
  it('is only probation officers whose role is oversight: administrators and caseload officers owe no oversight', () => {
    const s = (role: string) => scenario({ horizon: { years: 0.5 }, population: { size: 300 }, staff: { probationOfficers: { count: 2, role } } } as never);
    const demanded = (role: string) => run(s(role), 1, 0).metrics['oversight.hoursNeeded'] ?? 0;
    expect(demanded('oversight')).toBeGreaterThan(0);
    expect(demanded('caseloadAndOversight')).toBeGreaterThan(0);
    expect(demanded('administration')).toBe(0);
    expect(demanded('caseload')).toBe(0);
  });
});

describe('how much oversight is done', () => {
  it('is the share of the oversight hours that arose that were done: one overseer for fourteen supervisors does part of it', () => {
    const m = run(prison({}), 1, WARMUP).metrics;
    expect(m['oversight.deliveredShare']).toBeCloseTo(m['oversight.hoursDelivered'] / m['oversight.hoursNeeded'], 12);
    expect(m['oversight.deliveredShare']).toBeGreaterThan(0);
    expect(m['oversight.deliveredShare']).toBeLessThan(0.9);
  });
});
