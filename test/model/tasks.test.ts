/** A prisoner's open work: the contact apart from the other tasks, and both following the case to a new supervisor. */
import { describe, expect, it } from 'vitest';
import { allocate, deallocate } from '../../src/model/stages/allocation.ts';
import { createTask, dropTask, finishTask, openWorkAbout } from '../../src/model/tasks.ts';
import { emptyPrison, testPrisoner } from './helpers.ts';

/**
 * A case with a sentence plan made at hour 0, an OASys review at hour 1, its
 * contact at hour 1 (after the review), and an HDC assessment at hour 2; the
 * first shift starts at 08:00, so nobody works on any of it meanwhile.
 */
function caseWithWork() {
  const run = emptyPrison({ staff: { offenderSupervisors: { count: 2 }, probationOfficers: { count: 0 } } });
  const { ctx } = run;
  const p = testPrisoner(run);
  allocate(ctx, p);
  const first = p.supervisor!;
  const plan = createTask(ctx, { kind: 'sentencePlan', prisoner: p, hours: 4, due: 200 }, first);
  ctx.sim.run({ until: 1 });
  const review = createTask(ctx, { kind: 'oasysReview', prisoner: p, hours: 2, due: 300 }, first);
  const contact = createTask(ctx, { kind: 'contact', prisoner: p, hours: 1, directHours: 0.5, due: 100 }, first);
  p.contact = contact;
  ctx.sim.run({ until: 2 });
  const hdc = createTask(ctx, { kind: 'hdc', prisoner: p, hours: 3, due: 400 }, first);
  return { run, ctx, p, first, plan, contact, review, hdc };
}

describe("a prisoner's open work", () => {
  it('keeps the contact out of the task list, and lists it among the open work in the order the work was made', () => {
    const { p, plan, contact, review, hdc } = caseWithWork();
    expect(p.tasks).toEqual([plan, review, hdc]);
    expect(openWorkAbout(p)).toEqual([plan, review, contact, hdc]);
  });

  it('stops listing work once it is done or dropped', () => {
    const { ctx, p, plan, contact, review, hdc } = caseWithWork();
    finishTask(ctx, contact);
    dropTask(plan, 'cancelled');
    expect(p.tasks).toEqual([review, hdc]);
    expect(openWorkAbout(p)).toEqual([review, hdc]);
  });

  it('moves with the case, contact included, when the case is given to another supervisor', () => {
    const { run, ctx, p, first, plan, contact, review, hdc } = caseWithWork();
    const second = run.ctx.establishments[0].staff.offenderSupervisors.find((m) => m !== first)!;
    first.active = false;
    deallocate(ctx, p);
    allocate(ctx, p);
    expect(p.supervisor).toBe(second);
    expect([contact.owner, plan.owner, review.owner, hdc.owner]).toEqual([second, second, second, second]);
    expect(first.work.openHours).toBeCloseTo(0, 12);
    expect(second.work.openHours).toBeCloseTo(1 + 4 + 2 + 3, 12);
  });
});
