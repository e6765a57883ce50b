/**
 * Loading a scenario from disk: check.ts's checking, with the files of an
 * `extends` chain read from the local file system.
 */
import { checkScenarioIn, type CheckedScenario, type LoadOptions } from './check.ts';
import { diskFiles } from './disk-files.ts';
import { ScenarioError } from './error.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './schema/index.ts';

export type { LoadOptions } from './check.ts';

/** A loaded scenario. Problems is empty: a scenario with problems throws instead. */
export interface LoadedScenario {
  scenario: Scenario;
  problems: Problem[];
  /** Settings with no effect in this scenario (code `noEffect`), located where they were written. */
  warnings: Problem[];
}

/** Loads a scenario, or throws a ScenarioError listing every problem. */
export function loadScenario(file: string, options: LoadOptions = {}): LoadedScenario {
  const checked = checkScenario(file, options);
  if (!checked.scenario) throw new ScenarioError(file, checked.problems);
  return { scenario: checked.scenario, problems: [], warnings: checked.warnings ?? [] };
}

/** Loads a scenario from text in hand (its `extends` read relative to `file`), or throws a ScenarioError. */
export function loadScenarioText(text: string, file: string, options: Omit<LoadOptions, 'text'> = {}): LoadedScenario {
  return loadScenario(file, { ...options, text });
}

/** Every problem with a scenario file on disk, and the scenario itself when there are none. */
export function checkScenario(file: string, options: LoadOptions = {}): CheckedScenario {
  return checkScenarioIn(diskFiles, file, options);
}
