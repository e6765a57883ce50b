/**
 * What differs between two scenarios, parameter by parameter: the first
 * thing a reader of a comparison asks ("12 → 11 offender supervisors").
 * Names and descriptions are left out; they say what a scenario is, not what
 * it does.
 */
import { establishmentConfig } from '../model/config.ts';
import type { Scenario, StaffGroup } from '../scenario/schema/index.ts';
import { placeholderWords } from './metric-catalogue.ts';

export interface ParameterDifference {
  /** The dotted path of the parameter ("staff.offenderSupervisors.count"). */
  path: string;
  from: unknown;
  to: unknown;
}

const notParameters = new Set(['name', 'description']);

/** Every parameter whose value differs, in the order the scenario writes them; lists compare whole. */
export function scenarioDifferences(from: Scenario, to: Scenario): ParameterDifference[] {
  const differences: ParameterDifference[] = [];
  const walk = (a: unknown, b: unknown, path: string[]) => {
    if (isRecord(a) && isRecord(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (path.length === 0 && notParameters.has(key)) continue;
        walk(a[key], b[key], [...path, key]);
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      differences.push({ path: path.join('.'), from: a, to: b });
    }
  };
  walk(from, to, []);
  return differences;
}

/**
 * "staff.offenderSupervisors.count 12 → 11"; long values cut short. Given
 * the two scenarios, a change that sets a staff group's numbers indirectly
 * (its multiplier, or the resource allocation tool) also says the head counts
 * it gives: "staff.offenderSupervisors.scale 1 → 0.9 (offender supervisors 12 → 11)".
 */
export function describeDifference(d: ParameterDifference, scenarios?: { from: Scenario; to: Scenario }): string {
  const plain = `${d.path} ${shortValue(d.from)} → ${shortValue(d.to)}`;
  const group = /^staff\.(\w+)\.scale$/.exec(d.path)?.[1] as StaffGroup | undefined;
  if (scenarios === undefined || group === undefined || !(group in placeholderWords.group)) return plain;
  const [a, b] = [headCount(scenarios.from, group), headCount(scenarios.to, group)];
  return a === b ? plain : `${plain} (${placeholderWords.group[group]} ${a} → ${b})`;
}

/** A staff group's head count over every establishment of the scenario, as the model sets it. */
export function headCount(scenario: Scenario, group: StaffGroup): number {
  if (scenario.estate.length === 0) return establishmentConfig(scenario, null).staffCount[group];
  return scenario.estate.reduce((sum, g) => sum + g.count * establishmentConfig(scenario, g).staffCount[group], 0);
}

function shortValue(value: unknown): string {
  const text = value === undefined ? '(not set)' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
