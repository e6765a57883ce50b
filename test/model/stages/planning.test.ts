/** Sentence planning's review cycle: its timetable runs from reception, however late the OASys was finished. */
import { describe, expect, it } from 'vitest';
import { receive } from '../../../src/model/stages/pathway.ts';
import { initialPlanDue, scheduleFirstReview } from '../../../src/model/stages/planning.ts';
import { WEEK } from '../../../src/model/time.ts';
import { emptyPrison, testPrisoner } from '../helpers.ts';

describe('the first OASys review', () => {
  /** The due date of the first review of a case received at 0 whose OASys is finished at `finishedAt`. */
  function firstReviewDue(finishedAt: number): number {
    const prison = emptyPrison();
    const p = testPrisoner(prison, { sentenceMonths: 60 }, 0);
    prison.ctx.sim.run({ until: finishedAt });
    scheduleFirstReview(prison.ctx, p);
    prison.ctx.sim.run({ until: 100 * WEEK });
    const review = p.tasks.find((t) => t.kind === 'oasysReview');
    expect(review, 'a review was started').toBeDefined();
    return review!.due;
  }

  it('falls due a review interval after the OASys itself was due (6 + 52 weeks), whether it was finished on time or 14 weeks late', () => {
    expect(firstReviewDue(4 * WEEK)).toBeCloseTo(58 * WEEK, 6);
    expect(firstReviewDue(20 * WEEK)).toBeCloseTo(58 * WEEK, 6);
  });

  it('still leaves the review its four weeks to be done when the OASys was finished later than the review would have started', () => {
    expect(firstReviewDue(57 * WEEK)).toBeCloseTo(61 * WEEK, 6);
  });
});

describe('the initial sentence plan drawn up with the OASys (sentencePlan.withAssessment)', () => {
  /** A high-harm case serving five years (in scope, needing a plan), received at 0 into an empty prison. */
  function received(withAssessment: boolean) {
    const prison = emptyPrison({ sentencePlan: { withAssessment } });
    const p = testPrisoner(prison, { rosh: 'high', sentenceMonths: 60 }, 0);
    receive(prison.ctx, p);
    return { prison, p, assessment: p.tasks.find((t) => t.kind === 'assessment')! };
  }

  it('is one piece of work: the plan’s hours added to the full assessment’s, due by the plan’s deadline (16 weeks: release over two years away)', () => {
    const { prison, p, assessment } = received(true);
    const params = prison.ctx.params;
    expect(assessment.hours).toBe(params.assessment.fullHours + params.sentencePlan.hours);
    expect(initialPlanDue(prison.ctx, p)).toBe(16 * WEEK);
    expect(assessment.due).toBe(16 * WEEK);
  });

  it('starts no plan of its own once the OASys is done, and the plan is on time exactly when the OASys is', () => {
    const { prison, p } = received(true);
    prison.ctx.sim.run({ until: 30 * WEEK });
    expect(p.assessed).toBe(true);
    expect(p.tasks.some((t) => t.kind === 'sentencePlan')).toBe(false);
    const metrics = prison.ctx.metrics;
    expect(metrics.total('sentencePlans.due')).toBe(1);
    expect(metrics.total('sentencePlans.onTime')).toBe(metrics.total('assessments.onTime'));
    expect(metrics.total('sentencePlans.onTime')).toBe(1);
  });

  it('is work of its own, due by its own deadline, when the scenario keeps them apart', () => {
    const { prison, assessment } = received(false);
    expect(assessment.hours).toBe(prison.ctx.params.assessment.fullHours);
    expect(assessment.due).toBe(6 * WEEK);
    const metrics = prison.ctx.metrics;
    prison.ctx.sim.run({ until: 10 * WEEK });
    // The OASys has fallen due (at 6 weeks); the plan, due at 16, has not.
    expect(metrics.total('assessments.due')).toBe(1);
    expect(metrics.total('sentencePlans.due')).toBe(0);
    prison.ctx.sim.run({ until: 30 * WEEK });
    expect(metrics.total('sentencePlans.due')).toBe(1);
  });
});
