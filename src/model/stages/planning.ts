/** Sentence planning: the initial plan, due by a target that depends on time to release, then OASys reviews at an interval. */
import { isIndeterminate } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import { at } from '../timers.ts';
import { MONTH, WEEK } from '../time.ts';
import type { Prisoner, Task } from '../types.ts';
import { abandonTracked, startTracked } from './deadlines.ts';

/** Time from which the review cycle is counted; reviews start this long before each is due. */
const REVIEW_LEAD_WEEKS = 4;

/** Starts the initial sentence plan for a sentence long enough to need one. */
export function beginSentencePlan(ctx: ModelContext, p: Prisoner): void {
  const plan = ctx.params.sentencePlan;
  if (!isIndeterminate(p) && p.sentenceMonths < plan.minSentenceMonths) return;
  // Near release means release (or tariff) within the threshold of reception.
  const target = isIndeterminate(p) ? p.sentencedAt + p.sentenceMonths * MONTH : p.releaseAt;
  const near = target - p.receivedAt <= plan.nearReleaseMonths * MONTH;
  const due = p.receivedAt + (near ? plan.dueWeeksShort : plan.dueWeeksLong) * WEEK;
  startTracked(ctx, p, 'sentencePlan', plan.hours, Math.max(due, ctx.sim.now));
}

/** Schedules OASys reviews every interval, the first `firstDueIn` hours from now. */
export function scheduleReviews(ctx: ModelContext, p: Prisoner, firstDueIn: number, previous: Task | null = null): void {
  const lead = REVIEW_LEAD_WEEKS * WEEK;
  const due = ctx.sim.now + firstDueIn;
  if (due >= p.releaseAt) return;
  at(ctx, p, due - lead, () => {
    // A review still unfinished when the next one starts is overtaken by it.
    if (previous !== null) abandonTracked(ctx, previous);
    const review = startTracked(ctx, p, 'oasysReview', ctx.params.assessment.reviewHours, Math.max(due, ctx.sim.now));
    scheduleReviews(ctx, p, ctx.params.assessment.reviewIntervalWeeks * WEEK + (due - ctx.sim.now), review);
  });
}
