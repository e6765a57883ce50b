/**
 * The one catalogue of metrics: for each family of names a replication
 * reports ("hours.{group}.{category}" stands for every staff group and time
 * category), its label, unit, kind, definition, which way is better, and
 * whether a weekly series is a stock or a flow. Everything that names or
 * shows a metric reads it: `omsim metrics`, --target and --metrics, the
 * terminal's headlines, the report's words and charts, summary.csv, the data
 * dictionary and docs/metrics.md. A test checks that every metric any
 * bundled scenario reports is defined here once, and nothing more.
 *
 * Totals are over the measured period (after the warm-up) of one
 * replication; levels (".mean") are time-weighted over it.
 */

/**
 * count: a total over the measured period; share: a part of a whole, 0 to 1;
 * level: a stock (people held, a backlog), as a time-weighted or weekly mean;
 * rate: one quantity per another (per prisoner a month, per week, per cent of
 * the hours available, per assessment).
 */
export type MetricKind = 'count' | 'share' | 'level' | 'rate';

export interface MetricDefinition {
  /** The family's name, with {placeholders}. */
  family: string;
  /** What is measured, for a chart label or table row; {placeholders} are filled with words ("{group}": "probation officers"). */
  label: string;
  kind: MetricKind;
  /** Which way is better for the people in custody and the staff; absent where neither is (a workload that should sit in a band, a count that follows the population). */
  better?: 'higher' | 'lower';
  /** Decimal places shown (of the percentage, for a share); 1 when absent. */
  digits?: number;
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

/** What each placeholder stands for: each value a name may hold there, with the words a label uses for it. */
export const placeholderWords = {
  group: {
    offenderSupervisors: 'offender supervisors',
    probationOfficers: 'probation officers',
    probationServiceOfficers: 'probation service officers',
    caseAdministrators: 'case administrators',
  },
  n: { 0: '0', 1: '1', 2: '2', 3: '3', 4: '4' },
  // The model's time categories (src/model/types.ts), in the order a chart lists them.
  category: {
    contact: 'direct contact with prisoners',
    admin: 'recording, meetings and administration',
    reports: 'writing reports, assessments and plans',
    oversight: 'oversight of other staff',
    otherDuties: 'other duties',
    redeployed: 'redeployed to other prison duties',
    absent: 'absent (leave, sickness, training)',
    idle: 'no casework waiting',
  },
  work: {
    assessments: 'OASys assessments',
    sentencePlans: 'sentence plans',
    reports: 'reports',
    'reports.oasysReview': 'OASys reviews',
    'reports.parole': 'parole reports',
    'reports.hdc': 'HDC reports',
    'reports.handover': 'handover reports',
    preRelease: 'pieces of pre-release work left to POMs',
  },
} as const;

type Placeholders = typeof placeholderWords;

/** A family's name with each {placeholder} replaced by every value it may hold. */
type Expand<Family extends string> = Family extends `${infer Head}{${infer Key extends keyof Placeholders}}${infer Tail}`
  ? `${Head}${keyof Placeholders[Key] & (string | number)}${Expand<Tail>}`
  : Family;

const deadlineOutcomes = [
  { family: '{work}.due', label: '{work} due', kind: 'count', unit: 'pieces of work', definition: 'work of this kind whose deadline fell in the measured period' },
  { family: '{work}.onTime', label: '{work} finished on time', kind: 'count', unit: 'pieces of work', definition: 'of those due, finished by the deadline' },
  { family: '{work}.late', label: '{work} finished late', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'finished after the deadline (counted when finished)' },
  { family: '{work}.unfinished', label: 'Number of {work} unfinished at their deadline', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'of those due, not finished by the deadline' },
  { family: '{work}.neverFinished', label: '{work} never finished', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'unfinished at the deadline and never finished (the person left, or the work was no longer needed)' },
  { family: '{work}.onTimeShare', label: '{work} on time', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'onTime ÷ due' },
  { family: '{work}.unfinishedShare', label: '{work} unfinished at their deadline', kind: 'share', better: 'lower', unit: 'a share, 0 to 1', definition: 'unfinished ÷ due' },
] as const satisfies readonly MetricDefinition[];

export const metricCatalogue = [
  // People.
  { family: 'prisoners.initial', label: 'People held at the start', kind: 'count', unit: 'people', definition: 'people held when the measured period began' },
  { family: 'prisoners.received', label: 'People received', kind: 'count', unit: 'people', definition: 'people received in the measured period' },
  { family: 'prisoners.released', label: 'People released', kind: 'count', unit: 'people', definition: 'people released in the measured period, for any reason' },
  { family: 'prisoners.released.sentenceEnd', label: 'People released at their automatic release point', kind: 'count', unit: 'people', definition: 'released at the automatic release point of a determinate sentence' },
  { family: 'prisoners.released.remandEnd', label: 'People released at the end of remand', kind: 'count', unit: 'people', definition: 'whose remand ended' },
  { family: 'prisoners.released.parole', label: 'People released on parole', kind: 'count', unit: 'people', definition: 'released on the Parole Board’s direction' },
  { family: 'prisoners.released.hdc', label: 'People released on home detention curfew', kind: 'count', unit: 'people', definition: 'released on home detention curfew' },
  { family: 'prisoners.transferred', label: 'People transferred to another establishment', kind: 'count', unit: 'people', definition: 'moved to another establishment of the estate' },
  { family: 'prisoners.final', label: 'People held at the end', kind: 'count', unit: 'people', definition: 'people held at the end (initial + received = released + transferred + final)' },
  { family: 'prisoners.population.mean', label: 'People held', kind: 'level', unit: 'people', definition: 'people held, time-weighted mean' },
  { family: 'prisoners.inScope.mean', label: 'People within the model', kind: 'level', unit: 'people', definition: 'people within the model (in scope), time-weighted mean' },
  // Stocks of the weekly series, read at each week's end (summary.json has their time-weighted means).
  { family: 'prisoners.population', label: 'People held', kind: 'level', unit: 'people', definition: 'people held at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'prisoners.inScope', label: 'People within the model', kind: 'level', unit: 'people', definition: 'people within the model at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'cases.unallocated', label: 'Cases waiting for a supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'in-scope cases waiting for a supervisor at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'reports.backlog', label: 'Reports in the backlog', kind: 'level', better: 'lower', unit: 'reports', definition: 'reports past their deadline and not yet finished at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'staff.inPost', label: 'Staff in post', kind: 'level', unit: 'people', definition: 'staff in post at the week’s end', weekly: 'stock', weeklyOnly: true },
  // Caseloads and allocation.
  { family: 'allocation.allocated', label: 'Cases allocated', kind: 'count', unit: 'allocations', definition: 'cases given a supervisor, each allocation counted (a case moved after tiering counts again)' },
  { family: 'cases.unallocated.mean', label: 'Cases waiting for a supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'in-scope cases waiting for a supervisor, time-weighted mean' },
  { family: 'caseload.perSupervisor.mean', label: 'Cases per supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'cases held per member of staff who carries casework, at each week’s end, averaged over the weeks measured', weekly: 'stock' },
  { family: 'caseload.perSupervisor.p90', label: 'Cases per supervisor, 90th percentile', kind: 'level', better: 'lower', unit: 'cases', definition: 'the 90th percentile of those caseloads at each week’s end, averaged over the weeks measured', weekly: 'stock' },
  { family: 'caseload.perSupervisor.max', label: 'Largest caseload of any supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'the largest caseload any supervisor held in any week', weekly: 'stock' },
  { family: 'caseload.max.{group}', label: 'Largest caseload of any of the {group}', kind: 'level', better: 'lower', unit: 'cases', definition: 'the largest caseload any member of the group held in any week' },
  // Contacts.
  { family: 'contacts.required', label: 'Supervision contacts required', kind: 'count', unit: 'contacts', definition: 'supervision contacts the cases’ tiers required, counted when each fell due' },
  { family: 'contacts.required.tier{n}', label: 'Supervision contacts required, tier {n}', kind: 'count', unit: 'contacts', definition: 'the same for cases of this tier (0: not yet tiered)' },
  { family: 'contacts.delivered', label: 'Supervision contacts delivered', kind: 'count', unit: 'contacts', definition: 'of those required, delivered before the next fell due' },
  { family: 'contacts.delivered.tier{n}', label: 'Supervision contacts delivered, tier {n}', kind: 'count', unit: 'contacts', definition: 'the same for cases of this tier' },
  { family: 'contacts.missed', label: 'Supervision contacts missed', kind: 'count', better: 'lower', unit: 'contacts', definition: 'of those required, not delivered' },
  { family: 'contacts.missedUnallocated', label: 'Supervision contacts missed by cases with no supervisor', kind: 'count', better: 'lower', unit: 'contacts', definition: 'of those missed, owed by cases with no supervisor' },
  { family: 'contacts.deliveredShare', label: 'Required contacts delivered', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'delivered ÷ required' },
  { family: 'contacts.deliveredShare.tier{n}', label: 'Required contacts delivered, tier {n}', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'the same for cases of this tier' },
  { family: 'contacts.minutesDelivered', label: 'Contact minutes delivered', kind: 'count', unit: 'minutes', definition: 'face-to-face minutes of the contacts delivered' },
  { family: 'contacts.minutesDelivered.tier{n}', label: 'Contact minutes delivered, tier {n}', kind: 'count', unit: 'minutes', definition: 'the same for cases of this tier' },
  { family: 'contacts.minutesPerPrisonerPerMonth', label: 'Contact time per prisoner', kind: 'rate', better: 'higher', unit: 'minutes a month', definition: 'minutesDelivered ÷ in-scope prisoner-months' },
  { family: 'contacts.minutesPerPrisonerPerMonth.tier{n}', label: 'Contact time per prisoner, tier {n}', kind: 'rate', better: 'higher', unit: 'minutes a month', definition: 'the same for cases of this tier' },
  // Work with deadlines.
  ...deadlineOutcomes,
  { family: 'assessments.finished', label: 'OASys assessments finished', kind: 'count', unit: 'assessments', definition: 'OASys assessments finished' },
  { family: 'assessments.waitDays', label: 'Days waited for OASys assessments, in all', kind: 'count', better: 'lower', unit: 'days', definition: 'days from reception to a finished assessment, summed over assessments finished' },
  { family: 'assessments.waitDays.mean', label: 'Days from reception to a finished OASys assessment', kind: 'rate', better: 'lower', unit: 'days', definition: 'waitDays ÷ finished' },
  { family: 'assessments.awaiting.mean', label: 'Cases awaiting their OASys assessment', kind: 'level', better: 'lower', unit: 'cases', definition: 'cases awaiting their OASys assessment, time-weighted mean' },
  { family: 'reports.backlog.mean', label: 'Reports in the backlog', kind: 'level', better: 'lower', unit: 'reports', definition: 'reports past their deadline and not yet finished, time-weighted mean' },
  { family: 'casework.cutDownToShortReview', label: 'Overdue work cut down to a short risk review', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'overdue assessment, plan or review work cut down to a short risk review' },
  { family: 'tasks.interrupted', label: 'Work interrupted by other duties', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'work in hand when its worker was pulled away to other duties' },
  { family: 'tasks.takenOver', label: 'Work taken over from an overloaded colleague', kind: 'count', unit: 'pieces of work', definition: 'work taken over from an overloaded colleague' },
  // OMiC (scenarios with an omic section only): key work, POMs by type, the COM and the pre-release work.
  { family: 'keyWork.prisonerWeeks', label: 'Prisoner-weeks eligible for key work', kind: 'count', unit: 'prisoner-weeks', definition: 'people held at each week’s end, summed over the weeks measured' },
  { family: 'keyWork.prisonerWeeksWithKeyWorker', label: 'Prisoner-weeks with a key worker', kind: 'count', unit: 'prisoner-weeks', definition: 'of those, with a key worker (key workers × caseload, at most everyone held)' },
  { family: 'keyWork.withKeyWorkerShare', label: 'People held with a key worker', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'prisonerWeeksWithKeyWorker ÷ prisonerWeeks' },
  { family: 'keyWork.sessionsDue', label: 'Key-work sessions owed', kind: 'count', unit: 'sessions', definition: 'sessions owed to the people with a key worker (omic.keyWork.sessionsPerWeek each a week)' },
  { family: 'keyWork.sessionsDelivered', label: 'Key-work sessions delivered', kind: 'count', unit: 'sessions', definition: 'of those, delivered: the key worker at work and not redeployed' },
  { family: 'keyWork.deliveredShare', label: 'Key-work sessions owed that were delivered', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'sessionsDelivered ÷ sessionsDue' },
  { family: 'keyWork.sessionsPerPrisonerPerWeek', label: 'Key-work sessions per prisoner a week', kind: 'rate', better: 'higher', digits: 2, unit: 'sessions a week', definition: 'sessionsDelivered ÷ prisonerWeeks: the key worker code’s measure (delivered ÷ eligible prisoners × weeks ÷ frequency) at a session a week' },
  { family: 'keyWork.hoursDelivered', label: 'Key-work hours delivered', kind: 'count', unit: 'hours', definition: 'sessionsDelivered × omic.keyWork.sessionMinutes ÷ 60' },
  { family: 'pom.caseload.{group}', label: 'Cases per POM: {group}', kind: 'level', unit: 'cases', definition: 'cases per member of the group at each week’s end, averaged over the weeks measured (prison POMs are the offender supervisors, probation POMs the probation officers)' },
  { family: 'preRelease.byCom', label: 'Pieces of pre-release work falling to COMs', kind: 'count', unit: 'pieces of work', definition: 'pre-release work begun after the handover date, the COM then responsible' },
  { family: 'preRelease.byPom', label: 'Pieces of pre-release work falling to POMs', kind: 'count', unit: 'pieces of work', definition: 'pre-release work begun before the handover date, the POM then responsible' },
  { family: 'preRelease.comShare', label: 'Pre-release work falling to COMs', kind: 'share', unit: 'a share, 0 to 1', definition: 'byCom ÷ (byCom + byPom)' },
  { family: 'releases.withPreReleaseWork', label: 'Releases owed pre-release work', kind: 'count', unit: 'people', definition: 'people released whose pre-release work had begun' },
  { family: 'releases.preReleaseWorkDone', label: 'Number of releases with the pre-release work done', kind: 'count', unit: 'people', definition: 'of those, with the work done by release (the POM’s finished, or the COM’s done as their hours allowed)' },
  { family: 'releases.preReleaseWorkDoneShare', label: 'Releases with the pre-release work done', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'preReleaseWorkDone ÷ withPreReleaseWork' },
  { family: 'com.hours', label: 'COM hours on the prison’s cases, in all', kind: 'count', unit: 'hours', definition: 'the WMT’s custody points of each case in scope while the COM supports, its licence points once responsible, at 4.42 minutes a point, summed over the weeks measured' },
  { family: 'com.hoursPerWeek', label: 'COM hours on the prison’s cases', kind: 'rate', unit: 'hours a week', definition: 'com.hours ÷ weeks measured' },
  { family: 'com.caseWeeks', label: 'Case-weeks with a COM', kind: 'count', unit: 'case-weeks', definition: 'cases in scope in custody at each week’s end, summed over the weeks measured' },
  { family: 'com.caseWeeksResponsible', label: 'Case-weeks the COM was responsible for', kind: 'count', unit: 'case-weeks', definition: 'of those, past the handover date (or the COM’s from the start)' },
  { family: 'com.responsibleShare', label: 'Cases the COM is responsible for', kind: 'share', unit: 'a share, 0 to 1', definition: 'caseWeeksResponsible ÷ caseWeeks' },
  // Parole.
  { family: 'parole.hearings', label: 'Parole hearings held', kind: 'count', unit: 'hearings', definition: 'parole hearings held' },
  { family: 'parole.heardAtFirstListing', label: 'Number of parole hearings held at their first listing', kind: 'count', unit: 'hearings', definition: 'held at their first listing' },
  { family: 'parole.heardAfterDeferral', label: 'Parole hearings held after a deferral', kind: 'count', better: 'lower', unit: 'hearings', definition: 'held after at least one deferral' },
  { family: 'parole.heardWithoutReports', label: 'Parole hearings held with an incomplete dossier', kind: 'count', better: 'lower', unit: 'hearings', definition: 'held with the dossier incomplete: the parole report unwritten, or OASys work overdue' },
  { family: 'parole.hearingsOnTimeShare', label: 'Parole hearings held at their first listing', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'heardAtFirstListing ÷ hearings' },
  { family: 'parole.deferredAtLeastOnceShare', label: 'Parole hearings deferred at least once', kind: 'share', better: 'lower', unit: 'a share, 0 to 1', definition: 'heardAfterDeferral ÷ hearings' },
  { family: 'parole.deferredForReports', label: 'Parole hearings deferred for an incomplete dossier', kind: 'count', better: 'lower', unit: 'deferrals', definition: 'hearings put back because the dossier was incomplete at its cut-off: the parole report unwritten, or (where parole.dossierNeedsCurrentOasys) OASys work overdue' },
  { family: 'parole.deferredOtherCauses', label: 'Parole hearings deferred for other reasons', kind: 'count', unit: 'deferrals', definition: 'hearings put back on the day for other reasons' },
  { family: 'parole.dossiersChecked', label: 'Parole dossiers checked at their cut-off', kind: 'count', unit: 'dossiers', definition: 'dossiers looked at by the cut-off of their first listing' },
  { family: 'parole.dossiersLackingReport', label: 'Parole dossiers without the parole report', kind: 'count', better: 'lower', unit: 'dossiers', definition: 'of those, without the parole report' },
  { family: 'parole.dossiersLackingOasys', label: 'Parole dossiers with OASys work overdue', kind: 'count', better: 'lower', unit: 'dossiers', definition: 'of those, with OASys assessment, plan or review work overdue' },
  { family: 'parole.dossiersLackingOasysShare', label: 'Share of parole dossiers with OASys work overdue', kind: 'share', better: 'lower', unit: 'a share, 0 to 1', definition: 'dossiersLackingOasys ÷ dossiersChecked' },
  { family: 'parole.released', label: 'Parole hearings directing release', kind: 'count', unit: 'hearings', definition: 'hearings that directed release' },
  { family: 'parole.refused', label: 'Parole hearings refusing release', kind: 'count', unit: 'hearings', definition: 'hearings that refused release' },
  // Home detention curfew and time in custody.
  { family: 'hdc.eligible', label: 'People reaching HDC eligibility', kind: 'count', unit: 'people', definition: 'people who reached their HDC eligibility date' },
  { family: 'hdc.granted', label: 'People granted HDC', kind: 'count', unit: 'people', definition: 'granted HDC' },
  { family: 'hdc.refused', label: 'People refused HDC', kind: 'count', unit: 'people', definition: 'refused HDC' },
  { family: 'hdc.notReadyAtEligibility', label: 'HDC assessments not ready at eligibility', kind: 'count', better: 'lower', unit: 'people', definition: 'whose HDC assessment was not done by their eligibility date' },
  { family: 'hdc.daysLost', label: 'Days of home detention curfew lost', kind: 'count', better: 'lower', digits: 0, unit: 'days', definition: 'days of HDC lost to late assessments' },
  { family: 'custody.extraDays', label: 'Days in custody caused by missing or late work', kind: 'count', better: 'lower', digits: 0, unit: 'days', definition: 'days in custody caused by missing or late work: the sum of the three below' },
  { family: 'custody.extraDays.paroleDeferral', label: 'Days in custody from parole hearings deferred for an incomplete dossier', kind: 'count', better: 'lower', unit: 'days', definition: 'expected days from hearings put back for an incomplete dossier' },
  { family: 'custody.extraDays.paroleRefusal', label: 'Days in custody from refusals with an incomplete dossier', kind: 'count', better: 'lower', unit: 'days', definition: 'expected days from refusals at hearings held with the dossier incomplete' },
  { family: 'custody.extraDays.hdcLost', label: 'Days in custody from HDC lost to late assessments', kind: 'count', better: 'lower', unit: 'days', definition: 'days of HDC lost to late assessments' },
  // Staff time.
  { family: 'hours.{group}.{category}', label: 'Hours of {group}: {category}', kind: 'count', unit: 'hours', definition: 'hours the group spent in this category of time' },
  { family: 'staff.timeShare.{category}', label: 'Staff time (share of all hours): {category}', kind: 'share', unit: 'a share, 0 to 1', definition: 'hours in this category ÷ all contracted hours, over all staff' },
  { family: 'staff.atWorkShare.{category}', label: 'Staff time (share of hours at work): {category}', kind: 'share', unit: 'a share, 0 to 1', definition: 'hours in this category ÷ hours at work on offender management (contact, admin, reports, oversight, idle)' },
  { family: 'staff.directContactShare', label: 'Staff time in direct contact', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'face-to-face hours ÷ hours at work on offender management (the NOMS 2008 study’s measure)' },
  { family: 'staff.hoursRedeployed', label: 'Staff hours redeployed to other duties, in all', kind: 'count', better: 'lower', unit: 'hours', definition: 'hours of offender-management staff redeployed to other prison duties' },
  { family: 'staff.hoursRedeployedPerWeek', label: 'Staff hours redeployed to other duties', kind: 'rate', better: 'lower', unit: 'hours a week', definition: 'hoursRedeployed ÷ weeks measured' },
  { family: 'staff.shiftsRedeployed', label: 'Shifts with someone redeployed', kind: 'count', better: 'lower', unit: 'shifts', definition: 'shifts on which someone was redeployed' },
  { family: 'staff.{group}.toolComplement', label: '{group} the 2014 resource allocation tool sets', kind: 'level', unit: 'people', definition: 'the probation officers the 2014 resource allocation tool sets' },
  { family: 'staff.{group}.oversightComplement', label: '{group} the simulated oversight work needs', kind: 'level', unit: 'people', definition: 'oversight hours needed ÷ one probation officer’s casework hours' },
  // Workload.
  { family: 'workload.hoursDemanded', label: 'Hours of work demanded', kind: 'count', unit: 'hours', definition: 'offender-management work that fell to staff, at the scenario’s standard durations' },
  { family: 'workload.hoursAvailable', label: 'Casework hours available', kind: 'count', unit: 'hours', definition: 'casework hours of shifts at work (after absence, other duties and overheads)' },
  { family: 'workload.hoursLostToRedeployment', label: 'Casework hours lost to redeployment', kind: 'count', better: 'lower', unit: 'hours', definition: 'of those, lost to redeployment' },
  { family: 'workload.capacityPercent', label: 'Workload: work demanded as % of hours for it (WMT band 90–110%)', kind: 'rate', unit: 'per cent', definition: 'each person’s demanded ÷ available hours × 100, mean over staff (the probation WMT’s band is 90–110)' },
  { family: 'workload.capacityPercent.{group}', label: 'Workload of the {group}', kind: 'rate', unit: 'per cent', definition: 'the same over the group' },
  { family: 'workload.capacityPercentAfterRedeployment', label: 'Workload after redeployment', kind: 'rate', unit: 'per cent', definition: 'as capacityPercent, with the hours lost to redeployment taken off' },
  { family: 'wmt.capacityPercent.mean', label: 'WMT custody-case points capacity', kind: 'rate', unit: 'per cent', definition: 'the probation WMT’s custody-case points ÷ available points × 100, weekly mean (no account of redeployment)', weekly: 'stock' },
  // Oversight.
  { family: 'oversight.hoursNeeded', label: 'Oversight hours needed', kind: 'count', unit: 'hours', definition: 'oversight work that arose (quality assurance, advice, complex-case reviews, NPS oversight)' },
  { family: 'oversight.hoursDelivered', label: 'Oversight hours delivered', kind: 'count', unit: 'hours', definition: 'of that, done' },
  { family: 'oversight.hoursAvailable', label: 'Oversight hours available', kind: 'count', unit: 'hours', definition: 'overseers’ hours at work' },
  { family: 'oversight.balance', label: 'Overseers’ hours at work per oversight hour needed', kind: 'rate', better: 'higher', digits: 2, unit: 'ratio', definition: 'hoursAvailable ÷ hoursNeeded: hours at work, whatever else fills them (oversight.deliveredShare says how much of the oversight was done)' },
  { family: 'oversight.deliveredShare', label: 'Oversight work done', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'hoursDelivered ÷ hoursNeeded' },
  { family: 'oversight.signOffs', label: 'Written work signed off', kind: 'count', unit: 'pieces of work', definition: 'written work on NPS cases signed off by a probation officer' },
  { family: 'oversight.returnedForRework', label: 'Written work returned for rework', kind: 'count', unit: 'pieces of work', definition: 'of those, sent back for rework' },
] as const satisfies readonly MetricDefinition[];

/** The name of a metric the catalogue defines: a misspelt name in the source is a type error. */
export type MetricName = Expand<(typeof metricCatalogue)[number]['family']>;

const escape = (text: string) => text.replace(/[.]/g, '\\.');

const compiled = metricCatalogue.map((entry: MetricDefinition) => {
  const keys: (keyof Placeholders)[] = [];
  const source = escape(entry.family).replace(/\{(\w+)\}/g, (_, key: keyof Placeholders) => {
    keys.push(key);
    return `(${Object.keys(placeholderWords[key]).map(escape).join('|')})`;
  });
  return { entry, keys, pattern: new RegExp(`^${source}$`) };
});

/** The definitions whose family matches a metric's name (exactly one for a known metric). */
export function definitionsOf(name: string): MetricDefinition[] {
  return compiled.filter((c) => c.pattern.test(name)).map((c) => c.entry);
}

/** A metric's definition, or undefined when the catalogue has none. */
export function definitionOf(name: string): MetricDefinition | undefined {
  return definitionsOf(name)[0];
}

/** Whether the catalogue defines a metric of this name. */
export function isMetricName(name: string): name is MetricName {
  return definitionOf(name) !== undefined;
}

/** A metric's label, its placeholders in words, starting with a capital: "Hours of probation officers: direct contact with prisoners"; the name itself for a metric the catalogue does not define. */
export function labelOf(name: string): string {
  const found = compiled.find((c) => c.pattern.test(name));
  if (found === undefined) return name;
  // Each placeholder of the family holds the value found in its place in the name.
  const values = found.pattern.exec(name)?.slice(1) ?? [];
  const valueOf = new Map(found.keys.map((key, i) => [key, values[i]]));
  const label = found.entry.label.replace(/\{(\w+)\}/g, (_, key: keyof Placeholders) => (placeholderWords[key] as Record<string, string>)[valueOf.get(key) ?? '']);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The values a metric can take, for cutting off intervals that stray past
 * them (a t interval from a few replications can reach below 0% or above
 * 100%): a share lies in 0–1, and every other metric is a count, level or
 * rate of things that cannot be negative. Undefined for a name the catalogue
 * does not define.
 */
export function rangeOf(name: string): [number, number] | undefined {
  const definition = definitionOf(name);
  return definition === undefined ? undefined : kindRange(definition.kind);
}

/** The values a metric of this kind can take. */
export function kindRange(kind: MetricKind): [number, number] {
  return kind === 'share' ? [0, 1] : [0, Infinity];
}
