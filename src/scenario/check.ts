/**
 * Checking a scenario: its text and the files it extends become a
 * validated, normalised, frozen Scenario, or every problem found with it.
 * Files are read through a ScenarioFiles (disk or browser), so this module
 * touches no file system itself.
 *
 *   read the extends chain → merge → apply --set → validate (schema,
 *   consistency, limits, timeline, sensitivity) → fill defaults → freeze
 *
 * All problems are gathered before anything is reported, so a user fixes a
 * file in one pass rather than one error at a time.
 */
import { checkConsistency } from './consistency.ts';
import { readChain } from './extends.ts';
import type { ScenarioFiles } from './scenario-files.ts';
import type { Finding } from './issues.ts';
import { findingsFromIssues } from './issues.ts';
import { checkLimits } from './limits.ts';
import { checkEras } from './eras.ts';
import { checkAbolishedSentences } from './abolished-sentences.ts';
import { isWritten, type Layer, locate, yamlLayer } from './locate.ts';
import { deepFreeze } from './merge.ts';
import { checkNoEffect } from './no-effect.ts';
import { applyOverrides } from './overrides.ts';
import { type Problem, withoutRepeats } from './problems.ts';
import { type Scenario, scenarioSchema } from './schema/index.ts';
import { checkSensitivity } from './sensitivity-check.ts';
import { checkTextAndLists } from './text-and-lists.ts';
import { checkTimeline } from './timeline.ts';

export interface LoadOptions {
  /** `--set path=value` options, applied in order after extends. */
  overrides?: readonly string[];
  /** The file's text, when it is already in hand (files it extends are still read through `files`). */
  text?: string;
}

/** A checked scenario: the scenario when it has no problems, with warnings about settings that have no effect or take another era's figure. */
export interface CheckedScenario {
  scenario?: Scenario;
  problems: Problem[];
  warnings?: Problem[];
}

/**
 * Every problem with a scenario, and the scenario itself when there are
 * none, with warnings about settings that have no effect in it.
 */
export function checkScenarioIn(files: ScenarioFiles, file: string, options: LoadOptions = {}): CheckedScenario {
  const chain = readChain(files, file, options.text);
  if (!chain.merged) return { problems: withoutRepeats(chain.problems) };
  const overridden = applyOverrides(chain.merged, options.overrides ?? [], file);
  const layers: Layer[] = [...overridden.layers, ...chain.files.map(yamlLayer)];
  const data = overridden.data;
  const written = checkTextAndLists(data);
  // An over-long list would otherwise be validated, and reported, entry by entry.
  if (written.some((f) => f.code === 'tooManyItems')) return { problems: withoutRepeats([...overridden.problems, ...written.map((f) => located(f, layers))]) };
  const parsed = scenarioSchema.safeParse(data);
  const timeline = checkTimeline(data, parsed.success ? parsed.data : undefined);
  const findings: Finding[] = [
    ...written,
    ...(parsed.success ? [] : findingsFromIssues(parsed.error.issues, data)),
    ...checkConsistency(data),
    ...checkLimits(data),
    ...timeline.findings,
    ...checkSensitivity(data),
  ];
  const problems = withoutRepeats([...overridden.problems, ...findings.map((f) => located(f, layers))]);
  if (problems.length > 0 || !parsed.success) return { problems };
  const scenario = normalise(parsed.data, timeline.timeline);
  const eras = [...checkEras(scenario), ...checkAbolishedSentences(scenario)].map((f) => (isWritten(layers, f.path) ? located(f, layers) : unwritten(f, file)));
  return { scenario, problems, warnings: [...checkNoEffect(scenario).map((f) => located(f, layers)), ...eras] };
}

/** A finding placed where it was written. */
function located({ part, at, ...finding }: Finding, layers: readonly Layer[]): Problem {
  return { ...locate(layers, at ?? finding.path, part), ...finding };
}

/** A finding about a default, which no file or option wrote: it names the scenario's file, with no line. */
function unwritten({ part: _, at: __, ...finding }: Finding, file: string): Problem {
  return { file, line: 0, column: 0, ...finding, defaulted: true };
}

/**
 * The scenario as the model runs it: defaults filled in, timeline values
 * normalised, the editor's `$schema` pointer dropped (it says where a file
 * was edited, not what was run), and frozen.
 */
function normalise(scenario: Scenario, timeline: Scenario['timeline'] | undefined): Scenario {
  const { $schema: _, ...rest } = scenario;
  return deepFreeze({ ...rest, timeline: timeline ?? rest.timeline });
}
