/** The OASys assessment: staff work due within a target time of reception (or of sentence, after remand), after which the case is tiered. */
import type { ModelContext } from '../context.ts';
import { DAY, WEEK } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { startTracked } from './deadlines.ts';
import { initialPlanDue } from './planning.ts';

/**
 * Puts the assessment on someone's list; `then` runs when it is done. The
 * case waits in the assessment queue meanwhile (`assessments.awaiting`, a
 * level), and the days from reception to a finished assessment are counted.
 */
export function beginAssessment(ctx: ModelContext, p: Prisoner, then: (p: Prisoner) => void): void {
  const params = ctx.params.assessment;
  let hours = params.fullFor.includes(p.rosh) ? params.fullHours : params.basicHours;
  let due = p.timetableFrom + params.dueWeeks * WEEK;
  if (p.planWithAssessment) {
    // One piece of work, the custody OASys with its sentence plan: the plan's time added, due by the later deadline.
    hours += ctx.params.sentencePlan.hours;
    due = Math.max(due, initialPlanDue(ctx, p));
  }
  const assessments = ctx.counters.assessments;
  assessments.awaiting.change(1);
  startTracked(ctx, p, 'assessment', hours, due, (task) => {
    assessments.awaiting.change(-1);
    assessments.finished.add();
    assessments.waitDays.add((ctx.sim.now - p.timetableFrom) / DAY);
    p.assessed = true;
    p.assessor = task.owner;
    then(p);
  }, p.planWithAssessment ? 'sentencePlan' : null);
}
