/**
 * The key parameters the methods describe, each with its source in words:
 * the evidence each default carries on its field in the schema
 * (src/scenario/schema/evidence.ts), so the methods, docs/assumptions.md and
 * the schema cannot disagree. The values shown are always those of the
 * scenario as run.
 */
import type { Evidence } from '../../scenario/schema/evidence.ts';
import { schemaEvidence } from '../../scenario/schema-evidence.ts';
import { assumptionWords, evidenceWords, publishedWords, rangeWords } from '../evidence-words.ts';

export { describeValue } from '../evidence-words.ts';

export type Basis = 'published figure' | 'assumption' | 'setting';

export interface KeyParameter {
  /** Dotted path in the scenario. */
  path: string;
  /** What it is, with its unit. */
  label: string;
  /** Where the default comes from, in words, from the evidence on its field (or its fields', for a group). */
  source: string;
  basis: Basis;
  /** Whether any default at the path is an assumption: no published figure gives it. */
  assumption: boolean;
}

/** The parameters the methods' table lists, in its order, with a label for each. */
const keyParameterLabels: readonly (readonly [path: string, label: string])[] = [
  ['population.size', 'Average number of people held'],
  ['population.receptionMix', 'Kinds of custody among people received (shares)'],
  ['scope.rules', 'Who is within offender management'],
  ['tiering.matrix', 'Tier by Risk of Serious Harm and likelihood of reoffending'],
  ['allocation.rules', 'Which staff groups may supervise which cases'],
  ['staff.offenderSupervisors.count', 'Prison-officer offender supervisors (head count)'],
  ['staff.offenderSupervisors.contractedHoursPerWeek', 'Offender supervisors’ contracted hours (hours a week)'],
  ['staff.probationOfficers.count', 'Probation officers in the prison (head count)'],
  ['staff.probationOfficers.contractedHoursPerWeek', 'Probation officers’ contracted hours (hours a week)'],
  ['workingPattern.priority', 'Working policy: the order staff take their work in'],
  ['allocation.daysAfterReception', 'Supervisor allocated within (days of reception)'],
  ['allocation.qualifiedGroups.parole', 'Staff groups qualified to write the parole report (“none”: no restriction)'],
  ['allocation.overflowHoursPerPerson', 'Open work per person above which a group is overloaded (hours)'],
  ['assessment.shortReviewAfterWeeksOverdue', 'Overdue assessment and plan work cut to a short risk review after (weeks late)'],
  ['workingPattern.interviewShare', 'Share of each kind of written work spent face to face (counted as direct contact)'],
  ['redeployment.shiftProbability', 'Chance an offender supervisor is redeployed on a shift'],
  ['workingPattern.overheadShare', 'Share of time at work on meetings, travel and other non-case work'],
  ['assessment.fullHours', 'Staff time for a full OASys assessment (hours)'],
  ['assessment.basicHours', 'Staff time for a basic OASys assessment (hours)'],
  ['assessment.dueWeeks', 'Assessment due after reception (weeks)'],
  ['assessment.reviewIntervalWeeks', 'Time between OASys reviews (weeks)'],
  ['sentencePlan.dueWeeksShort', 'Sentence plan due when release is near (weeks)'],
  ['sentencePlan.dueWeeksLong', 'Sentence plan due otherwise (weeks)'],
  ['contacts.byTier', 'Supervision contacts required a month, and their length, by tier'],
  ['contacts.recordingMinutes', 'Computer time to record one contact (minutes)'],
  ['contacts.firstContactWeeks', 'First contact due after allocation (weeks)'],
  ['reports.parole', 'Parole report: hours, start and deadline (weeks before the hearing)'],
  ['reports.handoverMonthsBeforeRelease', 'Handover to the community offender manager (months before release)'],
  ['parole.releaseProbability', 'Chance a hearing with complete reports directs release'],
  ['parole.dossierCutOffWeeks', 'The parole dossier must be complete (weeks before the hearing)'],
  ['parole.deferralProbabilityIncompleteDossier', 'Chance a hearing whose dossier is incomplete at the cut-off is put back'],
  ['parole.releaseProbabilityWithoutReports', 'Chance a hearing without reports directs release'],
  ['hdc.maxDaysEarly', 'Most days of home detention curfew before automatic release'],
  ['hdc.grantProbability', 'Chance HDC is granted when assessed in time'],
  ['wmt.custodyPointsByTier', 'Workload Measurement Tool points for one custody case, by tier'],
  ['wmt.nominalTargetPoints', 'WMT points a full-time officer is expected to carry'],
  ['oversight.qualityAssuranceHoursPerSupervisorPerMonth', 'Probation officers’ quality-assurance time per supervisor overseen (hours a month)'],
];

const parameters = schemaEvidence();

/** Texts once each, in the order first met. */
const distinct = (texts: readonly string[]) => [...new Set(texts)];

/**
 * The source of a parameter in words; for a group of parameters (a tier's
 * contacts, a report's hours and deadlines), each distinct piece of evidence
 * once, published figures first, with the plausible range of each assumed member.
 */
function sourceOf(path: string, members: readonly { path: string; evidence: Evidence }[]): string {
  if (members.length === 1 && members[0].path === path) return evidenceWords(members[0].evidence);
  const published = members.flatMap((m) => (m.evidence.kind === 'published' ? [publishedWords(m.evidence)] : []));
  const assumed = members.flatMap((m) => (m.evidence.kind === 'assumption' ? [{ path: m.path.slice(path.length + 1), evidence: m.evidence }] : []));
  const settings = members.flatMap((m) => (m.evidence.kind === 'setting' ? [evidenceWords(m.evidence)] : []));
  const ranges = assumed.flatMap((a) => (a.evidence.range === undefined ? [] : [`${a.path} ${rangeWords(a.evidence.range)}`]));
  return [
    ...distinct(published),
    ...distinct(assumed.map((a) => assumptionWords(a.evidence, false))),
    ...(ranges.length === 0 ? [] : [`Plausible ranges: ${ranges.join('; ')}.`]),
    ...distinct(settings),
  ].join(' ');
}

function keyParameter(path: string, label: string): KeyParameter {
  const members = parameters.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
  const withEvidence = members.flatMap((m) => (m.evidence === undefined ? [] : [{ path: m.path, evidence: m.evidence }]));
  if (members.length === 0 || withEvidence.length < members.length) throw new Error(`the methods name ${path}, which is not a parameter with evidence`);
  const kinds = new Set(withEvidence.map((m) => m.evidence.kind));
  const basis: Basis = kinds.has('assumption') ? 'assumption' : kinds.has('published') ? 'published figure' : 'setting';
  return { path, label, source: sourceOf(path, withEvidence), basis, assumption: basis === 'assumption' };
}

export const keyParameters: readonly KeyParameter[] = keyParameterLabels.map(([path, label]) => keyParameter(path, label));

/** The value at a dotted path, or undefined. */
export function valueAt(scenario: unknown, path: string): unknown {
  let value: unknown = scenario;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
