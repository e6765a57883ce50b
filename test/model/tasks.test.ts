/** A prisoner's open work: the contact apart from the other tasks, and both following the case to a new supervisor. */
import { describe, expect, it } from 'vitest';
import { allocate, deallocate } from '../../src/model/stages/allocation.ts';
import { createTask, dropTask, finishTask, workAbout } from '../../src/model/tasks.ts';
import { emptyPrison, testPrisoner } from './helpers.ts';

function caseWithWork() {
  const run = emptyPrison({ staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 0 } } });
  const { ctx } = run;
  const p = testPrisoner(run);
  allocate(ctx, p);
  const first = p.supervisor!;
  const plan = createTask(ctx, { kind: 'sentencePlan', prisoner: p, hours: 4, due: 200 }, first);
  const contact = createTask(ctx, { kind: 'contact', prisoner: p, hours: 1, directHours: 0.5, due: 100 }, first);
  p.contact = contact;
  const review = createTask(ctx, { kind: 'oasysReview', prisoner: p, hours: 2, due: 300 }, first);
  return { run, ctx, p, first, plan, contact, review };
}

describe("a prisoner's open work", () => {
  it('keeps the contact out of the task list, and lists it first among the open work', () => {
    const { p, plan, contact, review } = caseWithWork();
    expect(p.tasks).toEqual([plan, review]);
    expect(workAbout(p)).toEqual([contact, plan, review]);
  });

  it('stops listing work once it is done or dropped', () => {
    const { ctx, p, plan, contact, review } = caseWithWork();
    finishTask(ctx, contact);
    dropTask(plan, 'cancelled');
    expect(p.tasks).toEqual([review]);
    expect(workAbout(p)).toEqual([review]);
  });

  it('moves with the case, contact included, when the case is given to another supervisor', () => {
    const { run, ctx, p, first, plan, contact, review } = caseWithWork();
    const second = run.ctx.establishments[0].staff.offenderSupervisors.find((m) => m !== first)!;
    first.active = false;
    deallocate(ctx, p);
    allocate(ctx, p);
    expect(p.supervisor).toBe(second);
    expect([contact.owner, plan.owner, review.owner]).toEqual([second, second, second]);
    expect(first.work.openHours).toBeCloseTo(0, 12);
    expect(second.work.openHours).toBeCloseTo(1 + 4 + 2, 12);
  });
});
