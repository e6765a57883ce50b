/** What one replication reports: summary metrics over the measured period, and the weekly series. */
import { staffGroups } from '../scenario/schema/index.ts';
import type { ModelContext } from './context.ts';
import { deadlineOutcomes } from './counters.ts';
import type { WeeklyRow } from './metrics.ts';
import { reportKinds } from './stages/deadlines.ts';
import { MONTH, WEEK } from './time.ts';
import { timeCategories, type TimeCategory } from './types.ts';
import type { CaseloadSummary } from './weekly.ts';
import { capacityPercents, workloadTotals } from './workload.ts';

export interface ReplicationResult {
  /** Summary metrics by name (e.g. "reports.unfinishedShare"). */
  metrics: Record<string, number>;
  /** Values recorded at the end of each week of the whole run, warm-up included. */
  weekly: WeeklyRow[];
  /** Calendar entries processed (a measure of work done). */
  events: number;
}

/** Time at work on offender management: the denominator of the direct-contact share (as in the NOMS 2008 study). */
const atWorkCategories = ['contact', 'admin', 'reports', 'oversight', 'idle'] as const;

const tierKeys = ['tier1', 'tier2', 'tier3', 'tier4'] as const;

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : NaN;
}

export function summarise(ctx: ModelContext, caseloads: CaseloadSummary): ReplicationResult {
  const m = ctx.metrics;
  const metrics: Record<string, number> = {};
  for (const [name, value] of m.allTotals()) metrics[name] = value;
  const measuredWeeks = Math.max(0, ctx.sim.now - m.measureFrom) / WEEK;

  // Caseloads and waiting cases.
  metrics['caseload.perSupervisor.mean'] = caseloads.mean.count > 0 ? caseloads.mean.mean : NaN;
  metrics['caseload.perSupervisor.p90'] = caseloads.p90.count > 0 ? caseloads.p90.mean : NaN;
  metrics['caseload.perSupervisor.max'] = caseloads.max;
  for (const [group, max] of caseloads.maxByGroup) metrics[`caseload.max.${group}`] = max;
  metrics['cases.unallocated.mean'] = m.levelMean('cases.unallocated');
  metrics['wmt.capacityPercent.mean'] = caseloads.wmtCapacity.count > 0 ? caseloads.wmtCapacity.mean : NaN;

  // Work demanded against the hours available for it, before and after redeployment.
  const totals = workloadTotals(ctx);
  metrics['workload.hoursDemanded'] = totals.demanded;
  metrics['workload.hoursAvailable'] = totals.available;
  metrics['workload.hoursLostToRedeployment'] = totals.lostToRedeployment;
  const capacity = capacityPercents(ctx.staffEver);
  metrics['workload.capacityPercent'] = capacity.beforeRedeployment;
  metrics['workload.capacityPercentAfterRedeployment'] = capacity.afterRedeployment;
  for (const group of staffGroups) {
    const groupCapacity = capacityPercents(ctx.staffEver.filter((member) => member.group === group));
    if (!Number.isNaN(groupCapacity.beforeRedeployment)) metrics[`workload.capacityPercent.${group}`] = groupCapacity.beforeRedeployment;
  }

  // Contacts: required against delivered, and minutes per in-scope prisoner per month.
  for (const name of ['contacts.required', 'contacts.delivered', 'contacts.missed', 'contacts.missedUnallocated', 'contacts.minutesDelivered']) {
    metrics[name] = m.total(name);
  }
  metrics['contacts.deliveredShare'] = ratio(m.total('contacts.delivered'), m.total('contacts.required'));
  metrics['contacts.minutesPerPrisonerPerMonth'] = ratio(m.total('contacts.minutesDelivered'), m.levelIntegral('prisoners.inScope') / MONTH);
  for (const tier of tierKeys) {
    metrics[`contacts.deliveredShare.${tier}`] = ratio(m.total(`contacts.delivered.${tier}`), m.total(`contacts.required.${tier}`));
    metrics[`contacts.minutesPerPrisonerPerMonth.${tier}`] = ratio(
      m.total(`contacts.minutesDelivered.${tier}`),
      m.levelIntegral(`prisoners.inScope.${tier}`) / MONTH,
    );
  }

  // Staff time: totals and shares by category, over all groups and by group.
  const hours = Object.fromEntries(timeCategories.map((c) => [c, 0])) as Record<TimeCategory, number>;
  for (const group of staffGroups) {
    for (const category of timeCategories) hours[category] += m.total(`hours.${group}.${category}`);
  }
  const allHours = timeCategories.reduce((sum, c) => sum + hours[c], 0);
  const atWork = atWorkCategories.reduce((sum, c) => sum + hours[c], 0);
  for (const category of timeCategories) metrics[`staff.timeShare.${category}`] = ratio(hours[category], allHours);
  metrics['staff.directContactShare'] = ratio(hours.contact, atWork);
  for (const category of atWorkCategories) metrics[`staff.atWorkShare.${category}`] = ratio(hours[category], atWork);
  metrics['staff.hoursRedeployed'] = hours.redeployed;
  metrics['staff.hoursRedeployedPerWeek'] = ratio(hours.redeployed, measuredWeeks);

  // Reports and other work with deadlines.
  for (const prefix of ['reports', ...reportKinds.map((k) => `reports.${k}`), 'assessments', 'sentencePlans']) {
    for (const outcome of deadlineOutcomes) {
      metrics[`${prefix}.${outcome}`] = m.total(`${prefix}.${outcome}`);
    }
    metrics[`${prefix}.unfinishedShare`] = ratio(m.total(`${prefix}.unfinished`), m.total(`${prefix}.due`));
    metrics[`${prefix}.onTimeShare`] = ratio(m.total(`${prefix}.onTime`), m.total(`${prefix}.due`));
  }
  metrics['reports.backlog.mean'] = m.levelMean('reports.backlog');
  // The assessment queue: cases awaiting their OASys on average, and the days from reception to a finished one.
  metrics['assessments.awaiting.mean'] = m.levelMean('assessments.awaiting');
  metrics['assessments.waitDays.mean'] = ratio(m.total('assessments.waitDays'), m.total('assessments.finished'));

  // Parole, HDC and oversight.
  for (const name of [
    'parole.hearings',
    'parole.heardAtFirstListing',
    'parole.heardAfterDeferral',
    'parole.deferredForReports',
    'parole.deferredOtherCauses',
    'parole.heardWithoutReports',
    'parole.released',
    'parole.refused',
    'parole.dossiersChecked',
    'parole.dossiersLackingReport',
    'parole.dossiersLackingOasys',
  ]) {
    metrics[name] = m.total(name);
  }
  // Hearings held at their first listing, and reviews put back at least once, of the hearings held.
  metrics['parole.hearingsOnTimeShare'] = ratio(m.total('parole.heardAtFirstListing'), m.total('parole.hearings'));
  metrics['parole.deferredAtLeastOnceShare'] = ratio(m.total('parole.heardAfterDeferral'), m.total('parole.hearings'));
  // Dossiers looked at by their first listing's cut-off that lacked a current OASys or sentence plan (NAO 2008: 97 of 276 lifer cases).
  metrics['parole.dossiersLackingOasysShare'] = ratio(m.total('parole.dossiersLackingOasys'), m.total('parole.dossiersChecked'));
  // Days in custody caused by missing or late work, by cause (expected days where the outcome is a chance).
  const causes = ['paroleDeferral', 'paroleRefusal', 'hdcLost'] as const;
  for (const cause of causes) metrics[`custody.extraDays.${cause}`] = m.total(`custody.extraDays.${cause}`);
  metrics['custody.extraDays'] = causes.reduce((sum, cause) => sum + metrics[`custody.extraDays.${cause}`], 0);
  for (const name of ['hdc.eligible', 'hdc.granted', 'hdc.refused', 'hdc.daysLost', 'hdc.notReadyAtEligibility']) metrics[name] = m.total(name);
  metrics['oversight.hoursNeeded'] = m.total('oversight.hoursNeeded');
  // NPS cases' written work signed off by a probation officer, and the pieces sent back for rework.
  metrics['oversight.signOffs'] = m.total('oversight.signOffs');
  metrics['oversight.returnedForRework'] = m.total('oversight.returnedForRework');
  metrics['oversight.hoursDelivered'] = m.total('oversight.hoursDelivered');
  metrics['oversight.hoursAvailable'] = overseerHoursAtWork(ctx);
  metrics['oversight.balance'] = ratio(metrics['oversight.hoursAvailable'], metrics['oversight.hoursNeeded']);
  // What the balance cannot say: overseers may be at work and still not reach the oversight, their hours taken by other work.
  metrics['oversight.deliveredShare'] = ratio(metrics['oversight.hoursDelivered'], metrics['oversight.hoursNeeded']);
  // The resource allocation tool's complement, beside the complement the oversight work simulated
  // needs: its hours over the casework hours one probation officer had in the measured period.
  metrics['staff.probationOfficers.toolComplement'] = ctx.establishments.reduce((sum, e) => sum + e.config.toolComplement, 0);
  const officers = ctx.staffEver.filter((member) => member.group === 'probationOfficers' && member.availableHours > 0);
  const hoursPerOfficer = officers.reduce((sum, member) => sum + member.availableHours, 0) / officers.length;
  metrics['staff.probationOfficers.oversightComplement'] = ratio(metrics['oversight.hoursNeeded'], hoursPerOfficer);

  if (ctx.params.omic !== undefined) summariseOmic(ctx, caseloads, metrics, measuredWeeks);

  // People: conservation over the measured period is initial + received = released + final.
  for (const name of ['prisoners.initial', 'prisoners.received', 'prisoners.released', 'prisoners.transferred']) metrics[name] = m.total(name);
  metrics['prisoners.final'] = m.level('prisoners.population');
  metrics['prisoners.population.mean'] = m.levelMean('prisoners.population');
  metrics['prisoners.inScope.mean'] = m.levelMean('prisoners.inScope');
  return { metrics, weekly: m.weekly, events: ctx.sim.processedCount };
}

/**
 * The OMiC measures, only where the scenario is under OMiC (a scenario of
 * the model before it reports exactly what it always has): key work, POM
 * caseloads by type, the pre-release work and the COMs' hours.
 */
function summariseOmic(ctx: ModelContext, caseloads: CaseloadSummary, metrics: Record<string, number>, measuredWeeks: number): void {
  const m = ctx.metrics;
  for (const name of ['keyWork.sessionsDue', 'keyWork.sessionsDelivered', 'keyWork.hoursDelivered', 'preRelease.byCom', 'preRelease.byPom', 'releases.withPreReleaseWork', 'releases.preReleaseWorkDone', 'com.hours']) {
    metrics[name] = m.total(name);
  }
  // The key worker code's measure: sessions delivered per prisoner held, a week (eligible prisoners × weeks ÷ frequency, at one session a week).
  metrics['keyWork.sessionsPerPrisonerPerWeek'] = ratio(m.total('keyWork.sessionsDelivered'), m.total('keyWork.prisonerWeeks'));
  metrics['keyWork.deliveredShare'] = ratio(m.total('keyWork.sessionsDelivered'), m.total('keyWork.sessionsDue'));
  metrics['keyWork.withKeyWorkerShare'] = ratio(m.total('keyWork.prisonerWeeksWithKeyWorker'), m.total('keyWork.prisonerWeeks'));
  for (const [group, tally] of caseloads.meanByGroup) metrics[`pom.caseload.${group}`] = tally.count > 0 ? tally.mean : NaN;
  // The POMs' pre-release work, counted as work with a deadline is (counters.ts).
  const work = 'preRelease';
  for (const outcome of deadlineOutcomes) metrics[`${work}.${outcome}`] = m.total(`${work}.${outcome}`);
  metrics[`${work}.onTimeShare`] = ratio(m.total(`${work}.onTime`), m.total(`${work}.due`));
  metrics[`${work}.unfinishedShare`] = ratio(m.total(`${work}.unfinished`), m.total(`${work}.due`));
  metrics['preRelease.comShare'] = ratio(m.total('preRelease.byCom'), m.total('preRelease.byCom') + m.total('preRelease.byPom'));
  metrics['releases.preReleaseWorkDoneShare'] = ratio(m.total('releases.preReleaseWorkDone'), m.total('releases.withPreReleaseWork'));
  metrics['com.hoursPerWeek'] = ratio(m.total('com.hours'), measuredWeeks);
  metrics['com.responsibleShare'] = ratio(m.total('com.caseWeeksResponsible'), m.total('com.caseWeeks'));
}

/** Hours probation officers in oversight roles were at work on offender management. */
function overseerHoursAtWork(ctx: ModelContext): number {
  if (ctx.params.staff.probationOfficers.role === 'caseload') return 0;
  return atWorkCategories.reduce((sum, c) => sum + ctx.metrics.total(`hours.probationOfficers.${c}`), 0);
}
