/**
 * What each metric a replication reports means: its unit and definition,
 * one entry per family of names ("hours.{group}.{category}" stands for every
 * staff group and time category). `omsim metrics` and the data dictionary
 * read it, and a test checks that every metric any bundled scenario reports
 * is defined here, and nothing is defined twice.
 *
 * Totals are over the measured period (after the warm-up) of one
 * replication; levels (".mean") are time-weighted over it.
 */

export interface MetricDefinition {
  /** The family's name, with {placeholders}. */
  family: string;
  /** The unit its values are in ("people", "hours", "a share, 0 to 1", …). */
  unit: string;
  definition: string;
  /**
   * In weekly.csv: a stock, read at the week's end (people held, a backlog),
   * rather than a flow counted over the week, which is every other weekly
   * series.
   */
  weekly?: 'stock';
  /** Only in weekly.csv, not in summary.json (where the stock's time-weighted mean is). */
  weeklyOnly?: true;
}

/** What each placeholder stands for, as a regular expression. */
const placeholders: Record<string, string> = {
  group: '(?:offenderSupervisors|probationOfficers|probationServiceOfficers|caseAdministrators)',
  n: '[0-4]',
  kind: '(?:assessment|sentencePlan|oasysReview|parole|hdc|handover)',
  category: '(?:contact|admin|reports|oversight|idle|otherDuties|redeployed|absent)',
  work: '(?:assessments|sentencePlans|reports|reports\\.(?:oasysReview|parole|hdc|handover))',
};

const deadlineOutcomes: MetricDefinition[] = [
  { family: '{work}.due', unit: 'pieces of work', definition: 'work of this kind whose deadline fell in the measured period' },
  { family: '{work}.onTime', unit: 'pieces of work', definition: 'of those due, finished by the deadline' },
  { family: '{work}.late', unit: 'pieces of work', definition: 'finished after the deadline (counted when finished)' },
  { family: '{work}.unfinished', unit: 'pieces of work', definition: 'of those due, not finished by the deadline' },
  { family: '{work}.neverFinished', unit: 'pieces of work', definition: 'unfinished at the deadline and never finished (the person left, or the work was no longer needed)' },
  { family: '{work}.onTimeShare', unit: 'a share, 0 to 1', definition: 'onTime ÷ due' },
  { family: '{work}.unfinishedShare', unit: 'a share, 0 to 1', definition: 'unfinished ÷ due' },
];

export const metricCatalogue: readonly MetricDefinition[] = [
  // People.
  { family: 'prisoners.initial', unit: 'people', definition: 'people held when the measured period began' },
  { family: 'prisoners.received', unit: 'people', definition: 'people received in the measured period' },
  { family: 'prisoners.released', unit: 'people', definition: 'people released in the measured period, for any reason' },
  { family: 'prisoners.released.sentenceEnd', unit: 'people', definition: 'released at the automatic release point of a determinate sentence' },
  { family: 'prisoners.released.remandEnd', unit: 'people', definition: 'whose remand ended' },
  { family: 'prisoners.released.parole', unit: 'people', definition: 'released on the Parole Board’s direction' },
  { family: 'prisoners.released.hdc', unit: 'people', definition: 'released on home detention curfew' },
  { family: 'prisoners.transferred', unit: 'people', definition: 'moved to another establishment of the estate' },
  { family: 'prisoners.final', unit: 'people', definition: 'people held at the end (initial + received = released + transferred + final)' },
  { family: 'prisoners.population.mean', unit: 'people', definition: 'people held, time-weighted mean' },
  { family: 'prisoners.inScope.mean', unit: 'people', definition: 'people within the model (in scope), time-weighted mean' },
  // Stocks of the weekly series, read at each week's end (summary.json has their time-weighted means).
  { family: 'prisoners.population', unit: 'people', definition: 'people held at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'prisoners.inScope', unit: 'people', definition: 'people within the model at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'cases.unallocated', unit: 'cases', definition: 'in-scope cases waiting for a supervisor at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'reports.backlog', unit: 'reports', definition: 'reports past their deadline and not yet finished at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'staff.inPost', unit: 'people', definition: 'staff in post at the week’s end', weekly: 'stock', weeklyOnly: true },
  // Caseloads and allocation.
  { family: 'allocation.allocated', unit: 'allocations', definition: 'cases given a supervisor, each allocation counted (a case moved after tiering counts again)' },
  { family: 'cases.unallocated.mean', unit: 'cases', definition: 'in-scope cases waiting for a supervisor, time-weighted mean' },
  { family: 'caseload.perSupervisor.mean', unit: 'cases', definition: 'cases held per member of staff who carries casework, at each week’s end, averaged over the weeks measured', weekly: 'stock' },
  { family: 'caseload.perSupervisor.p90', unit: 'cases', definition: 'the 90th percentile of those caseloads at each week’s end, averaged over the weeks measured', weekly: 'stock' },
  { family: 'caseload.perSupervisor.max', unit: 'cases', definition: 'the largest caseload any supervisor held in any week', weekly: 'stock' },
  { family: 'caseload.max.{group}', unit: 'cases', definition: 'the largest caseload any member of the group held in any week' },
  // Contacts.
  { family: 'contacts.required', unit: 'contacts', definition: 'supervision contacts the cases’ tiers required, counted when each fell due' },
  { family: 'contacts.required.tier{n}', unit: 'contacts', definition: 'the same for cases of this tier (0: not yet tiered)' },
  { family: 'contacts.delivered', unit: 'contacts', definition: 'of those required, delivered before the next fell due' },
  { family: 'contacts.delivered.tier{n}', unit: 'contacts', definition: 'the same for cases of this tier' },
  { family: 'contacts.missed', unit: 'contacts', definition: 'of those required, not delivered' },
  { family: 'contacts.missedUnallocated', unit: 'contacts', definition: 'of those missed, owed by cases with no supervisor' },
  { family: 'contacts.deliveredShare', unit: 'a share, 0 to 1', definition: 'delivered ÷ required' },
  { family: 'contacts.deliveredShare.tier{n}', unit: 'a share, 0 to 1', definition: 'the same for cases of this tier' },
  { family: 'contacts.minutesDelivered', unit: 'minutes', definition: 'face-to-face minutes of the contacts delivered' },
  { family: 'contacts.minutesDelivered.tier{n}', unit: 'minutes', definition: 'the same for cases of this tier' },
  { family: 'contacts.minutesPerPrisonerPerMonth', unit: 'minutes a month', definition: 'minutesDelivered ÷ in-scope prisoner-months' },
  { family: 'contacts.minutesPerPrisonerPerMonth.tier{n}', unit: 'minutes a month', definition: 'the same for cases of this tier' },
  // Work with deadlines.
  ...deadlineOutcomes,
  { family: 'assessments.finished', unit: 'assessments', definition: 'OASys assessments finished' },
  { family: 'assessments.waitDays', unit: 'days', definition: 'days from reception to a finished assessment, summed over assessments finished' },
  { family: 'assessments.waitDays.mean', unit: 'days', definition: 'waitDays ÷ finished' },
  { family: 'assessments.awaiting.mean', unit: 'cases', definition: 'cases awaiting their OASys assessment, time-weighted mean' },
  { family: 'reports.backlog.mean', unit: 'reports', definition: 'reports past their deadline and not yet finished, time-weighted mean' },
  { family: 'casework.cutDownToShortReview', unit: 'pieces of work', definition: 'overdue assessment, plan or review work cut down to a short risk review' },
  { family: 'tasks.interrupted', unit: 'pieces of work', definition: 'work in hand when its worker was pulled away to other duties' },
  { family: 'tasks.takenOver', unit: 'pieces of work', definition: 'work taken over from an overloaded colleague' },
  // Parole.
  { family: 'parole.hearings', unit: 'hearings', definition: 'parole hearings held' },
  { family: 'parole.heardAtFirstListing', unit: 'hearings', definition: 'held at their first listing' },
  { family: 'parole.heardAfterDeferral', unit: 'hearings', definition: 'held after at least one deferral' },
  { family: 'parole.heardWithoutReports', unit: 'hearings', definition: 'held with the dossier incomplete' },
  { family: 'parole.hearingsOnTimeShare', unit: 'a share, 0 to 1', definition: 'heardAtFirstListing ÷ hearings' },
  { family: 'parole.deferredAtLeastOnceShare', unit: 'a share, 0 to 1', definition: 'heardAfterDeferral ÷ hearings' },
  { family: 'parole.deferredForReports', unit: 'deferrals', definition: 'hearings put back because the dossier was incomplete at its cut-off' },
  { family: 'parole.deferredOtherCauses', unit: 'deferrals', definition: 'hearings put back on the day for other reasons' },
  { family: 'parole.dossiersChecked', unit: 'dossiers', definition: 'dossiers looked at by the cut-off of their first listing' },
  { family: 'parole.dossiersLackingReport', unit: 'dossiers', definition: 'of those, without the parole report' },
  { family: 'parole.dossiersLackingOasys', unit: 'dossiers', definition: 'of those, with OASys assessment, plan or review work overdue' },
  { family: 'parole.dossiersLackingOasysShare', unit: 'a share, 0 to 1', definition: 'dossiersLackingOasys ÷ dossiersChecked' },
  { family: 'parole.released', unit: 'hearings', definition: 'hearings that directed release' },
  { family: 'parole.refused', unit: 'hearings', definition: 'hearings that refused release' },
  // Home detention curfew and time in custody.
  { family: 'hdc.eligible', unit: 'people', definition: 'people who reached their HDC eligibility date' },
  { family: 'hdc.granted', unit: 'people', definition: 'granted HDC' },
  { family: 'hdc.refused', unit: 'people', definition: 'refused HDC' },
  { family: 'hdc.notReadyAtEligibility', unit: 'people', definition: 'whose HDC assessment was not done by their eligibility date' },
  { family: 'hdc.daysLost', unit: 'days', definition: 'days of HDC lost to late assessments' },
  { family: 'custody.extraDays', unit: 'days', definition: 'days in custody caused by missing or late work: the sum of the three below' },
  { family: 'custody.extraDays.paroleDeferral', unit: 'days', definition: 'expected days from hearings put back for want of reports' },
  { family: 'custody.extraDays.paroleRefusal', unit: 'days', definition: 'expected days from refusals at hearings held without the reports' },
  { family: 'custody.extraDays.hdcLost', unit: 'days', definition: 'days of HDC lost to late assessments' },
  // Staff time.
  { family: 'hours.{group}.{category}', unit: 'hours', definition: 'hours the group spent in this category of time' },
  { family: 'staff.timeShare.{category}', unit: 'a share, 0 to 1', definition: 'hours in this category ÷ all contracted hours, over all staff' },
  { family: 'staff.atWorkShare.{category}', unit: 'a share, 0 to 1', definition: 'hours in this category ÷ hours at work on offender management (contact, admin, reports, oversight, idle)' },
  { family: 'staff.directContactShare', unit: 'a share, 0 to 1', definition: 'face-to-face hours ÷ hours at work on offender management (the NOMS 2008 study’s measure)' },
  { family: 'staff.hoursRedeployed', unit: 'hours', definition: 'hours of offender-management staff redeployed to other prison duties' },
  { family: 'staff.hoursRedeployedPerWeek', unit: 'hours a week', definition: 'hoursRedeployed ÷ weeks measured' },
  { family: 'staff.shiftsRedeployed', unit: 'shifts', definition: 'shifts on which someone was redeployed' },
  { family: 'staff.{group}.toolComplement', unit: 'people', definition: 'the probation officers the 2014 resource allocation tool sets' },
  { family: 'staff.{group}.oversightComplement', unit: 'people', definition: 'oversight hours needed ÷ one probation officer’s casework hours' },
  // Workload.
  { family: 'workload.hoursDemanded', unit: 'hours', definition: 'offender-management work that fell to staff, at the scenario’s standard durations' },
  { family: 'workload.hoursAvailable', unit: 'hours', definition: 'casework hours of shifts at work (after absence, other duties and overheads)' },
  { family: 'workload.hoursLostToRedeployment', unit: 'hours', definition: 'of those, lost to redeployment' },
  { family: 'workload.capacityPercent', unit: 'per cent', definition: 'each person’s demanded ÷ available hours × 100, mean over staff (the probation WMT’s band is 90–110)' },
  { family: 'workload.capacityPercent.{group}', unit: 'per cent', definition: 'the same over the group' },
  { family: 'workload.capacityPercentAfterRedeployment', unit: 'per cent', definition: 'as capacityPercent, with the hours lost to redeployment taken off' },
  { family: 'wmt.capacityPercent.mean', unit: 'per cent', definition: 'the probation WMT’s custody-case points ÷ available points × 100, weekly mean (no account of redeployment)', weekly: 'stock' },
  // Oversight.
  { family: 'oversight.hoursNeeded', unit: 'hours', definition: 'oversight work that arose (quality assurance, advice, complex-case reviews, NPS oversight)' },
  { family: 'oversight.hoursDelivered', unit: 'hours', definition: 'of that, done' },
  { family: 'oversight.hoursAvailable', unit: 'hours', definition: 'overseers’ hours at work' },
  { family: 'oversight.balance', unit: 'ratio', definition: 'hoursAvailable ÷ hoursNeeded' },
  { family: 'oversight.signOffs', unit: 'pieces of work', definition: 'written work on NPS cases signed off by a probation officer' },
  { family: 'oversight.returnedForRework', unit: 'pieces of work', definition: 'of those, sent back for rework' },
];

const compiled = metricCatalogue.map((entry) => ({
  entry,
  pattern: new RegExp(`^${entry.family.replace(/\./g, '\\.').replace(/\{(\w+)\}/g, (_, key: string) => placeholders[key])}$`),
}));

/** The definitions whose family matches a metric's name (exactly one for a known metric). */
export function definitionsOf(name: string): MetricDefinition[] {
  return compiled.filter((c) => c.pattern.test(name)).map((c) => c.entry);
}

/** A metric's definition, or undefined when the catalogue has none. */
export function definitionOf(name: string): MetricDefinition | undefined {
  return definitionsOf(name)[0];
}
