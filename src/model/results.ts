/**
 * What one replication measured, for the metric catalogue to read: counters'
 * totals and levels' means by name, and the functions that compute the
 * metrics no counter or level holds, by the names the catalogue gives them
 * (src/experiment/metric-catalogue.ts; the experiment layer checks that
 * every function the catalogue names is here).
 */
import { staffGroups, type StaffGroup } from '../scenario/schema/index.ts';
import type { ModelContext } from './context.ts';
import type { WeeklyRow } from './metrics.ts';
import { MONTH, WEEK } from './time.ts';
import { timeCategories, type TimeCategory } from './types.ts';
import type { CaseloadSummary } from './weekly.ts';
import { capacityPercents, hoursWeightedPercent, workloadTotals } from './workload.ts';

/** The values of a metric's {placeholders}, as the catalogue fills them: { group: 'probationOfficers' }. */
export type MetricPlaceholders = Readonly<Partial<Record<string, string>>>;

/** What the metric catalogue reads from one replication. */
export interface Measurements {
  /** A counter's total over the measured period (0 when nothing was counted). */
  total(name: string): number;
  /** A level's time-weighted mean over the measured period. */
  levelMean(name: string): number;
  /** The metrics no counter or level holds, by the catalogue's names for them (NaN where undefined). */
  readonly computed: ComputedMetrics;
}

export type ComputedMetrics = ReturnType<typeof computedMetrics>;

/** What one replication reports before the catalogue reads it: its measurements and weekly series. */
export interface ReplicationMeasurements {
  measurements: Measurements;
  /** Values recorded at the end of each week of the whole run, warm-up included. */
  weekly: WeeklyRow[];
  /** Calendar entries processed (a measure of work done). */
  events: number;
}

/** Time at work on offender management: the denominator of the direct-contact share (as in the NOMS 2008 study). */
const atWorkCategories = ['contact', 'admin', 'reports', 'oversight', 'idle'] as const;

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : NaN;
}

export function measure(ctx: ModelContext, caseloads: CaseloadSummary): ReplicationMeasurements {
  const m = ctx.metrics;
  const measurements: Measurements = {
    total: (name) => m.total(name),
    levelMean: (name) => m.levelMean(name),
    computed: computedMetrics(ctx, caseloads),
  };
  return { measurements, weekly: m.weekly, events: ctx.sim.processedCount };
}

/** The functions behind the catalogue's computed metrics, each taking the metric's placeholder values. */
function computedMetrics(ctx: ModelContext, caseloads: CaseloadSummary) {
  const m = ctx.metrics;
  const hours = hoursByCategory(ctx);
  const allHours = timeCategories.reduce((sum, c) => sum + hours[c], 0);
  const atWork = atWorkCategories.reduce((sum, c) => sum + hours[c], 0);
  const measuredWeeks = Math.max(0, ctx.sim.now - m.measureFrom) / WEEK;
  const workload = workloadTotals(ctx);
  const capacity = capacityPercents(ctx.staffEver);
  const groupOf = (at: MetricPlaceholders) => at.group as StaffGroup;
  return {
    peopleHeldAtEnd: () => m.level('prisoners.population'),
    caseloadMean: () => (caseloads.mean.count > 0 ? caseloads.mean.mean : NaN),
    caseloadP90: () => (caseloads.p90.count > 0 ? caseloads.p90.mean : NaN),
    caseloadMax: () => caseloads.max,
    caseloadMaxOfGroup: (at: MetricPlaceholders) => caseloads.maxByGroup.get(groupOf(at)) ?? 0,
    wmtCapacityPercent: () => (caseloads.wmtCapacity.count > 0 ? caseloads.wmtCapacity.mean : NaN),
    // Contact minutes per in-scope prisoner per month, in all and by tier.
    contactMinutesPerPrisonerMonth: () => ratio(m.total('contacts.minutesDelivered'), m.levelIntegral('prisoners.inScope') / MONTH),
    contactMinutesPerPrisonerMonthOfTier: (at: MetricPlaceholders) =>
      ratio(m.total(`contacts.minutesDelivered.tier${at.n}`), m.levelIntegral(`prisoners.inScope.tier${at.n}`) / MONTH),
    // Staff time: shares by category, of all hours and of the hours at work.
    timeShareOfAllHours: (at: MetricPlaceholders) => ratio(hours[at.category as TimeCategory], allHours),
    timeShareOfHoursAtWork: (at: MetricPlaceholders) => ratio(hours[at.atWork as TimeCategory], atWork),
    directContactShare: () => ratio(hours.contact, atWork),
    hoursRedeployed: () => hours.redeployed,
    hoursRedeployedPerWeek: () => ratio(hours.redeployed, measuredWeeks),
    // Work demanded against the hours available for it, before and after redeployment.
    hoursDemanded: () => workload.demanded,
    hoursAvailable: () => workload.available,
    hoursLostToRedeployment: () => workload.lostToRedeployment,
    capacityPercent: () => capacity.beforeRedeployment,
    capacityPercentAfterRedeployment: () => capacity.afterRedeployment,
    capacityPercentOfGroup: (at: MetricPlaceholders) => capacityPercents(ctx.staffEver.filter((member) => member.group === groupOf(at))).beforeRedeployment,
    hoursWeightedPercentOfGroup: (at: MetricPlaceholders) => hoursWeightedPercent(ctx.staffEver.filter((member) => member.group === groupOf(at))),
    // The WMT's test of an excessive workload: over 110% of one's hours for four weeks running.
    staffOverBandFourWeeks: () => ctx.staffEver.filter((member) => member.overBandFourWeeks).length,
    staffOverBandFourWeeksOfGroup: (at: MetricPlaceholders) => ctx.staffEver.filter((member) => member.overBandFourWeeks && member.group === groupOf(at)).length,
    // Days in custody caused by missing or late work, by cause (expected days where the outcome is a chance).
    extraDaysInCustody: () => (['paroleDeferral', 'paroleRefusal', 'hdcLost'] as const).reduce((sum, cause) => sum + m.total(`custody.extraDays.${cause}`), 0),
    overseerHoursAtWork: () => overseerHoursAtWork(ctx),
    // The resource allocation tool's complement, beside the complement the oversight work simulated
    // needs: its hours over the casework hours one probation officer had in the measured period.
    toolComplement: () => ctx.establishments.reduce((sum, e) => sum + e.config.toolComplement, 0),
    oversightComplement: () => ratio(m.total('oversight.hoursNeeded'), caseworkHoursPerOfficer(ctx)),
    // Under OMiC: POM caseloads by type (prison POMs are the offender supervisors, probation POMs
    // the probation officers), who the pre-release work fell to, and the COMs' hours a week.
    caseloadMeanOfGroup: (at: MetricPlaceholders) => {
      const tally = caseloads.meanByGroup.get(groupOf(at));
      return tally !== undefined && tally.count > 0 ? tally.mean : NaN;
    },
    preReleaseComShare: () => ratio(m.total('preRelease.byCom'), m.total('preRelease.byCom') + m.total('preRelease.byPom')),
    comHoursPerWeek: () => ratio(m.total('com.hours'), measuredWeeks),
  };
}

/** Staff hours by time category, over all groups. */
function hoursByCategory(ctx: ModelContext): Record<TimeCategory, number> {
  const hours = Object.fromEntries(timeCategories.map((c) => [c, 0])) as Record<TimeCategory, number>;
  for (const group of staffGroups) {
    for (const category of timeCategories) hours[category] += ctx.metrics.total(`hours.${group}.${category}`);
  }
  return hours;
}

/** The casework hours one probation officer had in the measured period, on average over those who had any. */
function caseworkHoursPerOfficer(ctx: ModelContext): number {
  const officers = ctx.staffEver.filter((member) => member.group === 'probationOfficers' && member.availableHours > 0);
  return officers.reduce((sum, member) => sum + member.availableHours, 0) / officers.length;
}

/** Hours probation officers in oversight roles were at work on offender management. */
function overseerHoursAtWork(ctx: ModelContext): number {
  if (ctx.params.staff.probationOfficers.role === 'caseload') return 0;
  return atWorkCategories.reduce((sum, c) => sum + ctx.metrics.total(`hours.probationOfficers.${c}`), 0);
}
