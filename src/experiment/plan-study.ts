/**
 * A plan on the offender model: the goal-seeking search of plan.ts with each
 * value's replications run on worker threads, every value checked by the
 * scenario loader, and the target's metric checked before anything runs.
 */
import { runReplication } from '../model/model.ts';
import { loadScenario, ScenarioError, type Scenario } from '../scenario/index.ts';
import { ExperimentError } from './errors.ts';
import type { PlanFile } from './formats.ts';
import { checkPlanSettings, planConclusion, planSearch, type PlanSettings, type Trial } from './plan.ts';
import { ReplicationPool } from './pool.ts';
import { parseRange } from './sweep-grid.ts';
import { checkTargetMetric, formatTarget, parseTarget } from './target.ts';

export interface PlanOptions {
  /** The dotted path of the parameter searched. */
  parameter: string;
  /** "metric<=number" and the like. */
  target: string;
  confidence: number;
  min: number;
  max: number;
  step: number;
  initialReplications: number;
  batch: number;
  maxReplications: number;
  workers: number;
  version: string;
  onTrial?: (trial: Trial) => void;
}

/** Runs the search; the settings, scenario and target are all checked first. */
export async function runPlan(file: string, overrides: readonly string[], options: PlanOptions): Promise<PlanFile> {
  if (options.parameter === 'seed' || options.parameter === 'replications') {
    throw new ExperimentError(`plan cannot search ${options.parameter}: every value tried uses the same seed, and replications are added as the search needs them`);
  }
  const target = parseTarget(options.target);
  const settings: PlanSettings = {
    values: parseRange(`${options.min}:${options.max}:${options.step}`, `--min ${options.min} --max ${options.max} --step ${options.step}`).map((v) => v.value),
    target,
    confidence: options.confidence,
    initialReplications: options.initialReplications,
    batch: options.batch,
    maxReplications: options.maxReplications,
  };
  checkPlanSettings(settings);
  const base = loadScenario(file, { overrides }).scenario;
  const scenarios = new Map<number, Scenario>();
  const scenarioAt = (value: number): Scenario => {
    let scenario = scenarios.get(value);
    if (!scenario) {
      scenario = loadScenario(file, { overrides: [...overrides, `${options.parameter}=${value}`] }).scenario;
      scenarios.set(value, scenario);
    }
    return scenario;
  };
  // Both ends of the range go through the loader now, so a bad --min or --max fails before any run.
  for (const end of [settings.values[0], settings.values[settings.values.length - 1]]) {
    try {
      scenarioAt(end);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      throw new ExperimentError(`${error.message}\n--min ${options.min} and --max ${options.max} bound the values searched: both must be values ${options.parameter} can take`);
    }
  }
  checkTargetMetric(target, probeMetricNames(base));

  const pool = new ReplicationPool(options.workers);
  try {
    const result = await planSearch(
      settings,
      async (value, from, count) => {
        const scenario = scenarioAt(value);
        const tasks = Array.from({ length: count }, (_, i) => ({ scenario, replication: from + i, weekly: false }));
        return (await pool.run(tasks)).map((r) => r.metrics[target.metric] ?? 0);
      },
      options.onTrial,
    );
    return {
      omsim: { version: options.version },
      scenario: base,
      parameter: options.parameter,
      target: { ...target, text: formatTarget(target) },
      confidence: options.confidence,
      search: { min: options.min, max: options.max, step: options.step, initialReplications: settings.initialReplications, batch: settings.batch, maxReplications: settings.maxReplications },
      answer: result.answer,
      conclusion: planConclusion(result, options.parameter, settings),
      ...(result.warning ? { warning: result.warning } : {}),
      tried: result.trials,
    };
  } finally {
    await pool.close();
  }
}

/**
 * The metric names a replication of the scenario reports, from one short
 * replication (a quarter of a year at most, no warm-up): enough to check a
 * target's metric, and quick.
 */
export function probeMetricNames(scenario: Scenario): string[] {
  const probe = { ...scenario, horizon: { years: Math.min(scenario.horizon.years, 0.25) }, warmup: { weeks: 0 } };
  return Object.keys(runReplication(probe, { seed: `${scenario.seed}.probe`, warmupWeeks: 0 }).metrics).sort();
}
