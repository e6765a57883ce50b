/**
 * What differs between two scenarios, parameter by parameter: the first
 * thing a reader of a comparison asks ("12 → 11 offender supervisors").
 * Names and descriptions are left out; they say what a scenario is, not what
 * it does.
 */
import type { Scenario } from '../scenario/schema/index.ts';

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

/** "staff.offenderSupervisors.scale 1 → 0.9"; long values cut short. */
export function describeDifference(d: ParameterDifference): string {
  return `${d.path} ${shortValue(d.from)} → ${shortValue(d.to)}`;
}

function shortValue(value: unknown): string {
  const text = value === undefined ? '(not set)' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
