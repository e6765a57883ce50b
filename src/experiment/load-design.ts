/**
 * Study designs from scenario files: every scenario, and every value a sweep
 * gives a parameter, goes through the scenario loader, so a bad file or value
 * is reported in the loader's words before anything runs.
 */
import { checkScenario, describeProblem, loadScenario, ScenarioError, type Problem } from '../scenario/index.ts';
import type { ComparisonDesign, SweepDesign } from './design.ts';
import { ExperimentError } from './errors.ts';
import { gridPoints, parseVary, pointOverrides } from './sweep-grid.ts';

/**
 * A comparison. Every scenario is run with the first one's seed and
 * replications (after `overrides`), so that replication k of each uses the
 * same random numbers and the differences are paired.
 */
export function loadComparisonDesign(files: readonly string[], overrides: readonly string[], vary?: string): ComparisonDesign {
  const variants = vary === undefined ? [] : parseVariants(vary);
  if (files.length + variants.length < 2) {
    throw new ExperimentError(`compare needs two or more scenarios: files, or one file and --vary with its other values; found ${files.length} and no --vary`);
  }
  const errors: string[] = [];
  const first = tryLoad(files[0], overrides, errors);
  const shared = first ? [`seed=${first.seed}`, `replications=${first.replications}`] : [];
  const rest = [
    ...files.slice(1).map((file) => tryLoad(file, [...overrides, ...shared], errors)),
    // Each value of --vary applied to the first scenario, named after it.
    ...variants.map(({ path, value }) => tryLoad(files[0], [...overrides, ...shared, `${path}=${value}`, `name=${first?.name ?? 'scenario'}-${value}`], errors)),
  ];
  if (errors.length > 0 || !first) throw new ExperimentError(errors.join('\n'));
  if (first.replications < 2) {
    throw new ExperimentError(
      `compare estimates paired differences with confidence intervals, which need at least 2 replications; the scenarios would run ${first.replications} (use --reps 2 or more)`,
    );
  }
  return { kind: 'comparison', scenarios: [first, ...rest.filter((s) => s !== undefined)] };
}

/** A sweep: the scenario, and each point's scenario with the varied values applied. */
export function loadSweepDesign(file: string, overrides: readonly string[], vary: readonly string[]): SweepDesign {
  const parameters = parseVary(vary);
  const scenario = loadScenario(file, { overrides }).scenario;
  const points = gridPoints(parameters);
  const problems = new Map<string, Problem>();
  const pointScenarios = points.map((point) => {
    const checked = checkScenario(file, { overrides: [...overrides, ...pointOverrides(parameters, point)] });
    // Many points share a problem: each is listed once (a misspelt path once, not once a value).
    for (const problem of checked.problems) {
      const key = problem.code === 'unknownPath' ? `${problem.code} ${problem.path.join('.')}` : describeProblem(problem);
      if (!problems.has(key)) problems.set(key, problem);
    }
    return checked.scenario;
  });
  if (problems.size > 0) throw new ScenarioError(file, [...problems.values()]);
  return { kind: 'sweep', scenario, parameters: parameters.map((p) => p.path), points, pointScenarios: pointScenarios.filter((s) => s !== undefined) };
}

/** `path=a,b,c`: the first scenario is compared with itself at each value (text or numbers, as `--set` takes them). */
function parseVariants(vary: string): { path: string; value: string }[] {
  const match = /^([^=]+)=(.+)$/.exec(vary);
  const values = match ? match[2].split(',').map((v) => v.trim()) : [];
  if (!match || values.some((v) => v === '')) throw new ExperimentError(`--vary is path=a,b,c (the values to compare the scenario with); found "${vary}"`);
  return values.map((value) => ({ path: match[1].trim(), value }));
}

function tryLoad(file: string, overrides: readonly string[], errors: string[]) {
  try {
    return loadScenario(file, { overrides }).scenario;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    errors.push(error.message);
    return undefined;
  }
}
