/**
 * Home detention curfew: eligible determinate sentences may be released
 * early if the assessment is done in time and HDC is granted. An assessment
 * finished late still counts, but only from the day it is finished.
 */
import type { Scenario, SentenceType } from '../../scenario/schema/index.ts';
import type { ModelContext } from '../context.ts';
import { at } from '../timers.ts';
import { DAY, MONTH, WEEK } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { startTracked } from './deadlines.ts';
import { decide as byChance } from '../decisions.ts';
import { release } from './release.ts';

/**
 * How long before the automatic release date HDC could begin for a sentence
 * (0 when the sentence is not eligible): up to a quarter of the sentence, at
 * most maxDaysEarly, leaving at least minDaysInCustody in custody.
 */
export function hdcEarlyHours(params: Scenario['hdc'], sentence: SentenceType, sentenceMonths: number, custodyHours: number): number {
  if (sentence !== 'determinate') return 0;
  if (sentenceMonths * MONTH < params.minSentenceWeeks * WEEK || sentenceMonths >= params.maxSentenceMonths) return 0;
  const early = Math.min(params.maxDaysEarly * DAY, (sentenceMonths * MONTH) / 4);
  return Math.max(0, Math.min(early, custodyHours - params.minDaysInCustody * DAY));
}

/** The HDC eligibility date, or NaN when the sentence is not eligible. */
export function hdcEligibilityDate(ctx: ModelContext, p: Prisoner): number {
  const early = hdcEarlyHours(ctx.params.hdc, p.sentence, p.sentenceMonths, p.releaseAt - p.receivedAt);
  return early > 0 ? p.releaseAt - early : NaN;
}

/** Schedules the HDC assessment and the decision at the eligibility date. */
export function scheduleHdc(ctx: ModelContext, p: Prisoner): void {
  const eligibleAt = hdcEligibilityDate(ctx, p);
  if (!(eligibleAt > ctx.sim.now && eligibleAt < p.releaseAt)) return;
  ctx.counters.hdc.eligible.add();
  const spec = ctx.params.reports.hdc;
  const startAt = Math.max(ctx.sim.now, eligibleAt - spec.startWeeksBefore * WEEK);
  at(ctx, p, startAt, () => {
    // A short sentence may leave less notice than the standard: the deadline falls halfway to eligibility.
    const due = Math.max(eligibleAt - spec.dueWeeksBefore * WEEK, (ctx.sim.now + eligibleAt) / 2);
    const assessment = startTracked(ctx, p, 'hdc', spec.hours, due, () => {
      if (ctx.sim.now > eligibleAt) decide(ctx, p, eligibleAt);
    });
    at(ctx, p, eligibleAt, () => {
      if (assessment.status === 'done') {
        decide(ctx, p, eligibleAt);
        return;
      }
      ctx.metrics.count('hdc.notReadyAtEligibility');
      p.hdcWaitingSince = eligibleAt;
    });
  });
}

function decide(ctx: ModelContext, p: Prisoner, eligibleAt: number): void {
  p.hdcWaitingSince = NaN;
  const hdc = ctx.counters.hdc;
  if (!byChance(p, ctx.params.hdc.grantProbability)) {
    hdc.refused.add();
    return;
  }
  hdc.granted.add();
  const lost = (ctx.sim.now - eligibleAt) / DAY;
  hdc.daysLost.add(lost);
  hdc.extraDaysLost.add(lost);
  release(ctx, p, 'hdc');
}

/**
 * At release at the end of custody, someone still waiting for an HDC
 * assessment lost the whole curfew period: expected days caused, at the
 * chance HDC would have been granted.
 */
export function noteHdcNeverDecided(ctx: ModelContext, p: Prisoner): void {
  if (Number.isNaN(p.hdcWaitingSince)) return;
  ctx.counters.hdc.extraDaysLost.add(((ctx.sim.now - p.hdcWaitingSince) / DAY) * ctx.params.hdc.grantProbability);
  p.hdcWaitingSince = NaN;
}
