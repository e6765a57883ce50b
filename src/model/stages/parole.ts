/**
 * Parole for indeterminate sentences: hearings from tariff expiry, each
 * served by a parole report. A hearing without its reports is usually
 * deferred (keeping the person in custody longer) or refused — the feedback
 * by which missing reports raise the caseload.
 */
import type { ModelContext } from '../context.ts';
import { at } from '../timers.ts';
import { DAY, MONTH, WEEK } from '../time.ts';
import type { Prisoner, Task } from '../types.ts';
import { abandonTracked, startTracked } from './deadlines.ts';
import { noteParoleReport } from './oversight.ts';
import { release } from './release.ts';

/** Schedules the first hearing at tariff expiry (or, if that leaves too little time for the report, once there is time). */
export function scheduleFirstHearing(ctx: ModelContext, p: Prisoner): void {
  const tariffEnd = p.sentencedAt + p.sentenceMonths * MONTH;
  scheduleHearing(ctx, p, Math.max(tariffEnd, ctx.sim.now + ctx.params.reports.parole.startWeeksBefore * WEEK));
}

/** Schedules a hearing at a given time (for people already part-way through their sentence at the start). */
export function scheduleHearingAt(ctx: ModelContext, p: Prisoner, hearingAt: number): void {
  scheduleHearing(ctx, p, hearingAt);
}

function scheduleHearing(ctx: ModelContext, p: Prisoner, hearingAt: number, report: Task | null = null): void {
  const spec = ctx.params.reports.parole;
  if (report === null) {
    const due = hearingAt - spec.dueWeeksBefore * WEEK;
    at(ctx, p, hearingAt - spec.startWeeksBefore * WEEK, () => {
      const task = startTracked(ctx, p, 'parole', spec.hours, Math.max(due, ctx.sim.now));
      noteParoleReport(ctx, p);
      at(ctx, p, hearingAt, () => hearing(ctx, p, task));
    });
  } else {
    at(ctx, p, hearingAt, () => hearing(ctx, p, report));
  }
}

function hearing(ctx: ModelContext, p: Prisoner, report: Task): void {
  const params = ctx.params.parole;
  const rng = p.establishment.streams.decisions;
  ctx.metrics.count('parole.hearings');
  const complete = report.status === 'done';
  if (!complete && rng.bernoulli(params.deferralProbabilityWithoutReports)) {
    // Deferred: the same report stays on the list; the person waits for the new date.
    ctx.metrics.count('parole.deferredForReports');
    ctx.metrics.count('parole.extraCustodyDays', (params.deferralWeeks * WEEK) / DAY);
    scheduleHearing(ctx, p, ctx.sim.now + params.deferralWeeks * WEEK, report);
    return;
  }
  if (!complete) {
    ctx.metrics.count('parole.heardWithoutReports');
    abandonTracked(ctx, report);
  }
  if (rng.bernoulli(complete ? params.releaseProbability : params.releaseProbabilityWithoutReports)) {
    ctx.metrics.count('parole.released');
    release(ctx, p, 'parole');
    return;
  }
  ctx.metrics.count('parole.refused');
  scheduleHearing(ctx, p, ctx.sim.now + params.reviewMonths * MONTH);
}
