/**
 * A sensitivity analysis's design from a scenario file and the options
 * asked: its factors (checked against the scenario's), its metrics (checked
 * against those a replication reports), its points by the method asked or
 * read from a design file, and each point's scenario through the scenario
 * loader. Everything that can be wrong is found here, before anything runs.
 */
import { checkScenario, describeProblem, loadScenario, ScenarioError, type Problem, type Scenario } from '../../scenario/index.ts';
import { scenarioFactors } from '../../scenario/factors.ts';
import { problemSentence } from '../../scenario/messages.ts';
import { closest } from '../../scenario/suggest.ts';
import type { SensitivityDesign, SensitivityMethod, SweepPoint } from '../design.ts';
import { ExperimentError } from '../errors.ts';
import { summaryMetricNames } from '../metric-catalogue.ts';
import { briefingMetrics } from '../metric-selections.ts';
import { checkMetricNames } from '../target.ts';
import { designProblems, readDesignFile } from './design-file.ts';
import { designSeed, morrisPoints, oatPoints, sobolPoints } from './points.ts';

/** The methods `--method` accepts. */
export const sensitivityMethods = ['oat', 'morris', 'sobol'] as const;

/**
 * Defaults of each method's design, chosen so that a Morris analysis of the
 * baseline's factors finishes in a few minutes on two cores: ten
 * trajectories on a four-level grid (Saltelli et al., Global Sensitivity
 * Analysis: The Primer, 2008, §3.3, call r = 10 and p = 4 the usual choice),
 * and for Sobol a base sample of 32 rows.
 */
export const sensitivityDefaults = { trajectories: 10, levels: 4, base: 32, replications: { oat: undefined, morris: 2, sobol: 2, file: undefined } } as const;

export interface SensitivityRequest {
  file: string;
  /** --set, --seed and --reps. */
  overrides: readonly string[];
  method: SensitivityMethod;
  /** --factors: the paths to vary (default: every assumption with a range the scenario does not fix and whose mechanism is on). */
  factors?: readonly string[];
  metrics?: readonly string[];
  trajectories?: number;
  levels?: number;
  base?: number;
  /** --design: a design file (with method 'file'). */
  designFile?: string;
  /** false gives each point seeds of its own (for showing what common random numbers save); true by default. */
  commonRandomNumbers?: boolean;
}

type FactorRange = SensitivityDesign['factors'][number];

export function loadSensitivityDesign(request: SensitivityRequest): SensitivityDesign {
  const replications = sensitivityDefaults.replications[request.method];
  const hasReps = request.overrides.some((o) => o.startsWith('replications='));
  const overrides = [...(replications === undefined || hasReps ? [] : [`replications=${replications}`]), ...request.overrides];
  const scenario = loadScenario(request.file, { overrides }).scenario;
  const metrics = [...(request.metrics ?? briefingMetrics)];
  checkMetricNames(metrics, summaryMetricNames, '--metrics');
  const settings = methodSettings(request);
  const { factors, points, lines } = request.method === 'file' ? fromDesignFile(request.designFile!, scenario) : fromMethod(request, scenario, settings);
  const pointScenarios = scenariosOf(request, overrides, points, lines, scenario.seed);
  return { kind: 'sensitivity', scenario, method: request.method, factors, metrics, settings, points, pointScenarios };
}

function methodSettings(request: SensitivityRequest): SensitivityDesign['settings'] {
  // An option another method takes would be ignored without a word: refused instead.
  const foreign = [
    { option: '--trajectories', given: request.trajectories, methods: ['morris'], words: 'morris' },
    { option: '--levels', given: request.levels, methods: ['morris'], words: 'morris' },
    { option: '--base', given: request.base, methods: ['sobol'], words: 'sobol' },
    { option: '--factors', given: request.factors, methods: ['oat', 'morris', 'sobol'], words: 'oat, morris or sobol (a design file names its factors in its header)' },
  ];
  for (const { option, given, methods, words } of foreign) {
    if (given !== undefined && !methods.includes(request.method)) throw new ExperimentError(`${option} is for --method ${words}; this analysis is ${request.method === 'file' ? 'a design file (--design)' : `--method ${request.method}`}`);
  }
  const pick = (value: number | undefined, fallback: number, option: string, least: number, even = false) => {
    const v = value ?? fallback;
    if (!Number.isInteger(v) || v < least || (even && v % 2 !== 0)) throw new ExperimentError(`${option} must be ${even ? 'an even' : 'a'} whole number of at least ${least}; found ${v}`);
    return v;
  };
  if (request.method === 'morris') return { trajectories: pick(request.trajectories, sensitivityDefaults.trajectories, '--trajectories', 2), levels: pick(request.levels, sensitivityDefaults.levels, '--levels', 2, true), base: 0 };
  if (request.method === 'sobol') return { trajectories: 0, levels: 0, base: pick(request.base, sensitivityDefaults.base, '--base', 2) };
  return { trajectories: 0, levels: 0, base: 0 };
}

function fromMethod(request: SensitivityRequest, scenario: Scenario, settings: SensitivityDesign['settings']) {
  const factors = chooseFactors(scenario, request.factors);
  const seed = designSeed(scenario.seed, request.method);
  const points =
    request.method === 'oat' ? oatPoints(factors) : request.method === 'morris' ? morrisPoints(factors, settings.trajectories, settings.levels, seed) : sobolPoints(factors, settings.base, seed);
  return { factors, points, lines: undefined };
}

/** The factors asked for, each checked; by default every factor the scenario does not fix whose mechanism is on (a null value, such as no cap, is off). */
export function chooseFactors(scenario: Scenario, asked: readonly string[] | undefined): FactorRange[] {
  const all = scenarioFactors(scenario);
  const strip = ({ fixed: _, rangeFrom: __, ...factor }: (typeof all)[number]): FactorRange => factor;
  if (asked === undefined) {
    const chosen = all.filter((f) => !f.fixed && f.value !== null).map(strip);
    if (chosen.length === 0) throw new ExperimentError('the scenario leaves no factor to vary: every assumption with a range is fixed in its sensitivity section');
    return chosen;
  }
  const byPath = new Map(all.map((f) => [f.path, f]));
  return [...new Set(asked)].map((path) => {
    const factor = byPath.get(path);
    if (factor === undefined) {
      const near = closest(path, [...byPath.keys()]);
      throw new ExperimentError(`--factors names ${path}, which is not a factor: a factor is a number with a plausible range (omsim validate --assumptions lists them) or a range given in the scenario's sensitivity.ranges${near ? `; did you mean ${near}?` : ''}`);
    }
    if (factor.fixed) throw new ExperimentError(`--factors names ${path}, which the scenario holds fixed (sensitivity.fixed); remove it there to vary it`);
    return strip(factor);
  });
}

/** A design file's points, its columns as factors (each ranging over the file's values). */
function fromDesignFile(file: string, scenario: Scenario) {
  const design = readDesignFile(file);
  const known = new Map(scenarioFactors(scenario).map((f) => [f.path, f]));
  const factors = design.paths.map((path): FactorRange => {
    // Only the rows that set it: an empty cell leaves the scenario's value.
    const values = design.points.flatMap((p) => (path in p.values ? [p.values[path]] : []));
    const value = known.get(path)?.value ?? null;
    return { path, low: Math.min(...values), high: Math.max(...values), distribution: 'uniform', whole: known.get(path)?.whole ?? false, value, why: `the values of ${file}` };
  });
  return { factors, points: design.points, lines: design.lines, file };
}

/** Each point's scenario through the loader; every problem listed once (a file's, by its line). */
function scenariosOf(request: SensitivityRequest, overrides: readonly string[], points: readonly SweepPoint[], lines: readonly number[] | undefined, seed: number): Scenario[] {
  const problems = new Map<string, Problem>();
  const fileProblems: string[] = [];
  const scenarios = points.map((point, i) => {
    const values = Object.entries(point.values).map(([path, value]) => `${path}=${value}`);
    // Without common random numbers each point has seeds of its own: seed s + point.
    const ownSeed = request.commonRandomNumbers === false ? [`seed=${seed + point.point}`] : [];
    const checked = checkScenario(request.file, { overrides: [...overrides, ...values, ...ownSeed] });
    for (const problem of checked.problems) {
      if (lines !== undefined) fileProblems.push(`${request.designFile}:${lines[i]}: ${problemSentence(problem)}`);
      else if (!problems.has(describeProblem(problem))) problems.set(describeProblem(problem), problem);
    }
    return checked.scenario;
  });
  if (fileProblems.length > 0) throw new ExperimentError(designProblems(request.designFile!, fileProblems));
  if (problems.size > 0) throw new ScenarioError(request.file, [...problems.values()]);
  return scenarios.filter((s) => s !== undefined);
}
