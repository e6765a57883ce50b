/** Sentence planning's review cycle: its timetable runs from reception, however late the OASys was finished. */
import { describe, expect, it } from 'vitest';
import { scheduleFirstReview } from '../../../src/model/stages/planning.ts';
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
