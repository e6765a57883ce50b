/**
 * The levers the explorer shows: the parameters a governor or a union
 * officer asks "what if?" about, each a labelled control. Their words come
 * from the scenario schema's own descriptions, so the page says what the
 * command line's documentation says. A lever's setting is written as a
 * `--set path=value` change, so the explorer and `omsim run --set` change
 * a scenario in exactly the same way (and check it with the same messages).
 */
import { descriptionOf, schemaAt } from '../scenario/schema-paths.ts';
import { handoverRules, handoverRuleWords, priorityPolicies, priorityPolicyWords, staffGroups, type Scenario, type StaffGroup } from '../scenario/schema/index.ts';

interface LeverBase {
  /** The dotted parameter path, as `--set` takes it. */
  path: string;
  label: string;
  /** The schema's description of the parameter. */
  description: string;
}

export type Lever =
  | (LeverBase & { kind: 'number'; min: number; max: number; step: number; /** Shown as a per cent of 1 (a share). */ percent?: boolean; /** Empty means null ("no cap"). */ nullable?: boolean })
  | (LeverBase & { kind: 'choice'; options: readonly { value: string; label: string }[]; /** The words of the empty choice, for a parameter a scenario may leave unset (null): absent when every scenario sets it. */ unset?: string })
  | (LeverBase & { kind: 'toggle'; /** Whether the parameter may be unset (null, a section the scenario leaves out): the box then shows neither on nor off. */ nullable?: boolean });

/** A lever before its description is read from the schema. */
type Undescribed<T> = T extends unknown ? Omit<T, 'description'> : never;

/** A scope preset: the `scope` section of a bundled scenario, offered by that scenario's name. */
export interface ScopePreset {
  name: string;
  scope: Scenario['scope'];
}

const groupLabels: Record<StaffGroup, string> = {
  offenderSupervisors: 'Offender supervisors (prison officers)',
  probationOfficers: 'Probation officers',
  probationServiceOfficers: 'Probation service officers',
  caseAdministrators: 'Case administrators',
};

/** A lever's label as a control shows it: a share is typed in per cent. */
export function leverLabel(lever: Lever): string {
  return lever.kind === 'number' && lever.percent ? `${lever.label} (%)` : lever.label;
}

/** Rounds away the float noise of scaling (0.15 × 100 = 15.000000000000002). */
export const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * A description in the unit the control takes: a share or a chance, written
 * 0–1 in the schema, is typed in per cent, and the hint says so.
 */
function inTheControlsUnit(lever: Undescribed<Lever>, description: string): string {
  if (lever.kind !== 'number' || !lever.percent) return description;
  return description.replace(/\((probability|share), ([\d.]+)–([\d.]+)\)$/, (_, what: string, low: string, high: string) => `(${what === 'share' ? 'a share' : 'a chance'} in per cent, ${tidy(Number(low) * 100)}–${tidy(Number(high) * 100)}%)`);
}

/** The schema's description of a parameter (empty when it has none). */
export function describeParameter(path: string): string {
  const schema = schemaAt(path.split('.'), undefined);
  return schema === undefined ? '' : descriptionOf(schema);
}

/**
 * Every lever, in the order the page shows them; the scope presets come from
 * the bundled scenarios. In a scenario of many establishments (an `estate`)
 * each group of establishments sets its own head counts, so the staff levers
 * are multipliers on them all, as `staff.<group>.scale` is on the command line.
 */
export function levers(scopePresets: readonly ScopePreset[], options: { estate?: boolean } = {}): Lever[] {
  const lever = (l: Undescribed<Lever>): Lever => ({ ...l, description: inTheControlsUnit(l, describeParameter(l.path)) }) as Lever;
  const staff = options.estate
    ? staffGroups.map((group) => lever({ kind: 'number', path: `staff.${group}.scale`, label: `${groupLabels[group]}: multiple of every establishment’s number`, min: 0, max: 10, step: 0.05 }))
    : staffGroups.map((group) => lever({ kind: 'number', path: `staff.${group}.count`, label: groupLabels[group], min: 0, max: 200, step: 1 }));
  return [
    ...staff,
    lever({ kind: 'number', path: 'redeployment.shiftProbability', label: 'Chance an offender supervisor is redeployed on a shift', min: 0, max: 1, step: 0.01, percent: true }),
    lever({ kind: 'toggle', path: 'staff.offenderSupervisors.ringFenced', label: 'Offender supervisors ring-fenced (never redeployed)' }),
    // OMiC (the POMs by type are the two staff levers above: prison POMs are offender supervisors, probation POMs probation officers).
    // Setting one puts a scenario of the model before OMiC under it.
    lever({ kind: 'number', path: 'omic.keyWork.workers', label: 'OMiC: key workers (band 3 officers; empty for enough for everyone)', min: 0, max: 500, step: 1, nullable: true }),
    lever({ kind: 'toggle', path: 'omic.keyWork.ringFenced', label: 'OMiC: key work ring-fenced (never cut for redeployment)', nullable: true }),
    lever({
      kind: 'choice',
      path: 'omic.com.handoverRule',
      label: 'OMiC: when the community offender manager takes over',
      options: handoverRules.map((r) => ({ value: r, label: `${r}: ${handoverRuleWords[r]}` })),
      unset: 'not under OMiC (the scenario’s own model)',
    }),
    lever({ kind: 'number', path: 'caseload.cap', label: 'Caseload cap (most cases per supervisor; empty for none)', min: 1, max: 500, step: 1, nullable: true }),
    lever({
      kind: 'choice',
      path: 'workingPattern.priority',
      label: 'Working policy: what staff do first',
      options: priorityPolicies.map((p) => ({ value: p, label: `${p}: ${priorityPolicyWords[p]}` })),
    }),
    lever({ kind: 'choice', path: 'scope', label: 'Who is in scope (as in a source document’s scenario)', options: scopePresets.map((p) => ({ value: p.name, label: p.name })) }),
    lever({ kind: 'number', path: 'horizon.years', label: 'Years simulated', min: 0.25, max: 20, step: 0.25 }),
    // The bundled scenarios leave out their start-up: a run shorter than it needs a shorter warm-up.
    lever({ kind: 'number', path: 'warmup.weeks', label: 'Warm-up: weeks left out at the start (empty for none)', min: 0, max: 520, step: 1, nullable: true }),
    lever({ kind: 'number', path: 'replications', label: 'Replications', min: 1, max: 100, step: 1 }),
  ];
}

/** A lever's value in a scenario: a number, null, a choice's value or a toggle's state. */
export function leverValue(scenario: Scenario, lever: Lever, scopePresets: readonly ScopePreset[]): number | string | boolean | null {
  if (lever.path === 'scope') {
    const text = JSON.stringify(scenario.scope);
    return scopePresets.find((p) => JSON.stringify(p.scope) === text)?.name ?? '';
  }
  let value: unknown = scenario;
  // A section the scenario leaves out (omic, before OMiC) reads as null.
  for (const key of lever.path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return (value ?? null) as number | string | boolean | null;
}

/** The `--set` change that gives a lever a value; the scope lever sets the whole section from its preset. */
export function leverChange(lever: Lever, value: number | string | boolean | null, scopePresets: readonly ScopePreset[]): string {
  if (lever.path === 'scope') {
    const preset = scopePresets.find((p) => p.name === value);
    if (preset === undefined) throw new Error(`no scope preset named ${String(value)}`);
    return `scope=${JSON.stringify(preset.scope)}`;
  }
  return `${lever.path}=${value === null ? 'null' : String(value)}`;
}

/** The bundled scenarios' distinct scopes, each by the first scenario (in the order given) that has it. */
export function scopePresetsOf(scenarios: readonly Scenario[]): ScopePreset[] {
  const presets: ScopePreset[] = [];
  for (const s of scenarios) {
    const text = JSON.stringify(s.scope);
    if (!presets.some((p) => JSON.stringify(p.scope) === text)) presets.push({ name: s.name, scope: s.scope });
  }
  return presets;
}
