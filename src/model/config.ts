/** The parameters in force for one establishment: the scenario's, with its estate group's changes. */
import type { EstablishmentParams, EstateGroup, PopulationParams, Scenario, StaffGroup } from '../scenario/schema/index.ts';
import { staffGroups } from '../scenario/schema/index.ts';
import { highRiskShare, toolComplement, turnover } from './probation-tool.ts';
import { checkToolComplement } from './runaway.ts';

export interface EstablishmentConfig {
  readonly establishment: EstablishmentParams;
  readonly population: PopulationParams;
  /** Head count of each staff group after the scenario's scale (probation officers from the tool, if it sets them). */
  readonly staffCount: Record<StaffGroup, number>;
  /** The probation resource allocation tool's complement for this establishment, whether or not it sets the count. */
  readonly toolComplement: number;
}

export function establishmentConfig(scenario: Scenario, group: EstateGroup | null): EstablishmentConfig {
  const staffCount = {} as Record<StaffGroup, number>;
  for (const g of staffGroups) {
    const base = group?.staff[g]?.count ?? scenario.staff[g].count;
    staffCount[g] = Math.round(base * scenario.staff[g].scale);
  }
  const population = withDefined(scenario.population, group?.population);
  const complement = toolComplement(scenario.probationTool, staffCount.offenderSupervisors, turnover(population, scenario), highRiskShare(population));
  // The complement is staffed with whole officers, rounded up: two officers do not meet a
  // complement of 2.46, and a prison staffed to the tool should have at least what it sets. At
  // least one wherever there are supervisors to oversee. (The tolerance keeps a complement that
  // is whole but for rounding error, such as 3.0000000001, at 3.)
  if (scenario.probationTool.setsCount) {
    checkToolComplement(complement, population.size, staffCount.offenderSupervisors);
    staffCount.probationOfficers = staffCount.offenderSupervisors > 0 ? Math.max(1, Math.ceil(complement - 1e-9)) : 0;
  }
  return {
    establishment: withDefined(scenario.establishment, group?.establishment),
    population,
    staffCount,
    toolComplement: complement,
  };
}

/** `base` with every defined field of `changes` put in its place. */
function withDefined<T extends object>(base: T, changes: Partial<T> | undefined): T {
  if (changes === undefined) return base;
  const merged = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
