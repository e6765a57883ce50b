/**
 * Settings that change nothing in the scenario as written: a transfer rate
 * with only one prison to move between, an establishment type or a case
 * ownership that no rule, check or role reads, a timeline change from the
 * end of the run or later, a yearly cycle of receptions in a prison kept full. They are not errors (the run is the same either
 * way), so they come back as warnings: a person who set one meant something
 * by it, and should know it did nothing. Also warned of: written work that
 * only groups with nobody in post may write, which would wait for ever.
 */
import { weeksPerYear } from './consistency.ts';
import type { Finding } from './issues.ts';
import type { Path } from './problems.ts';
import { staffSchema, type CaseCondition, type Scenario, type StaffGroup } from './schema/index.ts';

/** Every case condition the scenario's rules hold: scope and allocation. */
function conditions(s: Scenario): CaseCondition[] {
  return [...s.scope.rules, ...s.allocation.rules.map((r) => r.when)];
}

/** Findings of code `noEffect`, each with the reason in `detail`. */
export function checkNoEffect(s: Scenario): Finding[] {
  const findings: Finding[] = [];
  const single = s.estate.length === 0;
  const note = (path: Path, found: unknown, detail: string) => findings.push({ code: 'noEffect', path, found, detail, part: 'value' });
  if (single && s.establishment.transferRatePerYear > 0) {
    note(['establishment', 'transferRatePerYear'], s.establishment.transferRatePerYear, 'transfers move people between the establishments of an estate, and this scenario has one prison (no estate)');
  }
  // Women's prisons matter only to transfers (the women's estate is apart) and to rules that name a type.
  const rulesNameType = conditions(s).some((c) => c.establishmentType !== undefined);
  if (single && s.establishment.type !== 'local' && !rulesNameType) {
    note(['establishment', 'type'], s.establishment.type, 'no scope or allocation rule names a kind of establishment, and with one prison there are no transfers for it to steer');
  }
  // NPS and CRC owners matter to rules that name an owner, and to probation officers' oversight of NPS cases.
  const rulesNameOwner = conditions(s).some((c) => c.owner !== undefined);
  const oversee = s.staff.probationOfficers.role === 'oversight' || s.staff.probationOfficers.role === 'caseloadAndOversight';
  if (s.establishment.caseOwnership === 'npsCrc' && !rulesNameOwner && !(oversee && s.oversight.highRiskOversightHoursPerCasePerMonth > 0)) {
    note(['establishment', 'caseOwnership'], s.establishment.caseOwnership, 'no scope or allocation rule names an owner, and no probation officer oversees NPS cases');
  }
  // A prison kept full receives as places free, not as a stream: a yearly cycle in the stream's rate changes nothing.
  const keptFull = s.population.admission === 'keepFull' && s.estate.every((g) => g.population.admission !== 'rate');
  if (keptFull && s.population.seasonality.amplitude > 0) {
    note(['population', 'seasonality', 'amplitude'], s.population.seasonality.amplitude, 'population.admission is keepFull: each place is filled as it frees, so there is no stream of receptions for a yearly cycle to shape');
  }
  // The tool sets the probation officers' number: a count of one's own (other than the default) is overridden.
  if (s.probationTool.setsCount && (s.staff.probationOfficers.count !== defaultProbationOfficers || s.estate.some((g) => g.staff.probationOfficers !== undefined))) {
    note(['staff', 'probationOfficers', 'count'], s.staff.probationOfficers.count, 'probationTool.setsCount is true, so the resource allocation tool sets the number of probation officers');
  }
  // Work only empty groups may write waits for ever (its deadlines pass, its hearings are deferred).
  for (const [kind, groups] of Object.entries(s.allocation.qualifiedGroups)) {
    if (groups !== null && groups.length > 0 && groups.every((g) => !inPost(s, g))) {
      findings.push({ code: 'nobodyQualified', path: ['allocation', 'qualifiedGroups', kind], found: groups, detail: writtenWorkWords[kind] ?? kind, part: 'value' });
    }
  }
  // A change from the week the run ends, or later, is never in force while anything is measured.
  const horizonWeeks = s.horizon.years * weeksPerYear;
  s.timeline.forEach((change, index) => {
    if (change.week >= horizonWeeks) {
      note(['timeline', index, 'week'], change.week, `the run ends at week ${formatWeeks(horizonWeeks)} (horizon.years ${s.horizon.years}), so this change never applies`);
    }
  });
  return findings;
}

/** Whether anyone of a staff group is in post in any establishment (the tool may set the probation officers). */
function inPost(s: Scenario, group: StaffGroup): boolean {
  if (group === 'probationOfficers' && s.probationTool.setsCount) return true;
  if (s.staff[group].scale === 0) return false;
  if (s.estate.length === 0) return s.staff[group].count > 0;
  return s.estate.some((g) => (g.staff[group]?.count ?? s.staff[group].count) > 0);
}

const writtenWorkWords: Record<string, string> = {
  assessment: 'OASys assessments',
  sentencePlan: 'sentence plans',
  oasysReview: 'OASys reviews',
  parole: 'parole reports',
  hdc: 'HDC assessments',
  handover: 'pre-release handovers',
};

/** Weeks to one decimal place, whole numbers as they are. */
function formatWeeks(weeks: number): string {
  return Number.isInteger(weeks) ? String(weeks) : weeks.toFixed(1);
}

/** The schema's default head count of probation officers, which a scenario using the tool leaves as it is. */
const defaultProbationOfficers = staffSchema.parse({}).probationOfficers.count;
