/** src/model/stages/deadlines.ts: work with a deadline, and who is left with it overdue. */
import { describe, expect, it } from 'vitest';
import { oasysWorkKinds } from '../../../src/model/stages/deadlines.ts';
import { casesOnCaseloads, lifersOnly, run, runOpen } from '../helpers.ts';

describe('people serving life with OASys work overdue', () => {
  // A prison of lifers only, three years long: the first two are left out.
  const shareOverdue = (offenderSupervisors: number, probationOfficers: number) => {
    const m = run(lifersOnly(offenderSupervisors, probationOfficers), 1, 104).metrics;
    return m['prisoners.heldWithOasysOverdue.life.mean'] / m['prisoners.held.life.mean'];
  };

  it('are nearly all of them when nobody can do the work, and never more than are held', () => {
    const share = shareOverdue(0, 0);
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThanOrEqual(1);
  });

  it('are almost none of them when the staff have ample hours', () => {
    expect(shareOverdue(40, 20)).toBeLessThan(0.02);
  });

  // In an estate that moves people, a yearly review can fall due while the review of a move is
  // still open, so one person may have two pieces overdue at once: they still count once.
  it.each([
    ['one prison', 1, false, {}],
    ['an estate moving people twice a year', 2, true, { establishment: { transferRatePerYear: 2 }, estate: [{ name: 'a', count: 2 }] }],
  ])('are, at any moment, in %s, those with a piece of OASys work past its deadline still open: the count falls as late work is done', (_, offenderSupervisors, somePeopleWithTwo, moves) => {
    // Too few staff for the work, so some is late and then done; no caseload cap, so every case is on someone's list.
    const { run: built, result } = runOpen(lifersOnly(offenderSupervisors, 1, moves), 1, 104);
    const { ctx } = built;
    expect(ctx.metrics.level('cases.unallocated')).toBe(0);
    expect(result.metrics['reports.oasysReview.late']).toBeGreaterThan(0);
    let withWorkOverdue = 0;
    let piecesOverdue = 0;
    for (const p of casesOnCaseloads(built)) {
      // A person's task list holds their open work only.
      const overdue = p.tasks.filter((task) => task.overdue && oasysWorkKinds.has(task.kind)).length;
      piecesOverdue += overdue;
      if (overdue > 0) withWorkOverdue++;
    }
    expect(withWorkOverdue).toBeGreaterThan(0);
    expect(ctx.metrics.level('prisoners.heldWithOasysOverdue.life')).toBe(withWorkOverdue);
    expect(piecesOverdue > withWorkOverdue).toBe(somePeopleWithTwo);
  });
});
