/**
 * A plan on the offender model: the goal-seeking search of plan.ts with each
 * value's replications run on worker threads, every value checked by the
 * scenario loader, and the target's metric checked before anything runs.
 */
import { loadScenario, ScenarioError, staffGroups, type Scenario } from '../scenario/index.ts';
import { ExperimentError } from './errors.ts';
import { summaryMetricNames } from './metric-catalogue.ts';
import type { PlanFile } from './formats.ts';
import { barelyMoves, checkPlanSettings, planConclusion, planSearch, type LeverProbe, type PlanSettings, type Trial } from './plan.ts';
import { ReplicationPool } from './pool.ts';
import { parseRange } from './sweep-grid.ts';
import { parameterWords } from './parameter-words.ts';
import { checkTargetMetric, formatTarget, parseTargets } from './target.ts';

export interface PlanOptions {
  /** The dotted path of the parameter searched. */
  parameter: string;
  /** "metric<=number" and the like, or a band "metric in low..high"; all must hold. */
  target: string | readonly string[];
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
  /** Called as each replication at `value` finishes: `done` of the `asked` replications that value has been given so far. */
  onReplication?: (value: number, done: number, asked: number) => void;
}

/** Runs the search; the settings, scenario and target are all checked first. */
export async function runPlan(file: string, overrides: readonly string[], options: PlanOptions): Promise<PlanFile> {
  if (options.parameter === 'seed' || options.parameter === 'replications') {
    throw new ExperimentError(`plan cannot search ${options.parameter}: every value tried uses the same seed, and replications are added as the search needs them`);
  }
  const targets = (typeof options.target === 'string' ? [options.target] : options.target).flatMap(parseTargets);
  const target = targets[0];
  const settings: PlanSettings = {
    values: parseRange(`${options.min}:${options.max}:${options.step}`, `--min ${options.min} --max ${options.max} --step ${options.step}`).map((v) => v.value),
    targets,
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
  for (const each of targets) checkTargetMetric(each, summaryMetricNames);

  const pool = new ReplicationPool(options.workers);
  try {
    const result = await planSearch(
      settings,
      async (value, from, count) => {
        const scenario = scenarioAt(value);
        const tasks = Array.from({ length: count }, (_, i) => ({ scenario, replication: from + i, weekly: false }));
        let done = from;
        options.onReplication?.(value, done, from + count);
        const records = await pool.run(tasks, () => options.onReplication?.(value, ++done, from + count));
        return targets.map((each) => records.map((r) => r.metrics[each.metric] ?? 0));
      },
      options.onTrial,
    );
    // The planner is told which levers do move the metric, rather than left to widen the range.
    const probes = barelyMoves(result, settings) ? await probeLevers(base, (changes) => loadScenario(file, { overrides: [...overrides, ...changes] }).scenario, options.parameter, target.metric, pool) : [];
    return {
      omsim: { version: options.version },
      scenario: base,
      parameter: options.parameter,
      target: { ...target, text: formatTarget(target) },
      targets: targets.map((each) => ({ ...each, text: formatTarget(each) })),
      confidence: options.confidence,
      search: { min: options.min, max: options.max, step: options.step, initialReplications: settings.initialReplications, batch: settings.batch, maxReplications: settings.maxReplications },
      answer: result.answer,
      conclusion: planConclusion(result, options.parameter, settings, probes, parameterWords),
      ...(result.warning ? { warning: result.warning } : {}),
      tried: result.trials,
    };
  } finally {
    await pool.close();
  }
}

/** Replications of each arm of the lever probe: enough to see which way a doubling moves a metric, and quick. */
export const probeReplications = 3;

/**
 * A quick paired probe of the other levers: each staff group (but the one
 * searched) doubled in turn, or given 2 people where it has none, against
 * the scenario as it is, on the same random numbers. In a scenario of many
 * establishments, where each group of establishments sets its own numbers,
 * the group's multiplier is doubled instead.
 */
export async function probeLevers(base: Scenario, withChanges: (changes: string[]) => Scenario, searched: string, metric: string, pool: ReplicationPool): Promise<LeverProbe[]> {
  const estate = base.estate.length > 0;
  const levers = staffGroups
    .map((g) => (estate ? { parameter: `staff.${g}.scale`, from: base.staff[g].scale } : { parameter: `staff.${g}.count`, from: base.staff[g].count }))
    .filter((l) => l.parameter !== searched && !(base.probationTool.setsCount && l.parameter.startsWith('staff.probationOfficers.')))
    .map((l) => ({ ...l, to: l.from > 0 ? l.from * 2 : estate ? 1 : 2 }));
  const arms = [base, ...levers.map((l) => withChanges([`${l.parameter}=${l.to}`]))];
  const tasks = arms.flatMap((scenario) => Array.from({ length: probeReplications }, (_, replication) => ({ scenario, replication, weekly: false })));
  const records = await pool.run(tasks);
  const meanOf = (arm: number) => records.slice(arm * probeReplications, (arm + 1) * probeReplications).reduce((sum, r) => sum + (r.metrics[metric] ?? 0), 0) / probeReplications;
  const before = meanOf(0);
  return levers.map((l, i) => ({ ...l, before, after: meanOf(i + 1) }));
}
