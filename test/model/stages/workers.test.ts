/**
 * Who does a piece of work: written work only some grades are qualified to
 * write (by default, the parole report: probation officers only) goes to the
 * case's supervisor only if they are qualified, else to the least busy
 * qualified member of staff, and is never taken over by anyone unqualified,
 * however idle they are.
 */
import { describe, expect, it } from 'vitest';
import { allocate } from '../../../src/model/stages/allocation.ts';
import { mayDo, workerFor, workToTakeOver } from '../../../src/model/stages/workers.ts';
import { createTask } from '../../../src/model/tasks.ts';
import { WEEK } from '../../../src/model/time.ts';
import type { Prisoner, StaffMember, Task, TaskKind } from '../../../src/model/types.ts';
import { emptyPrison, testPrisoner } from '../helpers.ts';

/** An empty prison whose every case goes to a prison-officer offender supervisor first. */
function prison(changes: Record<string, unknown> = {}) {
  const run = emptyPrison({
    staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 2 } },
    allocation: { rules: [{ when: {}, groups: ['offenderSupervisors', 'probationOfficers'] }] },
    ...changes,
  });
  const est = run.ctx.establishments[0];
  return { run, ctx: run.ctx, os: est.staff.offenderSupervisors, po: est.staff.probationOfficers };
}

/** A life-sentence case allocated in `run` (to an offender supervisor, under the rules above). */
function lifer(run: ReturnType<typeof prison>['run']): Prisoner {
  const p = testPrisoner(run, { sentence: 'life', sentenceMonths: 48 });
  expect(allocate(run.ctx, p)).toBe(true);
  return p;
}

/** Puts `hours` of work of `kind` about `p` on `owner`'s list. */
function give(run: ReturnType<typeof prison>['run'], owner: StaffMember, p: Prisoner, kind: TaskKind, hours: number): Task {
  return createTask(run.ctx, { kind, prisoner: p, hours, due: run.ctx.sim.now + 10 * WEEK }, owner);
}

describe('work only some grades are qualified to write', () => {
  it('goes to the least busy probation officer when the case’s supervisor is a prison officer; other written work stays with the supervisor', () => {
    const { run, ctx, os, po } = prison();
    const p = lifer(run);
    expect(p.supervisor!.group).toBe('offenderSupervisors');
    // The first probation officer is the busier: the report goes to the second.
    give(run, po[0], lifer(run), 'oasysReview', 5);
    expect(workerFor(ctx, p, 'parole')).toBe(po[1]);
    expect(workerFor(ctx, p, 'oasysReview')).toBe(p.supervisor);
    expect(workerFor(ctx, p, 'contact')).toBe(p.supervisor);
    expect(os).toContain(p.supervisor);
  });

  it('stays with a supervisor who is qualified', () => {
    const { run, ctx, po } = prison({ allocation: { rules: [{ when: {}, groups: ['probationOfficers'] }] } });
    const p = lifer(run);
    expect(po).toContain(p.supervisor);
    give(run, p.supervisor!, lifer(run), 'oasysReview', 50);
    expect(workerFor(ctx, p, 'parole')).toBe(p.supervisor);
  });

  it('goes to an overseeing probation officer, who holds no caseload, when their group is listed', () => {
    const { run, ctx, po } = prison({ staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 1, role: 'oversight' } } });
    const p = lifer(run);
    expect(workerFor(ctx, p, 'parole')).toBe(po[0]);
  });

  it('waits for someone qualified when nobody qualified is in post, rather than fall to the supervisor', () => {
    const { run, ctx } = prison({ staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 0 } } });
    expect(workerFor(ctx, lifer(run), 'parole')).toBeNull();
  });

  it('with no restriction (null), goes to the supervisor as any other written work does', () => {
    const { run, ctx } = prison({ allocation: { rules: [{ when: {}, groups: ['offenderSupervisors'] }], qualifiedGroups: { parole: null } } });
    const p = lifer(run);
    expect(workerFor(ctx, p, 'parole')).toBe(p.supervisor);
  });

  it('is never taken over by an idle prison officer from an overloaded probation officer, though other work is', () => {
    // One probation officer, far behind: a parole report and an OASys review of a case the prison officers may supervise.
    const { run, ctx, os, po } = prison({ staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 1 } } });
    const p = lifer(run);
    const report = give(run, po[0], p, 'parole', 30);
    expect(mayDo(ctx, os[0], report)).toBe(false);
    expect(mayDo(ctx, po[0], report)).toBe(true);
    expect(workToTakeOver(ctx, os[0])).toBeUndefined();
    const review = give(run, po[0], p, 'oasysReview', 2);
    expect(workToTakeOver(ctx, os[0])).toBe(review);
  });

  it('is taken over by an idle qualified colleague', () => {
    const { run, ctx, po } = prison();
    const report = give(run, po[0], lifer(run), 'parole', 30);
    expect(workToTakeOver(ctx, po[1])).toBe(report);
  });

  it('is taken over by a prison officer where the scenario lists prison officers (the 2014 benchmark)', () => {
    const { run, ctx, os, po } = prison({ allocation: { rules: [{ when: {}, groups: ['offenderSupervisors', 'probationOfficers'] }], qualifiedGroups: { parole: ['offenderSupervisors', 'probationOfficers'] } } });
    const report = give(run, po[0], lifer(run), 'parole', 30);
    expect(mayDo(ctx, os[0], report)).toBe(true);
  });

  it('as administrative work, goes only to administrators of a qualified group', () => {
    const { run, ctx, os, po } = prison({
      staff: { offenderSupervisors: { count: 1 }, probationOfficers: { count: 1 }, caseAdministrators: { count: 1 } },
      allocation: { rules: [{ when: {}, groups: ['offenderSupervisors', 'probationOfficers'] }], administrativeWork: ['parole', 'hdc'] },
    });
    const p = lifer(run);
    const administrator = run.ctx.establishments[0].staff.caseAdministrators[0];
    // The case administrator writes the HDC assessment but is not qualified for the parole report.
    expect(workerFor(ctx, p, 'hdc')).toBe(administrator);
    expect(workerFor(ctx, p, 'parole')).toBe(po[0]);
    const report = give(run, po[0], p, 'parole', 30);
    expect(mayDo(ctx, administrator, report)).toBe(false);
    expect(mayDo(ctx, os[0], report)).toBe(false);
  });
});
