/** Allocation: the caseload cap, the leastLoaded and continuity policies, group preference, and the queue of waiting cases. */
import { describe, expect, it } from 'vitest';
import { allocate, allocateWaiting, chooseSupervisor, deallocate } from '../../../src/model/stages/allocation.ts';
import type { Prisoner, StaffMember } from '../../../src/model/types.ts';
import { emptyPrison, testPrisoner } from '../helpers.ts';

function prison(changes: Record<string, unknown> = {}) {
  const run = emptyPrison(changes);
  const est = run.ctx.establishments[0];
  return { run, ctx: run.ctx, os: est.staff.offenderSupervisors, po: est.staff.probationOfficers, est };
}

/** Sets a member's open hours as if work of that many hours were on their list. */
function setOpenHours(member: StaffMember, hours: number): void {
  member.work.addOpenHours(hours - member.work.openHours);
}

describe('leastLoaded (the default policy)', () => {
  it('gives each case to the eligible supervisor with the fewest cases, the first in post on a tie', () => {
    const { run, ctx, os } = prison({ staff: { offenderSupervisors: { count: 3 }, probationOfficers: { count: 0 } } });
    const cases = Array.from({ length: 7 }, () => testPrisoner(run));
    for (const p of cases) expect(allocate(ctx, p)).toBe(true);
    expect(cases.map((p) => os.indexOf(p.supervisor!))).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(os.map((m) => m.caseload.size)).toEqual([3, 2, 2]);
  });

  it('prefers the first group a rule names while it has room: very-high-harm cases go to probation officers', () => {
    const { run, ctx, os, po } = prison({ staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 1 } }, caseload: { cap: 2 } });
    const veryHigh = Array.from({ length: 3 }, () => testPrisoner(run, { rosh: 'veryHigh' }));
    for (const p of veryHigh) allocate(ctx, p);
    // The probation officer takes two (the cap), then the offender supervisors.
    expect(veryHigh.map((p) => p.supervisor!.group)).toEqual(['probationOfficers', 'probationOfficers', 'offenderSupervisors']);
    expect(po[0].caseload.size).toBe(2);
    // An ordinary case goes to an offender supervisor even when the probation officer is less loaded.
    const ordinary = testPrisoner(run);
    for (const p of [...po[0].caseload]) deallocate(ctx, p);
    allocate(ctx, ordinary);
    expect(ordinary.supervisor!.group).toBe('offenderSupervisors');
    expect(os.some((m) => m.caseload.has(ordinary))).toBe(true);
  });

  it('gives no cases to probation officers whose role is oversight only', () => {
    const { run, ctx } = prison({ staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 2, role: 'oversight' } } });
    const p = testPrisoner(run, { rosh: 'veryHigh' });
    allocate(ctx, p);
    expect(p.supervisor!.group).toBe('offenderSupervisors');
  });
});

describe('the caseload cap', () => {
  it('never lets a caseload exceed the cap; the cases nobody can take wait', () => {
    const { run, ctx, os } = prison({ staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 0 } }, caseload: { cap: 2 } });
    const cases = Array.from({ length: 6 }, () => testPrisoner(run));
    const allocated = cases.map((p) => allocate(ctx, p));
    expect(allocated).toEqual([true, true, true, true, false, false]);
    expect(os.map((m) => m.caseload.size)).toEqual([2, 2]);
    expect(cases.slice(4).every((p) => p.supervisor === null && !Number.isNaN(p.unallocatedSince))).toBe(true);
    expect(ctx.metrics.level('cases.unallocated')).toBe(2);
  });

  it('gives a freed place to the case that has waited longest', () => {
    const { run, ctx, est } = prison({ staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 0 } }, caseload: { cap: 1 } });
    const [held, first, second] = [testPrisoner(run), testPrisoner(run), testPrisoner(run)];
    for (const p of [held, first, second]) allocate(ctx, p);
    expect(ctx.metrics.level('cases.unallocated')).toBe(2);
    deallocate(ctx, held);
    allocateWaiting(ctx, est);
    expect(first.supervisor).not.toBeNull();
    expect(second.supervisor).toBeNull();
    expect(ctx.metrics.level('cases.unallocated')).toBe(1);
    expect(est.unallocated).toEqual([second]);
  });

  it('drops a case that leaves while waiting from the count of waiting cases, and never allocates it', () => {
    const { run, ctx, est } = prison({ staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 0 } }, caseload: { cap: 1 } });
    const [held, gone] = [testPrisoner(run), testPrisoner(run)];
    allocate(ctx, held);
    allocate(ctx, gone);
    gone.inCustody = false;
    deallocate(ctx, gone);
    expect(ctx.metrics.level('cases.unallocated')).toBe(0);
    deallocate(ctx, held);
    allocateWaiting(ctx, est);
    expect(gone.supervisor).toBeNull();
    expect(est.unallocated).toEqual([]);
  });

  it('leaves every case waiting when there is nobody to supervise it', () => {
    const { run, ctx } = prison({ staff: { offenderSupervisors: { count: 0 }, probationOfficers: { count: 0 } } });
    const p = testPrisoner(run);
    expect(chooseSupervisor(ctx, p)).toBeNull();
    expect(allocate(ctx, p)).toBe(false);
    // Asking again does not queue the case twice.
    expect(allocate(ctx, p)).toBe(false);
    expect(ctx.metrics.level('cases.unallocated')).toBe(1);
  });
});

describe('continuity', () => {
  function setUp(cap: number | null) {
    const s = prison({ allocation: { policy: 'continuity' }, caseload: { cap }, staff: { offenderSupervisors: { count: 3 }, probationOfficers: { count: 0 } } });
    // The third supervisor already carries two cases; the others none.
    for (let i = 0; i < 2; i++) s.os[2].caseload.add(testPrisoner(s.run));
    return s;
  }

  it('gives the case to the person who assessed it when they have room, even if others carry fewer', () => {
    const { run, ctx, os } = setUp(null);
    const p: Prisoner = testPrisoner(run);
    p.assessor = os[2];
    allocate(ctx, p);
    expect(p.supervisor).toBe(os[2]);
  });

  it('falls back to the least loaded when the assessor is at the cap', () => {
    const { run, ctx, os } = setUp(2);
    const p: Prisoner = testPrisoner(run);
    p.assessor = os[2];
    allocate(ctx, p);
    expect(p.supervisor).toBe(os[0]);
  });

  it('falls back to the least loaded when nobody assessed the case', () => {
    const { run, ctx, os } = setUp(null);
    const p: Prisoner = testPrisoner(run);
    allocate(ctx, p);
    expect(p.supervisor).toBe(os[0]);
  });

  it('is ignored under leastLoaded', () => {
    const { run, ctx, os } = prison({ staff: { offenderSupervisors: { count: 3 }, probationOfficers: { count: 0 } } });
    os[2].caseload.add(testPrisoner(run));
    const p: Prisoner = testPrisoner(run);
    p.assessor = os[2];
    allocate(ctx, p);
    expect(p.supervisor).toBe(os[0]);
  });
});

describe('caseload caps by staff group', () => {
  it('hold a group to its own cap while another group, uncapped, takes the rest', () => {
    const { run, ctx, os, po } = prison({
      staff: { offenderSupervisors: { count: 2, caseloadCap: 3 }, probationOfficers: { count: 1 } },
      allocation: { overflowHoursPerPerson: null },
    });
    const cases = Array.from({ length: 10 }, () => testPrisoner(run));
    for (const p of cases) expect(allocate(ctx, p)).toBe(true);
    expect(os.map((m) => m.caseload.size)).toEqual([3, 3]);
    expect(po[0].caseload.size).toBe(4);
  });

  it('apply together with the global cap: the lower of the two binds', () => {
    const { run, ctx, os, po } = prison({
      staff: { offenderSupervisors: { count: 1, caseloadCap: 5 }, probationOfficers: { count: 1, caseloadCap: 50 } },
      caseload: { cap: 2 },
    });
    const allocated = Array.from({ length: 5 }, () => allocate(ctx, testPrisoner(run)));
    expect(allocated).toEqual([true, true, true, true, false]);
    expect([os[0].caseload.size, po[0].caseload.size]).toEqual([2, 2]);
  });
});

describe('overflow between grades', () => {
  it('sends new cases to the next group the rule allows once the preferred group’s open work per person passes the threshold', () => {
    const { run, ctx, os, po } = prison({ staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 1 } }, allocation: { overflowHoursPerPerson: 10 } });
    // 12 and 9 open hours: 10.5 per person, over the threshold.
    setOpenHours(os[0], 12);
    setOpenHours(os[1], 9);
    const p = testPrisoner(run);
    allocate(ctx, p);
    expect(p.supervisor).toBe(po[0]);
    // Back under the threshold, the preferred group takes cases again.
    setOpenHours(os[0], 8);
    const q = testPrisoner(run);
    allocate(ctx, q);
    expect(q.supervisor!.group).toBe('offenderSupervisors');
  });

  it('sends them to the least loaded group when every group is over the threshold, and never overflows with no threshold', () => {
    const { run, ctx, os, po } = prison({ staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 1 } }, allocation: { overflowHoursPerPerson: 10 } });
    setOpenHours(os[0], 30);
    setOpenHours(po[0], 20);
    const p = testPrisoner(run);
    allocate(ctx, p);
    expect(p.supervisor).toBe(po[0]);
    setOpenHours(po[0], 40);
    const q = testPrisoner(run);
    allocate(ctx, q);
    expect(q.supervisor).toBe(os[0]);
    const never = prison({ staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 1 } }, allocation: { overflowHoursPerPerson: null } });
    setOpenHours(never.os[0], 1000);
    const r = testPrisoner(never.run);
    allocate(never.ctx, r);
    expect(r.supervisor).toBe(never.os[0]);
  });
});
