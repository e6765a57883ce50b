/**
 * The published figures the model is compared with (docs/validation.md),
 * each with the scenario of its era, the measure of the model that answers
 * it, and the range within which the model counts as reproducing it. None of
 * these figures is an input: each must come out of the staffing, the work
 * and the deadlines of its scenario.
 */

/** How one replication's metrics give the model's value for a figure. */
export type ModelMeasure = (metrics: Readonly<Record<string, number>>) => number;

/** A figure read from one scenario's replications. */
export interface ScenarioFigure {
  kind: 'scenario';
  id: string;
  /** The figure as published, in words. */
  figure: string;
  /** Title, publisher and date (docs/sources.md lists them all). */
  source: string;
  /** The scenario file of its era, under the scenarios folder. */
  scenario: string;
  /** Parameters changed for this comparison (path=value). */
  overrides: readonly string[];
  /** What the model's value is, in words. */
  measure: string;
  value: ModelMeasure;
  unit: 'share' | 'cases';
  /** The published value. */
  published: number;
  /** The range counted as reproducing it: a judgement, stated in `why`. */
  accept: readonly [number, number];
  /** Why the model's measure answers the figure, and why the range is what it is. */
  why: string;
}

/**
 * A figure read from a sweep over one parameter: for each replication, the
 * value of `x` at which `y` first falls below `yThreshold` as the parameter
 * moves through `values` (by linear interpolation between points on common
 * random numbers).
 */
export interface ThresholdFigure extends Omit<ScenarioFigure, 'kind' | 'value' | 'overrides'> {
  kind: 'threshold';
  parameter: string;
  values: readonly number[];
  x: ModelMeasure;
  y: ModelMeasure;
  yThreshold: number;
}

export type PublishedFigure = ScenarioFigure | ThresholdFigure;

const NAO_2008 = 'National Audit Office, Protecting the public: the work of the Parole Board, 5 March 2008';

/** A group's direct contact as a share of its hours at work on offender management (idle included), per replication. */
function groupDirectContactShare(group: string): ModelMeasure {
  return (m) => {
    const categories = ['contact', 'admin', 'reports', 'oversight', 'idle'];
    const atWork = categories.reduce((sum, c) => sum + (m[`hours.${group}.${c}`] ?? 0), 0);
    return atWork > 0 ? (m[`hours.${group}.contact`] ?? 0) / atWork : NaN;
  };
}

export const publishedFigures: readonly PublishedFigure[] = [
  {
    kind: 'scenario',
    id: 'noms-2008-direct-contact',
    figure: 'Probation staff spend on average 24% of their time in direct contact with offenders',
    source: 'NOMS study of probation officers’ time, December 2008, as reported by BBC News, 27 July 2011',
    scenario: 'baseline.yaml',
    overrides: [],
    measure: 'probation officers’ direct contact (supervision contacts and the interview part of OASys and report work) ÷ their hours at work on offender management',
    value: groupDirectContactShare('probationOfficers'),
    unit: 'share',
    published: 0.24,
    accept: [0.19, 0.29],
    why: 'The study timed probation staff, who in the model are the probation officers; it counted hours at work, as the model’s denominator does. The range allows five points either way: the study’s staff worked in the community, the model’s in a prison.',
  },
  {
    kind: 'scenario',
    id: 'nao-2008-hearings-on-time',
    figure: 'About a third of lifer parole hearings were held on time',
    source: NAO_2008,
    scenario: 'lifers-2007-08.yaml',
    overrides: [],
    measure: 'parole.hearingsOnTimeShare: hearings held at their first listing, of those held',
    value: (m) => m['parole.hearingsOnTimeShare'],
    unit: 'share',
    published: 1 / 3,
    accept: [0.2, 0.45],
    why: '“About a third” read as a fifth to 45%.',
  },
  {
    kind: 'scenario',
    id: 'nao-2008-deferred',
    figure: 'About two thirds of lifer cases were deferred at least once',
    source: NAO_2008,
    scenario: 'lifers-2007-08.yaml',
    overrides: [],
    measure: 'parole.deferredAtLeastOnceShare: hearings held after at least one deferral, of those held',
    value: (m) => m['parole.deferredAtLeastOnceShare'],
    unit: 'share',
    published: 2 / 3,
    accept: [0.5, 0.8],
    why: '“About two thirds” read as a half to 80%.',
  },
  {
    kind: 'scenario',
    id: 'nao-2008-lacking-oasys',
    figure: '97 of 276 lifer cases (35%) lacked an OASys assessment or a sentence plan',
    source: NAO_2008,
    scenario: 'lifers-2007-08.yaml',
    overrides: [],
    measure: 'parole.dossiersLackingOasysShare: reviews whose dossier, at the cut-off of their first listing, had an OASys assessment, sentence plan or review overdue',
    value: (m) => m['parole.dossiersLackingOasysShare'],
    unit: 'share',
    published: 97 / 276,
    accept: [0.25, 0.45],
    why: 'The NAO counted cases, the model counts each parole review once, at its first listing; ten points either way allow for the difference and for a sample of 276.',
  },
  {
    kind: 'threshold',
    id: 'hmip-quality-above-50',
    figure: 'The quality of probation work falls once a practitioner holds more than about 50 cases',
    source: 'HM Inspectorate of Probation, Research and Analysis Bulletin 2021/02, 2021',
    scenario: 'baseline.yaml',
    parameter: 'staff.offenderSupervisors.count',
    values: [4, 5, 6, 8, 10, 12, 16, 20],
    measure:
      'the mean caseload per supervisor at which contacts delivered first fall below 90% of those required, as offender supervisors are removed from the baseline',
    x: (m) => m['caseload.perSupervisor.mean'],
    y: (m) => m['contacts.deliveredShare'],
    yThreshold: 0.9,
    unit: 'cases',
    published: 50,
    accept: [40, 60],
    why: 'The model has no measure of quality; the nearest is whether the contact standard is met. The inspectorate’s figure concerns probation caseloads in the community, the model’s a prison’s supervisors, so the comparison is loose: ten cases either way.',
  },
];

/**
 * Not a published figure: the check that the calibration scenario's figures
 * come from its staffing. With ample staff the same prison must hold its
 * hearings mostly on time; as built, no staff group may carry more than
 * twice the work its hours allow.
 */
export const ampleStaffCheck = {
  scenario: 'lifers-2007-08.yaml',
  /** Offender supervisors in the ample-staff variant; its probation officers are the scenario's doubled, plus two. */
  offenderSupervisors: 40,
  measure: 'parole.hearingsOnTimeShare',
  /** How much the share must rise for the check to pass. */
  minimumRise: 0.15,
  /**
   * The most work, as a percentage of its casework hours (workload.capacityPercent),
   * any staff group of the scenario as built may carry: figures reached only by
   * overloading a group without limit would say nothing of 2007-08.
   */
  mostWorkloadPercent: 200,
} as const;
