/**
 * A person's pathway through custody, stage by stage: reception, then
 * assessment and tiering for those who need them, allocation, sentence
 * planning, supervision, reports, and release. Each stage lives in its own file;
 * this one only puts them in order.
 */
import { isIndeterminate } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import { WEEK } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { allocate } from './allocation.ts';
import { beginAssessment } from './assessment.ts';
import { scheduleHandover } from './handover.ts';
import { scheduleHdc } from './hdc.ts';
import { scheduleFirstHearing } from './parole.ts';
import { beginSentencePlan, scheduleReviews } from './planning.ts';
import { scheduleRelease } from './release.ts';
import { firstContactAfterAllocation, startContacts } from './supervision.ts';
import { tierCase, toBeAssessed } from './tiering.ts';

/** Reception: the person is on the establishment's books; release, HDC and parole are scheduled; assessment begins. */
export function receive(ctx: ModelContext, p: Prisoner): void {
  p.establishment.population++;
  ctx.metrics.changeLevel('prisoners.population', 1);
  ctx.metrics.count('prisoners.received');
  scheduleRelease(ctx, p);
  if (p.sentence === 'remand') return;
  scheduleHdc(ctx, p);
  if (isIndeterminate(p)) scheduleFirstHearing(ctx, p);
  if (toBeAssessed(ctx, p)) beginAssessment(ctx, p, () => afterAssessment(ctx, p));
}

/** Once assessed: tiered, and if within the model, allocated and planned for. */
function afterAssessment(ctx: ModelContext, p: Prisoner): void {
  tierCase(ctx, p);
  if (p.inScope) enterModel(ctx, p, true);
}

/** Brings a tiered case within the model: counted, allocated, planned, supervised, reviewed. */
export function enterModel(ctx: ModelContext, p: Prisoner, newlyReceived: boolean): void {
  ctx.metrics.changeLevel('prisoners.inScope', 1);
  ctx.metrics.changeLevel(`prisoners.inScope.tier${p.tier}`, 1);
  const allocated = allocate(ctx, p);
  if (newlyReceived) {
    beginSentencePlan(ctx, p);
    if (allocated) firstContactAfterAllocation(ctx, p);
    else startContacts(ctx, p);
    scheduleReviews(ctx, p, ctx.params.assessment.reviewIntervalWeeks * WEEK);
  }
  scheduleHandover(ctx, p);
}
