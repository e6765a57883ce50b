/**
 * The factors of a scenario for a sensitivity analysis: every number with a
 * default that has a range to vary it over, either the plausible range of an
 * assumption (the schema's evidence) or one the scenario gives it
 * (`sensitivity.ranges`), less those the scenario holds fixed
 * (`sensitivity.fixed`). Each carries what a design needs to place values in
 * it: its range, how values spread over it, and whether they are whole.
 */
import type { Distribution } from './schema/evidence.ts';
import type { Scenario } from './schema/index.ts';
import { schemaEvidence, type ParameterEvidence } from './schema-evidence.ts';
import { expectationOf, schemaAt, splitPath } from './schema-paths.ts';

export interface Factor {
  /** Dotted parameter path. */
  readonly path: string;
  readonly low: number;
  readonly high: number;
  readonly distribution: Distribution;
  /** Whether the parameter takes whole numbers only (values are rounded to them). */
  readonly whole: boolean;
  /** The scenario's value, null when the mechanism is off (a cap of none). */
  readonly value: number | null;
  /** Why the range is what it is: the assumption's reasoning, or the scenario's own range. */
  readonly why: string;
  /** Where the range comes from. */
  readonly rangeFrom: 'schema' | 'scenario';
}

/** Numbers with a default: the parameters a scenario may give a range or fix. */
export function numericParameters(): ParameterEvidence[] {
  return schemaEvidence().filter((p) => p.numeric);
}

/** The value at a dotted path of a scenario. */
export function valueAt(scenario: Scenario, path: string): unknown {
  return (splitPath(path, { brackets: false }) ?? []).reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key], scenario);
}

/** Whether the parameter at `path` takes whole numbers only. */
export function isWhole(path: string): boolean {
  const schema = schemaAt(splitPath(path, { brackets: false }) ?? [], undefined);
  if (schema === undefined) return false;
  const expected = expectationOf(schema);
  return expected.kind === 'number' && expected.whole;
}

/** Every factor the scenario could vary (fixed ones included), in the schema's order, each with `fixed` saying whether the scenario holds it. */
export function scenarioFactors(scenario: Scenario): (Factor & { fixed: boolean })[] {
  const fixed = new Set(scenario.sensitivity.fixed);
  const own = scenario.sensitivity.ranges;
  return numericParameters().flatMap((p) => {
    const evidence = p.evidence?.kind === 'assumption' ? p.evidence : undefined;
    const range = own[p.path] ?? evidence?.range;
    if (range === undefined) return [];
    const value = valueAt(scenario, p.path);
    return [
      {
        path: p.path,
        low: range[0],
        high: range[1],
        distribution: evidence?.distribution ?? 'uniform',
        whole: isWhole(p.path),
        value: typeof value === 'number' ? value : null,
        why: own[p.path] !== undefined ? 'the range the scenario gives it' : (evidence?.why ?? ''),
        rangeFrom: own[p.path] !== undefined ? 'scenario' : 'schema',
        fixed: fixed.has(p.path),
      },
    ];
  });
}
