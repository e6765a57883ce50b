/** The OASys assessment: staff work due within a target time of reception, after which the case is tiered. */
import type { ModelContext } from '../context.ts';
import { WEEK } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { startTracked } from './deadlines.ts';

/** Puts the assessment on someone's list; `then` runs when it is done. */
export function beginAssessment(ctx: ModelContext, p: Prisoner, then: (p: Prisoner) => void): void {
  const params = ctx.params.assessment;
  const hours = params.fullFor.includes(p.rosh) ? params.fullHours : params.basicHours;
  startTracked(ctx, p, 'assessment', hours, p.receivedAt + params.dueWeeks * WEEK, (task) => {
    p.assessed = true;
    p.assessor = task.owner;
    then(p);
  });
}
