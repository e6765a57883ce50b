/**
 * The scenario layer: YAML text → validated, normalised, frozen Scenario,
 * problems as records and their wording, the published JSON Schema, and the
 * saved form of a scenario. It knows nothing of the engine or the model.
 */
export { ScenarioError } from './error.ts';
export { scenarioJsonSchema } from './json-schema.ts';
export { limits } from './limits.ts';
export { checkScenario, type LoadedScenario, type LoadOptions, loadScenario, loadScenarioText } from './load.ts';
export { describeProblem, escapeControlCharacters, formatProblems, formatWarnings, invalidFilesMessage, problemRecord, unreadableReason } from './messages.ts';
export type { Expectation, Location, Path, Problem, ProblemCode } from './problems.ts';
export * from './schema/index.ts';
export { serialiseScenario } from './serialise.ts';
export { validateScenarioFiles, type Verdict } from './validate.ts';
