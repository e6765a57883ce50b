/**
 * The explorer's studies, designed as the command line designs them: a run
 * of the scenario with the levers' changes (`omsim run --set`), a comparison
 * of it with the scenario it started from (`omsim compare`), and a sweep of
 * one lever (`omsim sweep --vary`). Scenarios are checked by the same loader,
 * reading files through the explorer's ScenarioFiles.
 */
import type { ComparisonDesign, RunDesign, SweepDesign } from '../experiment/design.ts';
import { gridPoints, parseVary, pointOverrides } from '../experiment/sweep-grid.ts';
import { checkScenarioIn } from '../scenario/check.ts';
import type { Problem } from '../scenario/problems.ts';
import type { ScenarioFiles } from '../scenario/scenario-files.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import type { Change } from './changes-yaml.ts';

/** The scenario file the explorer started from: a bundled one, or one the user chose. */
export interface StartingFile {
  files: ScenarioFiles;
  /** Its name as messages show it (scenarios/baseline.yaml, or the chosen file's name). */
  file: string;
  text: string;
}

export type Designed<T> = { design: T } | { problems: Problem[] };

/** The starting file with `changes` applied, checked; problems (as the command line words them) when it does not load. */
export function scenarioWith(start: StartingFile, changes: readonly Change[]): { scenario: Scenario; warnings: Problem[] } | { problems: Problem[] } {
  const checked = checkScenarioIn(start.files, start.file, { text: start.text, overrides: changes });
  return checked.scenario ? { scenario: checked.scenario, warnings: checked.warnings ?? [] } : { problems: checked.problems };
}

/** A run of the changed scenario. */
export function runDesign(start: StartingFile, changes: readonly Change[]): Designed<RunDesign> {
  const loaded = scenarioWith(start, changes);
  return 'problems' in loaded ? loaded : { design: { kind: 'run', scenario: loaded.scenario } };
}

/**
 * The starting scenario against the changed one, on common random numbers.
 * `studyChanges` (years and replications) apply to both, so only the
 * what-if changes differ; the changed one is named apart.
 */
export function comparisonDesign(start: StartingFile, studyChanges: readonly Change[], changes: readonly Change[]): Designed<ComparisonDesign> {
  const first = scenarioWith(start, studyChanges);
  if ('problems' in first) return first;
  const second = scenarioWith(start, [...studyChanges, ...changes, `name=${JSON.stringify(`${first.scenario.name} changed`)}`]);
  if ('problems' in second) return second;
  return { design: { kind: 'comparison', scenarios: [first.scenario, second.scenario] } };
}

/** The changed scenario at each value of one parameter, from `from` to `to` by `step` (as `omsim sweep --vary path=from:to:step`). */
export function sweepDesign(start: StartingFile, changes: readonly Change[], path: string, range: { from: number; to: number; step: number }): Designed<SweepDesign> {
  const base = scenarioWith(start, changes);
  if ('problems' in base) return base;
  // A range that is not one (a step of 0, too many points) throws the command line's ExperimentError, with its words.
  const parameters = parseVary([`${path}=${range.from}:${range.to}:${range.step}`]);
  const points = gridPoints(parameters);
  const pointScenarios: Scenario[] = [];
  for (const point of points) {
    const loaded = scenarioWith(start, [...changes, ...pointOverrides(parameters, point)]);
    if ('problems' in loaded) return loaded;
    pointScenarios.push(loaded.scenario);
  }
  return { design: { kind: 'sweep', scenario: base.scenario, parameters: parameters.map((p) => p.path), points, pointScenarios } };
}
