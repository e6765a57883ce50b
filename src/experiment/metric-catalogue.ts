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
import { indexCatalogue, type SummaryMetric } from './metric-index.ts';

export { fillPlaceholders, kindRange, undefinedReason, type SummaryMetric } from './metric-index.ts';

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
  /**
   * Which way is better for the people in custody and the staff; absent where
   * neither is: a workload that should sit in a band, a count that follows the
   * population, and a measure that falls or rises with the number of staff
   * alone (hours redeployed fall when staff are cut; the direct-contact share
   * rises with overload), which a comparison of staffing would otherwise call
   * better or worse.
   */
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
  /** The values it can take, where its kind's are not right (a share 0 to 1, anything else 0 or more). */
  range?: readonly [number, number];
  /** Where a replication's value comes from; every metric but a weekly-only stock has one. */
  source?: MetricSource;
}

/**
 * Where a metric's value comes from, its {placeholders} filled as in the
 * metric's name:
 * - 'counter': the model's counter of the metric's own name (0 when nothing was counted);
 * - levelMean: the time-weighted mean over the measured period of a level the model keeps;
 * - ratio: one metric over another, undefined when the second is 0;
 * - computed: a function the model supplies by this name (the experiment
 *   layer checks that it supplies every one), undefined in the case
 *   `undefinedWhen` names.
 */
export type MetricSource =
  | 'counter'
  | { readonly levelMean: string }
  | { readonly ratio: readonly [string, string] }
  | { readonly computed: string; readonly undefinedWhen?: string };

/** What each placeholder stands for: each value a name may hold there, with the words a label uses for it. */
export const placeholderWords = {
  group: {
    offenderSupervisors: 'offender supervisors',
    probationOfficers: 'probation officers',
    probationServiceOfficers: 'probation service officers',
    caseAdministrators: 'case administrators',
  },
  n: { 0: '0', 1: '1', 2: '2', 3: '3', 4: '4' },
  indeterminate: { ipp: 'imprisonment for public protection', life: 'life sentences' },
  // The kinds of custody (the schema's sentence types).
  sentence: { remand: 'on remand', determinate: 'determinate sentences', ipp: 'imprisonment for public protection', life: 'life sentences', recall: 'recalled from licence' },
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
  // The categories of time at work on offender management (the direct-contact share's denominator, as in the NOMS 2008 study).
  atWork: {
    contact: 'direct contact with prisoners',
    admin: 'recording, meetings and administration',
    reports: 'writing reports, assessments and plans',
    oversight: 'oversight of other staff',
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
  { family: '{work}.due', label: '{work} due', kind: 'count', unit: 'pieces of work', definition: 'work of this kind whose deadline fell in the measured period', source: 'counter' },
  { family: '{work}.onTime', label: '{work} finished on time', kind: 'count', unit: 'pieces of work', definition: 'of those due, finished by the deadline', source: 'counter' },
  { family: '{work}.late', label: '{work} finished late', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'finished after the deadline (counted when finished)', source: 'counter' },
  { family: '{work}.unfinished', label: 'Number of {work} unfinished at their deadline', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'of those due, not finished by the deadline', source: 'counter' },
  { family: '{work}.neverFinished', label: '{work} never finished', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'unfinished at the deadline and never finished (the person left, or the work was no longer needed)', source: 'counter' },
  { family: '{work}.onTimeShare', label: '{work} on time', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'onTime ÷ due', source: { ratio: ['{work}.onTime', '{work}.due'] } },
  { family: '{work}.unfinishedShare', label: '{work} unfinished at their deadline', kind: 'share', better: 'lower', unit: 'a share, 0 to 1', definition: 'unfinished ÷ due', source: { ratio: ['{work}.unfinished', '{work}.due'] } },
] as const satisfies readonly MetricDefinition[];

export const metricCatalogue = [
  // People.
  { family: 'prisoners.initial', label: 'People held at the start', kind: 'count', unit: 'people', definition: 'people held when the measured period began', source: 'counter' },
  { family: 'prisoners.received', label: 'People received', kind: 'count', unit: 'people', definition: 'people received in the measured period', source: 'counter' },
  { family: 'prisoners.received.recall', label: 'People received on recall', kind: 'count', unit: 'people', definition: 'of those received, people recalled to custody from licence (the rest are first receptions)', source: 'counter' },
  { family: 'prisoners.sentencedAfterRemand', label: 'People sentenced after remand', kind: 'count', unit: 'people', definition: 'remands that ended in a custodial sentence still to serve, the person staying in custody to serve it', source: 'counter' },
  { family: 'prisoners.released', label: 'People released', kind: 'count', unit: 'people', definition: 'people released in the measured period, for any reason', source: 'counter' },
  { family: 'prisoners.released.sentenceEnd', label: 'People released at their automatic release point', kind: 'count', unit: 'people', definition: 'released at the automatic release point of a determinate sentence', source: 'counter' },
  { family: 'prisoners.released.remandEnd', label: 'People released at the end of remand', kind: 'count', unit: 'people', definition: 'whose remand ended without a sentence still to serve (acquitted, a sentence in the community, or one served on remand)', source: 'counter' },
  { family: 'prisoners.released.recallEnd', label: 'People re-released after recall', kind: 'count', unit: 'people', definition: 'released at the end of a recall to custody', source: 'counter' },
  { family: 'prisoners.released.parole', label: 'People released on parole', kind: 'count', unit: 'people', definition: 'released on the Parole Board’s direction', source: 'counter' },
  { family: 'prisoners.released.hdc', label: 'People released on home detention curfew', kind: 'count', unit: 'people', definition: 'released on home detention curfew', source: 'counter' },
  { family: 'prisoners.transferred', label: 'People transferred to another establishment', kind: 'count', unit: 'people', definition: 'moved to another establishment of the estate', source: 'counter' },
  { family: 'prisoners.final', label: 'People held at the end', kind: 'count', unit: 'people', definition: 'people held at the end (initial + received = released + final; a transfer within the estate leaves the count as it is)', source: { computed: 'peopleHeldAtEnd' } },
  { family: 'prisoners.population.mean', label: 'People held', kind: 'level', unit: 'people', definition: 'people held, time-weighted mean', source: { levelMean: 'prisoners.population' } },
  { family: 'prisoners.held.{sentence}.mean', label: 'People held, {sentence}', kind: 'level', unit: 'people', definition: 'people held in this kind of custody, time-weighted mean (a remand that ends in a sentence counts as determinate from the day of sentence)', source: { levelMean: 'prisoners.held.{sentence}' } },
  { family: 'prisoners.heldPastTariff.{indeterminate}.mean', label: 'People held past tariff, {indeterminate}', kind: 'level', unit: 'people', definition: 'people serving this indeterminate sentence whose tariff is served and who are not yet released, time-weighted mean', source: { levelMean: 'prisoners.heldPastTariff.{indeterminate}' } },
  { family: 'prisoners.heldWithOasysOverdue.{indeterminate}.mean', label: 'People held with OASys work overdue, {indeterminate}', kind: 'level', unit: 'people', definition: 'people serving this indeterminate sentence with OASys assessment, sentence plan or review work past its deadline and not finished (counted once however many pieces are overdue), time-weighted mean', source: { levelMean: 'prisoners.heldWithOasysOverdue.{indeterminate}' } },
  { family: 'prisoners.inScope.mean', label: 'People within the model', kind: 'level', unit: 'people', definition: 'people within the model (in scope), time-weighted mean', source: { levelMean: 'prisoners.inScope' } },
  // Stocks of the weekly series, read at each week's end (summary.json has their time-weighted means).
  { family: 'prisoners.population', label: 'People held', kind: 'level', unit: 'people', definition: 'people held at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'prisoners.inScope', label: 'People within the model', kind: 'level', unit: 'people', definition: 'people within the model at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'cases.unallocated', label: 'Cases waiting for a supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'in-scope cases waiting for a supervisor at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'reports.backlog', label: 'Reports in the backlog', kind: 'level', better: 'lower', unit: 'reports', definition: 'reports past their deadline and not yet finished at the week’s end', weekly: 'stock', weeklyOnly: true },
  { family: 'staff.inPost', label: 'Staff in post', kind: 'level', unit: 'people', definition: 'staff in post at the week’s end', weekly: 'stock', weeklyOnly: true },
  // Caseloads and allocation.
  { family: 'allocation.allocated', label: 'Cases allocated', kind: 'count', unit: 'allocations', definition: 'cases given a supervisor, each allocation counted (a case moved after tiering counts again)', source: 'counter' },
  { family: 'allocation.movedAfterTiering', label: 'Cases moved to another supervisor after tiering', kind: 'count', unit: 'cases', definition: 'cases moved to a supervisor of another group when their tier made the first one ineligible', source: 'counter' },
  { family: 'allocation.waitDays', label: 'Days cases waited for a supervisor, in all', kind: 'count', better: 'lower', unit: 'days', definition: 'days from waiting for a supervisor to being given one, summed over the cases allocated after waiting', source: 'counter' },
  { family: 'cases.unallocated.mean', label: 'Cases waiting for a supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'in-scope cases waiting for a supervisor, time-weighted mean', source: { levelMean: 'cases.unallocated' } },
  { family: 'cases.unallocatedShare', label: 'Share of cases waiting for a supervisor', kind: 'share', better: 'lower', unit: 'a share, 0 to 1', definition: 'cases waiting for a supervisor ÷ people within the model, both time-weighted means', source: { ratio: ['cases.unallocated.mean', 'prisoners.inScope.mean'] } },
  { family: 'caseload.perSupervisor.mean', label: 'Cases per supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'cases held per member of staff who carries casework, at each week’s end, averaged over the weeks measured', weekly: 'stock', source: { computed: 'caseloadMean', undefinedWhen: 'no one carried casework in the weeks measured' } },
  { family: 'caseload.perSupervisor.p90', label: 'Cases per supervisor, 90th percentile', kind: 'level', better: 'lower', unit: 'cases', definition: 'the 90th percentile of those caseloads at each week’s end, averaged over the weeks measured', weekly: 'stock', source: { computed: 'caseloadP90', undefinedWhen: 'no one carried casework in the weeks measured' } },
  { family: 'caseload.perSupervisor.max', label: 'Largest caseload of any supervisor', kind: 'level', better: 'lower', unit: 'cases', definition: 'the largest caseload any supervisor held in any week', weekly: 'stock', source: { computed: 'caseloadMax' } },
  { family: 'caseload.max.{group}', label: 'Largest caseload of any of the {group}', kind: 'level', better: 'lower', unit: 'cases', definition: 'the largest caseload any member of the group held in any week', source: { computed: 'caseloadMaxOfGroup' } },
  // Contacts.
  { family: 'contacts.required', label: 'Supervision contacts required', kind: 'count', unit: 'contacts', definition: 'supervision contacts the cases’ tiers required, counted when each fell due', source: 'counter' },
  { family: 'contacts.required.tier{n}', label: 'Supervision contacts required, tier {n}', kind: 'count', unit: 'contacts', definition: 'the same for cases of this tier (0: not yet tiered)', source: 'counter' },
  { family: 'contacts.delivered', label: 'Supervision contacts delivered', kind: 'count', unit: 'contacts', definition: 'of those required, delivered before the next fell due', source: 'counter' },
  { family: 'contacts.delivered.tier{n}', label: 'Supervision contacts delivered, tier {n}', kind: 'count', unit: 'contacts', definition: 'the same for cases of this tier', source: 'counter' },
  { family: 'contacts.missed', label: 'Supervision contacts missed', kind: 'count', better: 'lower', unit: 'contacts', definition: 'of those required, not delivered', source: 'counter' },
  { family: 'contacts.missedUnallocated', label: 'Supervision contacts missed by cases with no supervisor', kind: 'count', better: 'lower', unit: 'contacts', definition: 'of those missed, owed by cases with no supervisor', source: 'counter' },
  { family: 'contacts.deliveredShare', label: 'Required contacts delivered', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'delivered ÷ required', source: { ratio: ['contacts.delivered', 'contacts.required'] } },
  { family: 'contacts.deliveredShare.tier{n}', label: 'Required contacts delivered, tier {n}', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'the same for cases of this tier', source: { ratio: ['contacts.delivered.tier{n}', 'contacts.required.tier{n}'] } },
  { family: 'contacts.minutesDelivered', label: 'Contact minutes delivered', kind: 'count', unit: 'minutes', definition: 'face-to-face minutes of the contacts delivered', source: 'counter' },
  { family: 'contacts.minutesDelivered.tier{n}', label: 'Contact minutes delivered, tier {n}', kind: 'count', unit: 'minutes', definition: 'the same for cases of this tier', source: 'counter' },
  { family: 'contacts.minutesPerPrisonerPerMonth', label: 'Contact time per prisoner', kind: 'rate', better: 'higher', unit: 'minutes a month', definition: 'minutesDelivered ÷ in-scope prisoner-months', source: { computed: 'contactMinutesPerPrisonerMonth', undefinedWhen: 'no one was within the model in the measured period' } },
  { family: 'contacts.minutesPerPrisonerPerMonth.tier{n}', label: 'Contact time per prisoner, tier {n}', kind: 'rate', better: 'higher', unit: 'minutes a month', definition: 'the same for cases of this tier', source: { computed: 'contactMinutesPerPrisonerMonthOfTier', undefinedWhen: 'no one of this tier was within the model in the measured period' } },
  // OMiC: key work, POMs by type, the COM and the pre-release work (0, or undefined, in a scenario without an omic section).
  { family: 'keyWork.prisonerWeeks', label: 'Prisoner-weeks eligible for key work', kind: 'count', unit: 'prisoner-weeks', definition: 'people held at each week’s end, summed over the weeks measured', source: 'counter' },
  { family: 'keyWork.prisonerWeeksWithKeyWorker', label: 'Prisoner-weeks with a key worker', kind: 'count', unit: 'prisoner-weeks', definition: 'of those, with a key worker (key workers × caseload, at most everyone held)', source: 'counter' },
  { family: 'keyWork.withKeyWorkerShare', label: 'People held with a key worker', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'prisonerWeeksWithKeyWorker ÷ prisonerWeeks', source: { ratio: ['keyWork.prisonerWeeksWithKeyWorker', 'keyWork.prisonerWeeks'] } },
  { family: 'keyWork.sessionsDue', label: 'Key-work sessions owed', kind: 'count', unit: 'sessions', definition: 'sessions owed to the people with a key worker (omic.keyWork.sessionsPerWeek each a week)', source: 'counter' },
  { family: 'keyWork.sessionsDelivered', label: 'Key-work sessions delivered', kind: 'count', unit: 'sessions', definition: 'of those, delivered: the key worker at work and not redeployed', source: 'counter' },
  { family: 'keyWork.deliveredShare', label: 'Key-work sessions owed that were delivered', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'sessionsDelivered ÷ sessionsDue', source: { ratio: ['keyWork.sessionsDelivered', 'keyWork.sessionsDue'] } },
  { family: 'keyWork.sessionsPerPrisonerPerWeek', label: 'Key-work sessions per prisoner a week', kind: 'rate', better: 'higher', digits: 2, unit: 'sessions a week', definition: 'sessionsDelivered ÷ prisonerWeeks: the key worker code’s measure (delivered ÷ eligible prisoners × weeks ÷ frequency) at a session a week', source: { ratio: ['keyWork.sessionsDelivered', 'keyWork.prisonerWeeks'] } },
  { family: 'keyWork.hoursDelivered', label: 'Key-work hours delivered', kind: 'count', unit: 'hours', definition: 'sessionsDelivered × omic.keyWork.sessionMinutes ÷ 60', source: 'counter' },
  { family: 'pom.caseload.{group}', label: 'Cases per POM: {group}', kind: 'level', unit: 'cases', definition: 'cases per member of the group at each week’s end, averaged over the weeks measured (prison POMs are the offender supervisors, probation POMs the probation officers)', source: { computed: 'caseloadMeanOfGroup', undefinedWhen: 'no member of the group carried casework in the weeks measured' } },
  { family: 'preRelease.byCom', label: 'Pieces of pre-release work falling to COMs', kind: 'count', unit: 'pieces of work', definition: 'pre-release work begun after the handover date, the COM then responsible', source: 'counter' },
  { family: 'preRelease.byPom', label: 'Pieces of pre-release work falling to POMs', kind: 'count', unit: 'pieces of work', definition: 'pre-release work begun before the handover date, the POM then responsible', source: 'counter' },
  { family: 'preRelease.comShare', label: 'Pre-release work falling to COMs', kind: 'share', unit: 'a share, 0 to 1', definition: 'byCom ÷ (byCom + byPom)', source: { computed: 'preReleaseComShare', undefinedWhen: 'no pre-release work began in the measured period' } },
  { family: 'releases.withPreReleaseWork', label: 'Releases owed pre-release work', kind: 'count', unit: 'people', definition: 'people released whose pre-release work had begun', source: 'counter' },
  { family: 'releases.preReleaseWorkDone', label: 'Number of releases with the pre-release work done', kind: 'count', unit: 'people', definition: 'of those, with the work done by release (the POM’s finished, or the COM’s done as their hours allowed)', source: 'counter' },
  { family: 'releases.preReleaseWorkDoneShare', label: 'Releases with the pre-release work done', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'preReleaseWorkDone ÷ withPreReleaseWork', source: { ratio: ['releases.preReleaseWorkDone', 'releases.withPreReleaseWork'] } },
  { family: 'com.hours', label: 'COM hours on the prison’s cases, in all', kind: 'count', unit: 'hours', definition: 'the WMT’s custody points of each case in scope while the COM supports, its licence points once responsible, at 4.42 minutes a point, summed over the weeks measured', source: 'counter' },
  { family: 'com.hoursPerWeek', label: 'COM hours on the prison’s cases', kind: 'rate', unit: 'hours a week', definition: 'com.hours ÷ weeks measured', source: { computed: 'comHoursPerWeek', undefinedWhen: 'the measured period was empty' } },
  { family: 'com.caseWeeks', label: 'Case-weeks with a COM', kind: 'count', unit: 'case-weeks', definition: 'cases in scope in custody at each week’s end, summed over the weeks measured', source: 'counter' },
  { family: 'com.caseWeeksResponsible', label: 'Case-weeks the COM was responsible for', kind: 'count', unit: 'case-weeks', definition: 'of those, past the handover date (or the COM’s from the start)', source: 'counter' },
  { family: 'com.responsibleShare', label: 'Cases the COM is responsible for', kind: 'share', unit: 'a share, 0 to 1', definition: 'caseWeeksResponsible ÷ caseWeeks', source: { ratio: ['com.caseWeeksResponsible', 'com.caseWeeks'] } },
  // Work with deadlines.
  ...deadlineOutcomes,
  { family: 'assessments.finished', label: 'OASys assessments finished', kind: 'count', unit: 'assessments', definition: 'OASys assessments finished', source: 'counter' },
  { family: 'assessments.waitDays', label: 'Days waited for OASys assessments, in all', kind: 'count', better: 'lower', unit: 'days', definition: 'days from reception to a finished assessment, summed over assessments finished', source: 'counter' },
  { family: 'assessments.waitDays.mean', label: 'Days from reception to a finished OASys assessment', kind: 'rate', better: 'lower', unit: 'days', definition: 'waitDays ÷ finished', source: { ratio: ['assessments.waitDays', 'assessments.finished'] } },
  { family: 'assessments.awaiting.mean', label: 'Cases awaiting their OASys assessment', kind: 'level', better: 'lower', unit: 'cases', definition: 'cases awaiting their OASys assessment, time-weighted mean', source: { levelMean: 'assessments.awaiting' } },
  { family: 'reports.backlog.mean', label: 'Reports in the backlog', kind: 'level', better: 'lower', unit: 'reports', definition: 'reports past their deadline and not yet finished, time-weighted mean', source: { levelMean: 'reports.backlog' } },
  { family: 'casework.cutDownToShortReview', label: 'Overdue work cut down to a short risk review', kind: 'count', better: 'lower', unit: 'pieces of work', definition: 'overdue assessment, plan or review work cut down to a short risk review', source: 'counter' },
  { family: 'tasks.interrupted', label: 'Work interrupted by other duties', kind: 'count', unit: 'pieces of work', definition: 'work in hand when its worker was pulled away to other duties', source: 'counter' },
  { family: 'tasks.takenOver', label: 'Work taken over from an overloaded colleague', kind: 'count', unit: 'pieces of work', definition: 'work taken over from an overloaded colleague', source: 'counter' },
  // Parole.
  { family: 'parole.hearings', label: 'Parole hearings held', kind: 'count', unit: 'hearings', definition: 'parole hearings held', source: 'counter' },
  { family: 'parole.heardAtFirstListing', label: 'Number of parole hearings held at their first listing', kind: 'count', unit: 'hearings', definition: 'held at their first listing', source: 'counter' },
  { family: 'parole.heardAfterDeferral', label: 'Parole hearings held after a deferral', kind: 'count', better: 'lower', unit: 'hearings', definition: 'held after at least one deferral', source: 'counter' },
  { family: 'parole.heardWithoutReports', label: 'Parole hearings held with an incomplete dossier', kind: 'count', better: 'lower', unit: 'hearings', definition: 'held with the dossier incomplete: the parole report unwritten, or OASys work overdue', source: 'counter' },
  { family: 'parole.hearingsOnTimeShare', label: 'Parole hearings held at their first listing', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'heardAtFirstListing ÷ hearings', source: { ratio: ['parole.heardAtFirstListing', 'parole.hearings'] } },
  { family: 'parole.deferredAtLeastOnceShare', label: 'Parole hearings deferred at least once', kind: 'share', better: 'lower', unit: 'a share, 0 to 1', definition: 'heardAfterDeferral ÷ hearings', source: { ratio: ['parole.heardAfterDeferral', 'parole.hearings'] } },
  { family: 'parole.deferredForReports', label: 'Parole hearings deferred for an incomplete dossier', kind: 'count', better: 'lower', unit: 'deferrals', definition: 'hearings put back because the dossier was incomplete at its cut-off: the parole report unwritten, or (where parole.dossierNeedsCurrentOasys) OASys work overdue', source: 'counter' },
  { family: 'parole.deferredOtherCauses', label: 'Parole hearings deferred for other reasons', kind: 'count', unit: 'deferrals', definition: 'hearings put back on the day for other reasons', source: 'counter' },
  { family: 'parole.dossiersChecked', label: 'Parole dossiers checked at their cut-off', kind: 'count', unit: 'dossiers', definition: 'dossiers looked at by the cut-off of their first listing', source: 'counter' },
  { family: 'parole.dossiersLackingReport', label: 'Parole dossiers without the parole report', kind: 'count', better: 'lower', unit: 'dossiers', definition: 'of those, without the parole report', source: 'counter' },
  { family: 'parole.dossiersLackingOasys', label: 'Parole dossiers with OASys work overdue', kind: 'count', better: 'lower', unit: 'dossiers', definition: 'of those, with OASys assessment, plan or review work overdue', source: 'counter' },
  { family: 'parole.dossiersLackingOasysShare', label: 'Share of parole dossiers with OASys work overdue', kind: 'share', better: 'lower', unit: 'a share, 0 to 1', definition: 'dossiersLackingOasys ÷ dossiersChecked', source: { ratio: ['parole.dossiersLackingOasys', 'parole.dossiersChecked'] } },
  { family: 'parole.released', label: 'Parole hearings directing release', kind: 'count', unit: 'hearings', definition: 'hearings that directed release', source: 'counter' },
  { family: 'parole.released.{indeterminate}', label: 'Parole hearings directing release, {indeterminate}', kind: 'count', unit: 'hearings', definition: 'hearings that directed the release of someone serving this indeterminate sentence', source: 'counter' },
  { family: 'parole.refused', label: 'Parole hearings refusing release', kind: 'count', unit: 'hearings', definition: 'hearings that refused release', source: 'counter' },
  // Home detention curfew and time in custody.
  { family: 'hdc.eligible', label: 'People reaching HDC eligibility', kind: 'count', unit: 'people', definition: 'people who reached their HDC eligibility date', source: 'counter' },
  { family: 'hdc.granted', label: 'People granted HDC', kind: 'count', unit: 'people', definition: 'granted HDC', source: 'counter' },
  { family: 'hdc.refused', label: 'People refused HDC', kind: 'count', unit: 'people', definition: 'refused HDC', source: 'counter' },
  { family: 'hdc.notReadyAtEligibility', label: 'HDC assessments not ready at eligibility', kind: 'count', better: 'lower', unit: 'people', definition: 'whose HDC assessment was not done by their eligibility date', source: 'counter' },
  { family: 'hdc.daysLost', label: 'Days of home detention curfew lost', kind: 'count', better: 'lower', digits: 0, unit: 'days', definition: 'days of HDC lost to late assessments', source: 'counter' },
  { family: 'custody.extraDays', label: 'Days in custody caused by missing or late work', kind: 'count', better: 'lower', digits: 0, unit: 'days', definition: 'days in custody caused by missing or late work: the sum of the three below', source: { computed: 'extraDaysInCustody' } },
  { family: 'custody.extraDays.paroleDeferral', label: 'Days in custody from parole hearings deferred for an incomplete dossier', kind: 'count', better: 'lower', unit: 'days', definition: 'expected days from hearings put back for an incomplete dossier', source: 'counter' },
  { family: 'custody.extraDays.paroleRefusal', label: 'Days in custody from refusals with an incomplete dossier', kind: 'count', better: 'lower', unit: 'days', definition: 'expected days from refusals at hearings held with the dossier incomplete', source: 'counter' },
  { family: 'custody.extraDays.hdcLost', label: 'Days in custody from HDC lost to late assessments', kind: 'count', better: 'lower', unit: 'days', definition: 'days of HDC lost to late assessments', source: 'counter' },
  // Staff time.
  { family: 'hours.{group}.{category}', label: 'Hours of {group}: {category}', kind: 'count', unit: 'hours', definition: 'hours the group spent in this category of time', source: 'counter' },
  { family: 'staff.timeShare.{category}', label: 'Staff time (share of all hours): {category}', kind: 'share', unit: 'a share, 0 to 1', definition: 'hours in this category ÷ all contracted hours, over all staff', source: { computed: 'timeShareOfAllHours', undefinedWhen: 'no staff hours were recorded' } },
  { family: 'staff.atWorkShare.{atWork}', label: 'Staff time (share of hours at work): {atWork}', kind: 'share', unit: 'a share, 0 to 1', definition: 'hours in this category ÷ hours at work on offender management (contact, admin, reports, oversight, idle)', source: { computed: 'timeShareOfHoursAtWork', undefinedWhen: 'no staff hours at work were recorded' } },
  { family: 'staff.directContactShare', label: 'Staff time in direct contact', kind: 'share', unit: 'a share, 0 to 1', definition: 'face-to-face hours ÷ hours at work on offender management (the NOMS 2008 study’s measure)', source: { computed: 'directContactShare', undefinedWhen: 'no staff hours at work were recorded' } },
  { family: 'staff.hoursRedeployed', label: 'Staff hours redeployed to other duties, in all', kind: 'count', unit: 'hours', definition: 'hours of offender-management staff redeployed to other prison duties', source: { computed: 'hoursRedeployed' } },
  { family: 'staff.hoursRedeployedPerWeek', label: 'Staff hours redeployed to other duties', kind: 'rate', unit: 'hours a week', definition: 'hoursRedeployed ÷ weeks measured', source: { computed: 'hoursRedeployedPerWeek', undefinedWhen: 'the measured period was empty' } },
  { family: 'staff.shiftsRedeployed', label: 'Shifts with someone redeployed', kind: 'count', unit: 'shifts', definition: 'shifts on which someone was redeployed', source: 'counter' },
  { family: 'staff.probationOfficers.toolComplement', label: 'Probation officers the 2014 resource allocation tool sets', kind: 'level', unit: 'people', definition: 'the probation officers the 2014 resource allocation tool sets', source: { computed: 'toolComplement' } },
  { family: 'staff.probationOfficers.oversightComplement', label: 'Probation officers the simulated oversight work needs', kind: 'level', unit: 'people', definition: 'oversight hours needed ÷ one probation officer’s casework hours', source: { computed: 'oversightComplement', undefinedWhen: 'no probation officer had casework hours' } },
  // Workload.
  { family: 'workload.hoursDemanded', label: 'Hours of work demanded', kind: 'count', unit: 'hours', definition: 'offender-management work that fell to staff, at the scenario’s standard durations', source: { computed: 'hoursDemanded' } },
  { family: 'workload.hoursAvailable', label: 'Casework hours available', kind: 'count', unit: 'hours', definition: 'casework hours of shifts at work (after absence, other duties and overheads)', source: { computed: 'hoursAvailable' } },
  { family: 'workload.hoursLostToRedeployment', label: 'Casework hours lost to redeployment', kind: 'count', unit: 'hours', definition: 'of those, lost to redeployment', source: { computed: 'hoursLostToRedeployment' } },
  { family: 'workload.capacityPercent', label: 'Workload: work demanded as % of hours for it (WMT band 90–110%)', kind: 'rate', unit: 'per cent', definition: 'each person’s demanded ÷ available hours × 100, mean over staff (the probation WMT’s band is 90–110)', source: { computed: 'capacityPercent', undefinedWhen: 'no member of staff had casework hours' } },
  { family: 'workload.capacityPercent.{group}', label: 'Workload of the {group}', kind: 'rate', unit: 'per cent', definition: 'the same over the group', source: { computed: 'capacityPercentOfGroup', undefinedWhen: 'no member of the group had casework hours' } },
  { family: 'workload.hoursWeightedPercent.{group}', label: 'Workload of the {group}, weighted by hours', kind: 'rate', unit: 'per cent', definition: 'the group’s work demanded ÷ its casework hours × 100, over the group together, so that a person with more hours counts for more (a few people far over their hours are not averaged away by many under theirs only if they hold most of the hours)', source: { computed: 'hoursWeightedPercentOfGroup', undefinedWhen: 'no member of the group had casework hours' } },
  { family: 'staff.overBandFourWeeks', label: 'Staff over 110% of their hours for four weeks running', kind: 'level', better: 'lower', unit: 'people', definition: 'members of staff whose work demanded came to more than 110% of their casework hours in each of four weeks running, at any time in the measured period (the WMT’s test of an excessive workload)', source: { computed: 'staffOverBandFourWeeks' } },
  { family: 'staff.overBandFourWeeks.{group}', label: 'Of the {group}, those over 110% of their hours for four weeks running', kind: 'level', better: 'lower', unit: 'people', definition: 'the same, of the group', source: { computed: 'staffOverBandFourWeeksOfGroup' } },
  { family: 'workload.capacityPercentAfterRedeployment', label: 'Workload after redeployment', kind: 'rate', unit: 'per cent', definition: 'as capacityPercent, with the hours lost to redeployment taken off', source: { computed: 'capacityPercentAfterRedeployment', undefinedWhen: 'no member of staff had casework hours left after redeployment' } },
  { family: 'wmt.capacityPercent.mean', label: 'WMT custody-case points capacity', kind: 'rate', unit: 'per cent', definition: 'the probation WMT’s custody-case points ÷ available points × 100, weekly mean (no account of redeployment)', weekly: 'stock', source: { computed: 'wmtCapacityPercent', undefinedWhen: 'no one carried WMT-weighted casework in the weeks measured' } },
  // The scenario's timeline.
  { family: 'timeline.changes', label: 'Timeline changes applied', kind: 'count', unit: 'changes', definition: 'changes of the scenario’s timeline applied in the measured period', source: 'counter' },
  // Oversight.
  { family: 'oversight.hoursNeeded', label: 'Oversight hours needed', kind: 'count', unit: 'hours', definition: 'oversight work that arose (quality assurance, advice, complex-case reviews, NPS oversight)', source: 'counter' },
  { family: 'oversight.hoursDelivered', label: 'Oversight hours delivered', kind: 'count', unit: 'hours', definition: 'of that, done', source: 'counter' },
  { family: 'oversight.hoursAvailable', label: 'Oversight hours available', kind: 'count', unit: 'hours', definition: 'overseers’ hours at work', source: { computed: 'overseerHoursAtWork' } },
  { family: 'oversight.balance', label: 'Overseers’ hours at work per oversight hour needed', kind: 'rate', better: 'higher', digits: 2, unit: 'ratio', definition: 'hoursAvailable ÷ hoursNeeded: hours at work, whatever else fills them (oversight.deliveredShare says how much of the oversight was done)', source: { ratio: ['oversight.hoursAvailable', 'oversight.hoursNeeded'] } },
  { family: 'oversight.deliveredShare', label: 'Oversight work done', kind: 'share', better: 'higher', unit: 'a share, 0 to 1', definition: 'hoursDelivered ÷ hoursNeeded', source: { ratio: ['oversight.hoursDelivered', 'oversight.hoursNeeded'] } },
  { family: 'oversight.signOffs', label: 'Written work signed off', kind: 'count', unit: 'pieces of work', definition: 'written work on NPS cases signed off by a probation officer', source: 'counter' },
  { family: 'oversight.returnedForRework', label: 'Written work returned for rework', kind: 'count', unit: 'pieces of work', definition: 'of those, sent back for rework', source: 'counter' },
] as const satisfies readonly MetricDefinition[];

/** The name of a metric the catalogue defines: a misspelt name in the source is a type error. */
export type MetricName = Expand<(typeof metricCatalogue)[number]['family']>;

type ComputedEntry = Extract<(typeof metricCatalogue)[number], { source: { computed: string } }>;
/** The functions the model must supply, by the names the catalogue's computed sources give. */
export type ComputedMetricName = ComputedEntry['source']['computed'];

/** The values of a family's placeholders in one metric's name: { group: 'probationOfficers' }. */
export type PlaceholderValues = Readonly<Partial<Record<keyof Placeholders, string>>>;

/** A placeholder's values, each with its words. */
export type PlaceholderWords = Readonly<Record<string, Readonly<Record<string, string>>>>;

const index = indexCatalogue<MetricName>(metricCatalogue, placeholderWords);

/**
 * Every metric every summary.json reports, in the catalogue's order: the
 * same for every scenario (a group a scenario does not staff reports 0, or
 * null with the reason), so name checks need no run.
 */
export const summaryMetrics: readonly SummaryMetric<MetricName>[] = index.summaryMetrics;
/** The names of every metric every summary.json reports, sorted. */
export const summaryMetricNames: readonly MetricName[] = index.summaryMetricNames;
export const { summaryMetricOf, definitionsOf, definitionOf, labelOf, rangeOf } = index;

/** Whether the catalogue defines a metric of this name. */
export function isMetricName(name: string): name is MetricName {
  return definitionOf(name) !== undefined;
}
