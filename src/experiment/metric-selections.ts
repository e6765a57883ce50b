/**
 * Which metrics each view leads with, and the report's sentence for each key
 * metric, all by names the catalogue defines (a misspelt name is a type
 * error). Labels, units, ranges and better sides come from the catalogue.
 */
import type { MetricName } from './metric-catalogue.ts';

/**
 * What a briefing leads with: compare's headline and chart show these unless
 * --metrics chooses others, so the chart fits a slide.
 */
export const briefingMetrics = [
  'caseload.perSupervisor.mean',
  'contacts.minutesPerPrisonerPerMonth',
  'contacts.deliveredShare',
  'reports.unfinishedShare',
  'assessments.onTimeShare',
  'reports.parole.onTimeShare',
  'staff.directContactShare',
  'workload.capacityPercent',
] as const satisfies readonly MetricName[];

/**
 * Reports unfinished by type, shown under the total in a headline wherever
 * some were due: the total is mostly HDC reports and OASys reviews, and
 * barely moves when the parole reports go unwritten.
 */
export const unfinishedByType = [
  'reports.oasysReview.unfinishedShare',
  'reports.parole.unfinishedShare',
  'reports.hdc.unfinishedShare',
  'reports.handover.unfinishedShare',
] as const satisfies readonly MetricName[];

/** Cases waiting for a supervisor: in a comparison's headline whenever any scenario has some (a cap with no staff to take the cases). */
export const waitingCases = ['cases.unallocated.mean', 'cases.unallocatedShare'] as const satisfies readonly MetricName[];

/** Under OMiC, the headline adds key work, the POMs' caseloads by type, the pre-release work and the COMs' hours (a scenario without an omic section counts none of them). */
export const omicHeadlineMetrics = [
  'keyWork.sessionsPerPrisonerPerWeek',
  'pom.caseload.offenderSupervisors',
  'pom.caseload.probationOfficers',
  'releases.preReleaseWorkDoneShare',
  'com.hoursPerWeek',
] as const satisfies readonly MetricName[];

/** The headline of a run on the terminal: the briefing, reports unfinished by type, unallocated cases, the workload after redeployment and the staff over the WMT's band for four weeks running. */
export const headlineMetrics = [
  ...briefingMetrics.slice(0, 4),
  ...unfinishedByType,
  ...briefingMetrics.slice(4, 7),
  ...waitingCases,
  'workload.capacityPercent',
  'workload.capacityPercentAfterRedeployment',
  'staff.overBandFourWeeks',
] as const satisfies readonly MetricName[];

/**
 * The report's key measures, in its order, each with the sentence its
 * findings write: `{value}` is replaced by the value and its interval.
 */
export const findingSentences: Readonly<Partial<Record<MetricName, string>>> = {
  'caseload.perSupervisor.mean': 'Each supervisor held on average {value} cases.',
  'contacts.minutesPerPrisonerPerMonth': 'Each prisoner within the model received {value} minutes of supervision contact a month.',
  'contacts.deliveredShare': 'Of the supervision contacts required, {value} were delivered.',
  'reports.unfinishedShare': 'Of the reports that fell due, {value} were unfinished at their deadline.',
  'assessments.onTimeShare':
    'Of the OASys assessments that fell due, {value} were finished by their deadline (work still undone some weeks later is cut down to a short risk review).',
  'reports.parole.onTimeShare': 'Parole reports were on time in {value} of cases.',
  'staff.directContactShare':
    'Staff spent {value} of their hours at work on offender management face to face with prisoners (supervision contacts and the interviews of assessments and reports), the NOMS 2008 study’s measure.',
  'workload.capacityPercent':
    'The offender-management work that fell to each member of staff came to {value} of the hours they had for it (after absence, other duties and overheads, before redeployment); the probation WMT’s target band is 90–110%.',
  'workload.capacityPercentAfterRedeployment': 'With the hours lost to redeployment taken off as well, the work came to {value} of the hours left.',
  'cases.unallocated.mean': 'On average {value} cases were waiting for a supervisor.',
  'assessments.awaiting.mean': 'On average {value} cases were awaiting their OASys assessment.',
  'assessments.waitDays.mean': 'An OASys assessment was finished {value} days after reception on average.',
  'reports.backlog.mean': 'On average {value} reports were waiting to be finished.',
  'wmt.capacityPercent.mean':
    'The probation Workload Measurement Tool’s custody-case points put supervisors at {value} of capacity; its points take no account of redeployment or of the work actually done.',
  'staff.probationOfficers.toolComplement': 'The resource allocation tool of the 2014 benchmark, with the weights assumed here, sets {value} probation officers.',
  'staff.probationOfficers.oversightComplement':
    'The oversight work simulated (quality assurance, advice, complex-case reviews, NPS oversight) needs {value} probation officers’ casework hours.',
  'oversight.deliveredShare': 'Of the oversight work that arose, {value} was done.',
  'staff.hoursRedeployedPerWeek': 'Supervisors lost {value} hours a week to redeployment on other prison duties.',
  'parole.hearingsOnTimeShare': 'Of the parole hearings held, {value} were held at their first listing.',
  'custody.extraDays':
    'Missing or late work kept people in custody {value} days longer: parole hearings put back or refused with an incomplete dossier, and home detention curfew lost to late assessments.',
  'hdc.daysLost': 'Late assessments cost {value} days of home detention curfew.',
};

/** The report's key measures, in the order it shows them. */
export const reportKeyMetrics = Object.keys(findingSentences) as MetricName[];

/**
 * Metrics that are zero in every replication whenever the scenario sets no
 * cap on caseloads, because only a cap leaves cases waiting: a headline
 * leaves them out then, with a note, rather than print a row of zeros.
 */
export const zeroWithoutCap = waitingCases;
