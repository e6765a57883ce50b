/**
 * Sizes omsim refuses before anything runs, because a scenario beyond them
 * is a slip (a zero too many) rather than a study. Each is set well above
 * what a national study of England and Wales needs: about 120 establishments,
 * 85,000–90,000 people in custody (docs/sources.md), 2,500 offender supervisors,
 * a few thousand probation staff, ten years, and a hundred or so
 * replications. The reasons shown to the user are in `messages.ts`.
 */
import type { Finding } from './issues.ts';
import type { EstateGroup, Scenario, StaffGroup } from './schema/index.ts';
import { staffGroups } from './schema/index.ts';
import { parseSections } from './sections.ts';

export const limits = {
  /** People in custody across all establishments: over 20 times the estate of England and Wales. */
  totalPopulation: 2_000_000,
  /** Establishments: about 120 in England and Wales. */
  establishments: 2_000,
  /** Staff in all groups and establishments, after scaling: the whole probation and offender-management workforce is under 10,000. */
  totalStaff: 100_000,
  /** Simulated years (also the schema's bound on horizon.years). */
  horizonYears: 50,
  /** Replications (also the schema's bound on replications). */
  replications: 10_000,
  /**
   * Person-years simulated: population × years × replications. The national
   * estate for 10 years with 100 replications is about 90 million; this
   * allows a national study of 25 years or 250 replications, and refuses
   * runs that would take days.
   */
  personYears: 250_000_000,
} as const;

export type LimitName = keyof typeof limits;

/** Parameters whose schema bound is one of these limits, so a message can say why. */
export const limitOfField: Readonly<Record<string, LimitName>> = {
  'horizon.years': 'horizonYears',
  replications: 'replications',
};

const headCounts = staffGroups.flatMap((group) => [
  ['staff', group, 'count'],
  ['staff', group, 'scale'],
]);

/**
 * The parameters (or whole sections) a limit's total is made from: a
 * timeline change to one of them can take the total over, and is where the
 * problem is put (a head count, not another field of the same group).
 */
export const limitInputs: Readonly<Record<LimitName, readonly (readonly string[])[]>> = {
  totalPopulation: [['population', 'size'], ['estate']],
  establishments: [['estate']],
  totalStaff: [...headCounts, ['estate']],
  horizonYears: [['horizon']],
  replications: [['replications']],
  personYears: [['population', 'size'], ['estate'], ['horizon'], ['replications']],
};

type Sized = Pick<Scenario, 'population' | 'estate' | 'staff' | 'horizon' | 'replications'>;
type SizedGroup = Pick<EstateGroup, 'count' | 'population' | 'staff'>;

// Without an estate the scenario is one establishment as written.
const groupsOf = (s: Pick<Scenario, 'estate'>): SizedGroup[] => (s.estate.length > 0 ? s.estate : [{ count: 1, population: {}, staff: {} }]);

const inPost = (s: Pick<Scenario, 'staff'>, g: SizedGroup, group: StaffGroup) => Math.round((g.staff[group]?.count ?? s.staff[group].count) * s.staff[group].scale);

/** The head count of one staff group over every establishment, as the scenario states it (before any timeline change). */
export function headCount(s: Pick<Scenario, 'estate' | 'staff'>, group: StaffGroup): number {
  return groupsOf(s).reduce((sum, g) => sum + g.count * inPost(s, g, group), 0);
}

/** The totals a limit is checked against. */
export function sizeOf(s: Sized) {
  const groups = groupsOf(s);
  const establishments = groups.reduce((sum, g) => sum + g.count, 0);
  const totalPopulation = groups.reduce((sum, g) => sum + g.count * (g.population.size ?? s.population.size), 0);
  const totalStaff = staffGroups.reduce((sum, group) => sum + headCount(s, group), 0);
  return { establishments, totalPopulation, totalStaff, personYears: totalPopulation * s.horizon.years * s.replications };
}

/** Findings for every limit the scenario data goes beyond (checked once the sections involved are valid). */
export function checkLimits(data: Record<string, unknown>): Finding[] {
  const s = parseSections(data, ['population', 'estate', 'staff', 'horizon', 'replications']);
  if (!s) return [];
  const size = sizeOf(s);
  const estate = s.estate.length > 0;
  const over = (limit: LimitName, found: number, path: (string | number)[]): Finding[] =>
    found > limits[limit] ? [{ code: 'tooLarge', path, found, expected: { kind: 'limit', limit, max: limits[limit] }, part: 'value' }] : [];
  return [
    ...over('establishments', size.establishments, ['estate']),
    ...over('totalPopulation', size.totalPopulation, estate ? ['estate'] : ['population', 'size']),
    ...over('totalStaff', size.totalStaff, estate ? ['estate'] : ['staff']),
    // The work budget is only worth stating when the population itself is within bounds.
    ...(size.totalPopulation <= limits.totalPopulation ? over('personYears', size.personYears, ['replications']) : []),
  ];
}
