/**
 * The words for each metric the report shows: a plain label, its unit, and
 * how to write its value. Metric names are those of src/model/results.ts;
 * the report reads them from result files and never from the model.
 */

import { definitionOf } from '../experiment/metric-catalogue.ts';

export interface MetricWords {
  /** What is measured, as a chart label or table row. */
  label: string;
  /** Unit as written after a number ("cases", "minutes a month"); '%' for shares and percentages. */
  unit: string;
  /** A share (0–1) shown as a percentage; a difference of shares is in percentage points. */
  share?: boolean;
  /** Decimal places shown. */
  digits: number;
  /** The sentence of a headline: `{value}` is replaced by the value and its interval. */
  sentence?: string;
  /** Which way is better for the people in custody and the staff (absent: neither, e.g. a workload that should sit in a band). */
  better?: 'higher' | 'lower';
}

/**
 * The measures a one-page chart of a comparison shows: what a briefing
 * leads with (the tables keep every key metric).
 */
export const briefingMeasures = [
  'caseload.perSupervisor.mean',
  'contacts.minutesPerPrisonerPerMonth',
  'contacts.deliveredShare',
  'reports.unfinishedShare',
  'assessments.onTimeShare',
  'reports.parole.onTimeShare',
  'staff.directContactShare',
  'workload.capacityPercent',
] as const;

/** Key metrics, in the order the report shows them. */
export const keyMetrics: Record<string, MetricWords> = {
  'caseload.perSupervisor.mean': {
    better: 'lower',
    label: 'Cases per supervisor',
    unit: 'cases',
    digits: 1,
    sentence: 'Each supervisor held on average {value} cases.',
  },
  'contacts.minutesPerPrisonerPerMonth': {
    better: 'higher',
    label: 'Contact time per prisoner',
    unit: 'minutes a month',
    digits: 1,
    sentence: 'Each prisoner within the model received {value} minutes of supervision contact a month.',
  },
  'contacts.deliveredShare': {
    better: 'higher',
    label: 'Required contacts delivered',
    unit: '%',
    share: true,
    digits: 1,
    sentence: 'Of the supervision contacts required, {value} were delivered.',
  },
  'reports.unfinishedShare': {
    better: 'lower',
    label: 'Reports unfinished at their deadline',
    unit: '%',
    share: true,
    digits: 1,
    sentence: 'Of the reports that fell due, {value} were unfinished at their deadline.',
  },
  'assessments.onTimeShare': {
    better: 'higher',
    label: 'OASys assessments on time',
    unit: '%',
    share: true,
    digits: 1,
    sentence:
      'Of the OASys assessments that fell due, {value} were finished by their deadline (work still undone some weeks later is cut down to a short risk review).',
  },
  'reports.parole.onTimeShare': {
    better: 'higher',
    label: 'Parole reports on time',
    unit: '%',
    share: true,
    digits: 1,
    sentence: 'Parole reports were on time in {value} of cases.',
  },
  'staff.directContactShare': {
    better: 'higher',
    label: 'Staff time in direct contact',
    unit: '%',
    share: true,
    digits: 1,
    sentence:
      'Staff spent {value} of their hours at work on offender management face to face with prisoners (supervision contacts and the interviews of assessments and reports), the NOMS 2008 study’s measure.',
  },
  'workload.capacityPercent': {
    label: 'Workload: work demanded as % of hours for it',
    unit: '%',
    digits: 1,
    sentence:
      'The offender-management work that fell to each member of staff came to {value} of the hours they had for it (after absence, other duties and overheads, before redeployment); the probation WMT’s target band is 90–110%.',
  },
  'workload.capacityPercentAfterRedeployment': {
    label: 'Workload after redeployment',
    unit: '%',
    digits: 1,
    sentence: 'With the hours lost to redeployment taken off as well, the work came to {value} of the hours left.',
  },
  'cases.unallocated.mean': {
    better: 'lower',
    label: 'Cases waiting for a supervisor',
    unit: 'cases',
    digits: 1,
    sentence: 'On average {value} cases were waiting for a supervisor.',
  },
  'assessments.awaiting.mean': {
    better: 'lower',
    label: 'Cases awaiting their OASys assessment',
    unit: 'cases',
    digits: 1,
    sentence: 'On average {value} cases were awaiting their OASys assessment.',
  },
  'assessments.waitDays.mean': {
    better: 'lower',
    label: 'Days from reception to a finished OASys assessment',
    unit: 'days',
    digits: 1,
    sentence: 'An OASys assessment was finished {value} days after reception on average.',
  },
  'reports.backlog.mean': {
    better: 'lower',
    label: 'Reports in the backlog',
    unit: 'reports',
    digits: 1,
    sentence: 'On average {value} reports were waiting to be finished.',
  },
  'wmt.capacityPercent.mean': {
    label: 'WMT custody-case points capacity',
    unit: '%',
    digits: 1,
    sentence:
      'The probation Workload Measurement Tool’s custody-case points put supervisors at {value} of capacity; its points take no account of redeployment or of the work actually done.',
  },
  'staff.probationOfficers.toolComplement': {
    label: 'Probation officers the 2014 resource allocation tool sets',
    unit: 'people',
    digits: 1,
    sentence: 'The resource allocation tool of the 2014 benchmark, with the weights assumed here, sets {value} probation officers.',
  },
  'staff.probationOfficers.oversightComplement': {
    label: 'Probation officers the simulated oversight work needs',
    unit: 'people',
    digits: 1,
    sentence: 'The oversight work simulated (quality assurance, advice, complex-case reviews, NPS oversight) needs {value} probation officers’ casework hours.',
  },
  'staff.hoursRedeployedPerWeek': {
    better: 'lower',
    label: 'Staff hours redeployed to other duties',
    unit: 'hours a week',
    digits: 1,
    sentence: 'Supervisors lost {value} hours a week to redeployment on other prison duties.',
  },
  'parole.hearingsOnTimeShare': {
    better: 'higher',
    label: 'Parole hearings held at their first listing',
    unit: '%',
    share: true,
    digits: 1,
    sentence: 'Of the parole hearings held, {value} were held at their first listing.',
  },
  'custody.extraDays': {
    better: 'lower',
    label: 'Days in custody caused by missing or late work',
    unit: 'days',
    digits: 0,
    sentence:
      'Missing or late work kept people in custody {value} days longer: parole hearings put back or refused for want of reports, and home detention curfew lost to late assessments.',
  },
  'hdc.daysLost': {
    better: 'lower',
    label: 'Days of home detention curfew lost',
    unit: 'days',
    digits: 0,
    sentence: 'Late assessments cost {value} days of home detention curfew.',
  },
};

/** Staff time categories (src/model/types.ts timeCategories), in the order a chart lists them. */
export const staffTimeCategories: Record<string, string> = {
  contact: 'Direct contact with prisoners',
  admin: 'Recording, meetings and administration',
  reports: 'Writing reports, assessments and plans',
  oversight: 'Oversight of other staff',
  otherDuties: 'Other duties',
  redeployed: 'Redeployed to other prison duties',
  absent: 'Absent (leave, sickness, training)',
  idle: 'No casework waiting',
};

/** The categories of time at work on offender management: the denominator of direct contact (`staff.atWorkShare.*`). */
export const atWorkCategories = ['contact', 'admin', 'reports', 'oversight', 'idle'] as const;

/**
 * The values a metric can take, for cutting off intervals that stray past
 * them (a t interval from few replications can reach below 0% or above 100%):
 * shares lie in 0–1, and every key metric is a count, time or percentage, never negative.
 */
export function metricRange(name: string): [number, number] | undefined {
  if (metricWords(name).share === true) return [0, 1];
  return keyMetrics[name] !== undefined || /^staff\.(timeShare|atWorkShare)\./.test(name) ? [0, Infinity] : undefined;
}

/** The words for any metric: the catalogue's, or the name itself for metrics it does not list. */
export function metricWords(name: string): MetricWords {
  const known = keyMetrics[name];
  if (known !== undefined) return known;
  const [, denominator, category] = /^staff\.(timeShare|atWorkShare)\.(.+)$/.exec(name) ?? [];
  if (category !== undefined && staffTimeCategories[category] !== undefined) {
    const of = denominator === 'atWorkShare' ? 'share of hours at work' : 'share of all hours';
    return { label: `Staff time (${of}): ${staffTimeCategories[category].toLowerCase()}`, unit: '%', share: true, digits: 1 };
  }
  // Any other metric: its unit from the metric catalogue, where units are defined once.
  const definition = definitionOf(name);
  const share = definition !== undefined ? definition.unit === 'a share, 0 to 1' : /Share(\.|$)/.test(name);
  const unit = share ? '%' : definition?.unit === 'per cent' ? '%' : (definition?.unit ?? '');
  return { label: name, unit, share, digits: share ? 1 : 2 };
}
