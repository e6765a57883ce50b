/** The pre-release handover to the community offender manager, due a set time before release. */
import type { ModelContext } from '../context.ts';
import { at } from '../timers.ts';
import { MONTH, WEEK } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { startTracked } from './deadlines.ts';

/** Schedules the handover for a determinate in-scope case held long enough to need one. */
export function scheduleHandover(ctx: ModelContext, p: Prisoner): void {
  const params = ctx.params.reports;
  if (!Number.isFinite(p.releaseAt)) return;
  if (p.releaseAt - p.receivedAt <= params.handoverMinCustodyMonths * MONTH) return;
  const handoverAt = p.releaseAt - params.handoverMonthsBeforeRelease * MONTH;
  if (handoverAt <= ctx.sim.now) return;
  const due = handoverAt - params.handover.dueWeeksBefore * WEEK;
  at(ctx, p, Math.max(ctx.sim.now, handoverAt - params.handover.startWeeksBefore * WEEK), () => {
    // A prison moved to OMiC since: the handover follows the COM's rules (stages/com.ts).
    if (ctx.params.omic !== undefined) return;
    // Still unfinished at release, it is abandoned there: the community receives the case without it.
    startTracked(ctx, p, 'handover', params.handover.hours, Math.max(due, ctx.sim.now));
  });
}
