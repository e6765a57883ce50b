/** Sentence planning: the initial plan, due by a target that depends on time to release, then OASys reviews at an interval. */
import { isIndeterminate, tariffEnd } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import { at } from '../timers.ts';
import { MONTH, WEEK } from '../time.ts';
import type { Prisoner, Task } from '../types.ts';
import { abandonTracked, startTracked } from './deadlines.ts';

/** Time from which the review cycle is counted; reviews start this long before each is due. */
const REVIEW_LEAD_WEEKS = 4;

/** Whether the sentence is long enough (or indeterminate) to need an initial sentence plan. */
export function needsSentencePlan(ctx: ModelContext, p: Prisoner): boolean {
  return isIndeterminate(p) || p.sentenceMonths >= ctx.params.sentencePlan.minSentenceMonths;
}

/** When the initial plan is due: sooner when release (or tariff) is near. */
export function initialPlanDue(ctx: ModelContext, p: Prisoner): number {
  const plan = ctx.params.sentencePlan;
  // Near release means release (or tariff) within the threshold of reception.
  const target = isIndeterminate(p) ? tariffEnd(p) : p.releaseAt;
  const near = target - p.timetableFrom <= plan.nearReleaseMonths * MONTH;
  return p.timetableFrom + (near ? plan.dueWeeksShort : plan.dueWeeksLong) * WEEK;
}

/**
 * Whether a case's initial plan is drawn up as part of its OASys assessment:
 * the scenario says so, the sentence needs a plan, and the case is within the
 * model from reception (a case found within it only by its tier, once
 * assessed, gets its plan as work of its own afterwards).
 */
export function planComesWithAssessment(ctx: ModelContext, p: Prisoner, inScopeAtReception: boolean): boolean {
  return ctx.params.sentencePlan.withAssessment && inScopeAtReception && needsSentencePlan(ctx, p);
}

/** Starts the initial sentence plan for a sentence long enough to need one, unless it came with the OASys. */
export function beginSentencePlan(ctx: ModelContext, p: Prisoner): void {
  if (p.planWithAssessment || !needsSentencePlan(ctx, p)) return;
  startTracked(ctx, p, 'sentencePlan', ctx.params.sentencePlan.hours, Math.max(initialPlanDue(ctx, p), ctx.sim.now));
}

/**
 * Starts a newly received case's review cycle once its OASys is done. The
 * cycle keeps the timetable set at reception (or sentence): the first review falls due a
 * review interval after the OASys itself was due, however late it was
 * finished. Counted from the day it was finished instead, a unit that
 * assesses sooner would owe more reviews before release than one that falls
 * behind, and adding staff would seem to leave more reviews undone.
 */
// Assumption: the timetable of reviews runs from reception, as the sentence plan's deadline does
// (National Standards 2007: reviewed at least yearly; docs/sources.md).
export function scheduleFirstReview(ctx: ModelContext, p: Prisoner): void {
  const params = ctx.params.assessment;
  const firstDue = p.timetableFrom + (params.dueWeeks + params.reviewIntervalWeeks) * WEEK;
  scheduleReviews(ctx, p, Math.max(firstDue - ctx.sim.now, REVIEW_LEAD_WEEKS * WEEK));
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
