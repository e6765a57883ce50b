/**
 * Parole for indeterminate sentences: hearings from tariff expiry, each
 * served by a parole report that must be in the dossier by a cut-off before
 * the hearing. A dossier incomplete at the cut-off usually has the hearing
 * put back; otherwise the hearing goes ahead without the reports and rarely
 * releases. Either keeps people in custody longer: the feedback by which
 * missing reports raise the population and the caseload. Hearings are also
 * put back, now and then, for other reasons.
 */
import { isIndeterminate, tariffEnd } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import { at } from '../timers.ts';
import { DAY, MONTH, WEEK } from '../time.ts';
import type { Prisoner, Task } from '../types.ts';
import { abandonTracked, oasysWorkKinds, startTracked } from './deadlines.ts';
import { noteParoleReport } from './oversight.ts';
import { release } from './release.ts';
import { decide } from '../decisions.ts';

/** Marks the day the tariff is served (now, if it already is): from then the person is held past tariff. */
export function scheduleTariffEnd(ctx: ModelContext, p: Prisoner): void {
  const served = tariffEnd(p);
  if (served <= ctx.sim.now) passTariff(ctx, p);
  else at(ctx, p, served, () => passTariff(ctx, p));
}

function passTariff(ctx: ModelContext, p: Prisoner): void {
  if (!isIndeterminate(p)) return;
  p.pastTariff = true;
  ctx.counters.prisoners.heldPastTariff[p.sentence].change(1);
}

/** Schedules the first hearing at tariff expiry (or, if that leaves too little time for the report, once there is time). */
export function scheduleFirstHearing(ctx: ModelContext, p: Prisoner): void {
  scheduleHearing(ctx, p, Math.max(tariffEnd(p), ctx.sim.now + ctx.params.reports.parole.startWeeksBefore * WEEK));
}

/** One review by the Parole Board: a hearing listed, perhaps put back, until it is held. */
interface Review {
  deferrals: number;
  /** Whether the case's OASys was current when the dossier was looked at: the panel reads the dossier as it was then. */
  oasysCurrentAtCutOff: boolean;
}

/** A parole report; null for one written before the run began. */
type Report = Task | null;

/**
 * Schedules a hearing at `hearingAt`: the report starts its weeks before.
 * For someone already in custody at the start, its dossier may have been
 * under way before the run began.
 */
export function scheduleHearing(ctx: ModelContext, p: Prisoner, hearingAt: number): void {
  const spec = ctx.params.reports.parole;
  const due = hearingAt - spec.dueWeeksBefore * WEEK;
  const opensAt = hearingAt - spec.startWeeksBefore * WEEK;
  at(ctx, p, opensAt, () => {
    // Assumption: the run starts from a unit that was keeping up. A report whose work began
    // before the start has the share of its hours that the time since then allows already
    // written, and one due before the start is in the dossier; otherwise every hearing in the
    // first weeks would find its report impossible to finish, and be put back, for want of a past.
    const window = due - opensAt;
    const writtenShare = opensAt < ctx.sim.now && window > 0 ? Math.min(1, (ctx.sim.now - opensAt) / window) : 0;
    const report = writtenShare >= 1 ? null : startTracked(ctx, p, 'parole', spec.hours * (1 - writtenShare), Math.max(due, ctx.sim.now));
    if (report !== null) noteParoleReport(ctx, p, report);
    list(ctx, p, hearingAt, report, { deferrals: 0, oasysCurrentAtCutOff: true });
  });
}

/** Lists the hearing for `hearingAt`: the dossier is looked at by its cut-off, the hearing held on the day. */
function list(ctx: ModelContext, p: Prisoner, hearingAt: number, report: Report, review: Review): void {
  const cutOff = hearingAt - ctx.params.parole.dossierCutOffWeeks * WEEK;
  at(ctx, p, Math.max(ctx.sim.now, cutOff), () => {
    const params = ctx.params.parole;
    review.oasysCurrentAtCutOff = oasysCurrent(ctx, p);
    // Drawn whether or not the dossier is complete, so the prisoner's later draws do not depend on it.
    const panelWouldDefer = decide(p, params.deferralProbabilityIncompleteDossier);
    // Counted at the first listing only, so that each review counts once (as the NAO counted cases).
    if (review.deferrals === 0) countDossier(ctx, report, review);
    if (!dossierComplete(report, review) && panelWouldDefer) {
      // The dossier lacks its reports at the cut-off: the hearing is put back, the report still owed.
      ctx.metrics.count('parole.deferredForReports');
      // Expected days caused: the delay, for those the Board would have released.
      ctx.metrics.count('custody.extraDays.paroleDeferral', ((params.deferralWeeks * WEEK) / DAY) * params.releaseProbability);
      putBack(ctx, p, hearingAt, report, review);
      return;
    }
    at(ctx, p, Math.max(ctx.sim.now, hearingAt), () => hearing(ctx, p, report, review));
  });
}

/**
 * Whether the dossier is complete: the parole report is written and, where
 * the scenario asks for it, the case's OASys was current at the cut-off (no
 * assessment, plan or review of it overdue).
 */
function dossierComplete(report: Report, review: Review): boolean {
  return (report === null || report.status === 'done') && review.oasysCurrentAtCutOff;
}

/** A dossier looked at by its cut-off, counted by what it lacks. */
function countDossier(ctx: ModelContext, report: Report, review: Review): void {
  ctx.metrics.count('parole.dossiersChecked');
  if (report !== null && report.status !== 'done') ctx.metrics.count('parole.dossiersLackingReport');
  if (!review.oasysCurrentAtCutOff) ctx.metrics.count('parole.dossiersLackingOasys');
}

/** Whether the case's OASys counts as current for its dossier now. */
function oasysCurrent(ctx: ModelContext, p: Prisoner): boolean {
  return !ctx.params.parole.dossierNeedsCurrentOasys || !p.tasks.some(isOverdueOasysWork);
}

function isOverdueOasysWork(task: Task): boolean {
  return task.overdue && task.status === 'open' && oasysWorkKinds.has(task.kind);
}

function putBack(ctx: ModelContext, p: Prisoner, hearingAt: number, report: Report, review: Review): void {
  review.deferrals++;
  list(ctx, p, hearingAt + ctx.params.parole.deferralWeeks * WEEK, report, review);
}

function hearing(ctx: ModelContext, p: Prisoner, report: Report, review: Review): void {
  const params = ctx.params.parole;
  if (decide(p, params.otherDeferralProbability)) {
    ctx.metrics.count('parole.deferredOtherCauses');
    putBack(ctx, p, ctx.sim.now, report, review);
    return;
  }
  ctx.metrics.count('parole.hearings');
  ctx.metrics.count(review.deferrals === 0 ? 'parole.heardAtFirstListing' : 'parole.heardAfterDeferral');
  const complete = dossierComplete(report, review);
  if (!complete) {
    ctx.metrics.count('parole.heardWithoutReports');
    if (report !== null) abandonTracked(ctx, report);
  }
  if (decide(p, complete ? params.releaseProbability : params.releaseProbabilityWithoutReports)) {
    ctx.metrics.count('parole.released');
    ctx.metrics.count(`parole.released.${p.sentence}`);
    release(ctx, p, 'parole');
    return;
  }
  ctx.metrics.count('parole.refused');
  if (!complete) {
    // Of those refused without their reports, the share the Board would have released with them
    // waits for the next review because of the missing reports: expected days caused.
    const forWantOfReports = (params.releaseProbability - params.releaseProbabilityWithoutReports) / (1 - params.releaseProbabilityWithoutReports);
    ctx.metrics.count('custody.extraDays.paroleRefusal', ((params.reviewMonths * MONTH) / DAY) * Math.max(0, forWantOfReports));
  }
  scheduleHearing(ctx, p, ctx.sim.now + params.reviewMonths * MONTH);
}
