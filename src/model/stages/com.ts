/**
 * The community offender manager (COM) under OMiC: supporting each case in
 * custody and responsible for it from the handover date, set by the rules of
 * the allocation manager's code; the POM's handover work, due on that date;
 * the pre-release work, which falls to whoever is responsible when it
 * starts; and the COM hours the prison's cases take, by the WMT's custody
 * points while the COM supports and its licence points once responsible.
 */
import type { ComParams, Scenario } from '../../scenario/schema/index.ts';
import { MINUTES_PER_WMT_POINT } from '../../scenario/schema/wmt-points.ts';
import { isIndeterminate, tariffEnd } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { omicStream } from '../key-work.ts';
import { at } from '../timers.ts';
import { DAY, MONTH, WEEK } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { startTracked } from './deadlines.ts';

/** A case with this much custody or less is the COM's from the start (both rules of the allocation manager's code). */
const COM_ONLY_CUSTODY_MONTHS = 10;

/** Months before the tariff end at which an indeterminate case is handed over, by rule. */
const INDETERMINATE_MONTHS = { since2023: 12, before2023: 8 } as const;

/** Time before release at which a determinate case is handed over, by rule: 8 months 14 days since April 2023, 7 months 15 days before. */
const DETERMINATE_BEFORE_RELEASE = { since2023: 8 * MONTH + 14 * DAY, before2023: 7 * MONTH + 15 * DAY } as const;

/** When the COM becomes responsible for `p` under the scenario's rule (-Infinity: from the start). */
export function handoverDate(params: Scenario, com: ComParams, p: Prisoner): number {
  const rule = com.handoverRule;
  if (isIndeterminate(p)) {
    const months = rule === 'monthsBeforeRelease' ? params.reports.handoverMonthsBeforeRelease : INDETERMINATE_MONTHS[rule];
    return tariffEnd(p) - months * MONTH;
  }
  const shortCustody = rule === 'monthsBeforeRelease' ? params.reports.handoverMinCustodyMonths : COM_ONLY_CUSTODY_MONTHS;
  if (p.releaseAt - p.sentencedAt <= shortCustody * MONTH) return -Infinity;
  const before = rule === 'monthsBeforeRelease' ? params.reports.handoverMonthsBeforeRelease * MONTH : DETERMINATE_BEFORE_RELEASE[rule];
  return p.releaseAt - before;
}

/** Whether the COM is responsible for `p` at time `t` (the POM is, until the handover date). */
export function comResponsible(p: Prisoner, t: number): boolean {
  return t >= p.comResponsibleFrom;
}

/** Sets the handover date of a case coming within the model, and schedules the POM's handover work and the pre-release work. */
export function scheduleComWork(ctx: ModelContext, p: Prisoner, com: ComParams): void {
  const now = ctx.sim.now;
  p.comResponsibleFrom = handoverDate(ctx.params, com, p);
  const handoverAt = p.comResponsibleFrom;
  if (Number.isFinite(handoverAt) && handoverAt > now && handoverAt < p.releaseAt) {
    const handover = ctx.params.reports.handover;
    at(ctx, p, Math.max(now, handoverAt - handover.startWeeksBefore * WEEK), () => {
      // Unfinished at release, it is abandoned there, as every report is.
      startTracked(ctx, p, 'handover', handover.hours, Math.max(handoverAt - handover.dueWeeksBefore * WEEK, ctx.sim.now));
    });
  }
  schedulePreRelease(ctx, p, com);
}

/** Schedules the pre-release work of a case with a release date, if there is still time for it. */
function schedulePreRelease(ctx: ModelContext, p: Prisoner, com: ComParams): void {
  if (!Number.isFinite(p.releaseAt)) return;
  const { startWeeksBefore, dueWeeksBefore } = com.preRelease;
  if (p.releaseAt - dueWeeksBefore * WEEK <= ctx.sim.now) return;
  at(ctx, p, Math.max(ctx.sim.now, p.releaseAt - startWeeksBefore * WEEK), () => startPreRelease(ctx, p));
}

/**
 * Starts the pre-release work: the COM's if responsible by now, done with the
 * chance their hours allow; else the POM's, on their list with a deadline.
 */
function startPreRelease(ctx: ModelContext, p: Prisoner): void {
  const com = ctx.params.omic?.com;
  if (com === undefined) return;
  p.preReleaseDone = false;
  if (comResponsible(p, ctx.sim.now)) {
    ctx.metrics.count('preRelease.byCom');
    if (omicStream(ctx, p.establishment).bernoulli(com.staffedShare)) p.preReleaseDone = true;
    return;
  }
  ctx.metrics.count('preRelease.byPom');
  const due = Math.max(ctx.sim.now, p.releaseAt - com.preRelease.dueWeeksBefore * WEEK);
  startTracked(ctx, p, 'preRelease', com.preRelease.hours, due, () => {
    p.preReleaseDone = true;
  });
}

/** At release, counts a case owed pre-release work, and whether it was done. */
export function countPreReleaseAtRelease(ctx: ModelContext, p: Prisoner): void {
  if (p.preReleaseDone === null) return;
  ctx.metrics.count('releases.withPreReleaseWork');
  if (p.preReleaseDone) ctx.metrics.count('releases.preReleaseWorkDone');
}

/** Weeks in a month, to turn the WMT's monthly points into hours a week. */
const WEEKS_PER_MONTH = 52 / 12;

/** Counts one week of the COMs' hours on every in-scope case in custody (under OMiC). */
export function countComWeek(ctx: ModelContext): void {
  const com = ctx.params.omic?.com;
  if (com === undefined) return;
  const custody = ctx.params.wmt.custodyPointsByTier;
  const licence = com.licencePointsByTier;
  const now = ctx.sim.now;
  let points = 0;
  let responsible = 0;
  let cases = 0;
  for (const establishment of ctx.establishments) {
    for (const p of inScopeCases(establishment)) {
      // A case not yet tiered counts as tier 1, as in the WMT's view of a POM's caseload (wmt.ts).
      const tier = p.tier === 0 ? 'tier1' : (`tier${p.tier}` as const);
      const held = comResponsible(p, now);
      points += held ? licence[tier] : custody[tier];
      if (held) responsible++;
      cases++;
    }
  }
  const measured = ctx.metrics.isMeasuredOutcome(now - WEEK);
  ctx.metrics.counter('com.hours').addOutcome(measured, (points * MINUTES_PER_WMT_POINT) / 60 / WEEKS_PER_MONTH);
  ctx.metrics.counter('com.caseWeeks').addOutcome(measured, cases);
  ctx.metrics.counter('com.caseWeeksResponsible').addOutcome(measured, responsible);
}

/** The in-scope cases in custody at `establishment`: those held by its staff, and those waiting for a POM. */
export function* inScopeCases(establishment: Establishment): IterableIterator<Prisoner> {
  for (const member of establishment.allStaff()) yield* member.caseload;
  for (const p of establishment.unallocated) {
    if (p.inCustody && p.establishment === establishment && !Number.isNaN(p.unallocatedSince)) yield p;
  }
}
