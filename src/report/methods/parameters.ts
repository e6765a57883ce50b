/**
 * The key parameters the methods describe, each with its source: the
 * figures and citations in the comments of src/scenario/schema/*.ts (which
 * cite the project's fact sheet), in words for a reader of the report.
 * The values shown are always those of the scenario as run.
 */

export interface KeyParameter {
  /** Dotted path in the scenario. */
  path: string;
  /** What it is, with its unit. */
  label: string;
  /** Where the default comes from; `assumption` when no published figure was found. */
  source: string;
  assumption: boolean;
}

const p = (path: string, label: string, source: string, assumption = false): KeyParameter => ({ path, label, source, assumption });

export const keyParameters: readonly KeyParameter[] = [
  p('population.size', 'Average number of people held', 'Assumption: a local prison of this size; the national population was 87,919 on 31 March 2025 (Offender Management Statistics Quarterly).', true),
  p('population.receptionMix', 'Kinds of custody among people received (shares)', 'Assumption: a local prison, mostly remand and short sentences; national totals in Offender Management Statistics Quarterly.', true),
  p('scope.rules', 'Who is within offender management', 'Scope of the Offender Management Model in the second joint inspection of offender management in prisons by the Chief Inspectors of Probation and of Prisons (2011, note 3): 12 months or more with high or very high Risk of Serious Harm, prolific offenders, indeterminate sentences, young adults.'),
  p('tiering.matrix', 'Tier by Risk of Serious Harm and likelihood of reoffending', 'Assumption: four tiers as in the 2005 NOMS model (Probation Circular 65/2005).', true),
  p('allocation.rules', 'Which staff groups may supervise which cases', 'Assumption for the 2011 model; under OMiC, high and very high Risk of Serious Harm cases go to probation staff (MoJ offender-management-allocation-manager code).', true),
  p('staff.offenderSupervisors.count', 'Prison-officer offender supervisors (head count)', 'Assumption: no published ratio of supervisors to cases in custody was found.', true),
  p('staff.offenderSupervisors.contractedHoursPerWeek', 'Offender supervisors’ contracted hours (hours a week)', 'Full-time hours of 37.5 a week: MoJ offender-management-allocation-manager code (pom_detail.rb).'),
  p('staff.probationOfficers.count', 'Probation officers in the prison (head count)', 'Assumption for one local prison.', true),
  p('staff.probationOfficers.contractedHoursPerWeek', 'Probation officers’ contracted hours (hours a week)', 'Default contracted hours of 37: MoJ hmpps-workload seed data.'),
  p('workingPattern.priority', 'Working policy: the order staff take their work in', 'Assumption, and a headline one: triage as offender management units describe it; the other policies are kept for comparison (omsim compare --vary workingPattern.priority=…).', true),
  p('allocation.daysAfterReception', 'Supervisor allocated within (days of reception)', 'Offender supervisor assigned within 2 working days: National Standards 2007.'),
  p('allocation.qualifiedGroups.parole', 'Staff groups qualified to write the parole report (“none”: no restriction)', 'Assumption: the offender manager’s report for the parole dossier (PAROM1) is a qualified probation officer’s; under the PSP Benchmark of 2014 prison-officer offender supervisors completed reports for parole hearings with a probation officer’s advice (NOMS letter to governors of 19 May 2014).', true),
  p('allocation.overflowHoursPerPerson', 'Open work per person above which a group is overloaded (hours)', 'Assumption: about a week of one full-time person’s casework.', true),
  p('assessment.shortReviewAfterWeeksOverdue', 'Overdue assessment and plan work cut to a short risk review after (weeks late)', 'The Interim Custodial OASys Prioritisation policy gave the lowest-priority overdue cases a risk review only; the margin and the review’s length are assumptions.', true),
  p('workingPattern.interviewShare', 'Share of each kind of written work spent face to face (counted as direct contact)', 'Assumption: no published breakdown was found.', true),
  p('redeployment.shiftProbability', 'Chance an offender supervisor is redeployed on a shift', 'Assumption: no published rate; the 2011 joint inspection found offender management staff deployed to other duties, and a 2014 staff comment says supervisors are redeployed “on a daily basis”.', true),
  p('workingPattern.overheadShare', 'Share of time at work on meetings, travel and other non-case work', 'NOMS time study, December 2008: 24% direct contact, 41% computer work, 35% other.'),
  p('assessment.fullHours', 'Staff time for a full OASys assessment (hours)', 'About 5 hours (OASys 2): Prison Service Order 2205 (2005).'),
  p('assessment.basicHours', 'Staff time for a basic OASys assessment (hours)', 'About 3 hours (OASys 1): Prison Service Order 2205 (2005).'),
  p('assessment.dueWeeks', 'Assessment due after reception (weeks)', 'Assumption.', true),
  p('assessment.reviewIntervalWeeks', 'Time between OASys reviews (weeks)', 'Sentence plans reviewed at least yearly: National Standards 2007.'),
  p('sentencePlan.dueWeeksShort', 'Sentence plan due when release is near (weeks)', 'Within 8 weeks if under 2 years to release or tariff: National Standards 2007.'),
  p('sentencePlan.dueWeeksLong', 'Sentence plan due otherwise (weeks)', 'Within 16 weeks: National Standards 2007.'),
  p('contacts.byTier', 'Supervision contacts required a month, and their length, by tier', 'Assumption: contact frequency by tier is unconfirmed; it rises with tier.', true),
  p('contacts.recordingMinutes', 'Computer time to record one contact (minutes)', 'Assumption.', true),
  p('contacts.firstContactWeeks', 'First contact due after allocation (weeks)', 'Within 10 working days: National Standards 2007.'),
  p('reports.parole', 'Parole report: hours, start and deadline (weeks before the hearing)', 'Work starts about 26 weeks before the parole date: Parole Board evidence to the Public Accounts Committee (2000). Hours and deadline are assumptions (the PAROM1 timetable is unconfirmed).', true),
  p('reports.handoverMonthsBeforeRelease', 'Handover to the community offender manager (months before release)', 'Before April 2023: release less 7 months 15 days: MoJ offender-management-allocation-manager code.'),
  p('parole.releaseProbability', 'Chance a hearing with complete reports directs release', 'Parole Board annual report 2023/24: 4,370 released, 11,355 refused (about 0.28).'),
  p('parole.dossierCutOffWeeks', 'The parole dossier must be complete (weeks before the hearing)', 'Assumption: time for the panel and the parties to read it.', true),
  p('parole.deferralProbabilityIncompleteDossier', 'Chance a hearing whose dossier is incomplete at the cut-off is put back', 'Assumption: most panels put the hearing back rather than decide without the reports. (The National Audit Office’s “two thirds deferred at least once”, 2008, is a result the model is compared with, not this chance: docs/validation.md.)', true),
  p('parole.releaseProbabilityWithoutReports', 'Chance a hearing without reports directs release', 'Assumption: release is rare without reports (Justice Committee, Role of the Prison Officer, 2009, paragraph 179).', true),
  p('hdc.maxDaysEarly', 'Most days of home detention curfew before automatic release', 'Up to 180 days before the halfway point: HDC policy framework.'),
  p('hdc.grantProbability', 'Chance HDC is granted when assessed in time', 'Assumption.', true),
  p('wmt.custodyPointsByTier', 'Workload Measurement Tool points for one custody case, by tier', 'Custody points from MoJ hmpps-workload seed data; mapping tiers 4 to 1 onto A2, B2, C2, D2 is an assumption.', true),
  p('wmt.nominalTargetPoints', 'WMT points a full-time officer is expected to carry', 'Nominal target of 2,176 points: MoJ hmpps-workload seed data.'),
  p('oversight.qualityAssuranceHoursPerSupervisorPerMonth', 'Probation officers’ quality-assurance time per supervisor overseen (hours a month)', 'The role of probation staff in public-sector prisons, NOMS letter to governors of 19 May 2014; the hours are assumptions.', true),
];

/** The value at a dotted path, or undefined. */
export function valueAt(scenario: unknown, path: string): unknown {
  let value: unknown = scenario;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A parameter's value in words: numbers as written, a list of plain values as
 * "1/1/2" or "a / b", an object as "key value, …", a list of objects numbered "(1) …; (2) …".
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'not set';
  if (value === null) return 'none';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const plain = value.every((v) => typeof v !== 'object' || v === null);
    if (!plain) return value.map((v, i) => `(${i + 1}) ${describeValue(v)}`).join('; ');
    return value.map(describeValue).join(value.some((v) => typeof v === 'string') ? ' / ' : '/');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return 'any';
    return entries.map(([k, v]) => `${k} ${typeof v === 'object' && v !== null && !Array.isArray(v) ? `(${describeValue(v)})` : describeValue(v)}`).join(', ');
  }
  return String(value);
}
