/**
 * Compares the model with the published figures (published-figures.ts):
 * runs every scenario they need in one study, on common random numbers, each
 * with its warm-up left out, and gives each figure the model's value with its
 * 95% interval, a verdict, and whether its runs had settled.
 */
import { join } from 'node:path';
import { loadScenario, type Scenario } from '../scenario/index.ts';
import { staffGroups, type StaffGroup } from '../scenario/schema/index.ts';
import { studyDrift, type Drift, type DriftSeries } from './drift.ts';
import { ExperimentError } from './errors.ts';
import { measuredPeriod } from './measured-period.ts';
import { summariseValues, type MetricSummary } from './interval.ts';
import { ampleStaffCheck, publishedFigures, warmupWhereScenarioSetsNone, type MeasuredRun, type PublishedFigure, type ThresholdFigure } from './published-figures.ts';
import { runDesign, type StudyOptions } from './run-study.ts';
import type { ReplicationRecord } from './study.ts';
import { suggestWarmup } from './summary.ts';

export type Verdict = 'reproduced' | 'borderline' | 'not reproduced';

/** One scenario as run for the comparison: its warm-up, and whether it settled. */
export interface RunResult {
  file: string;
  /** The figure's parameter changes (the warm-up and replications are not among them). */
  overrides: string[];
  /** The era the scenario states (null where it states none). */
  era: number | null;
  warmupWeeks: number;
  /** Replications run: the scenario's own unless the comparison set one for every scenario. */
  replications: number;
  /** Whose warm-up it is: the scenario's own, or the comparison's where the scenario sets none. */
  warmupFrom: 'scenario' | 'comparison';
  /** MSER-5's suggestion from these runs (weeks). */
  suggestedWarmupWeeks: number;
  drift: Record<DriftSeries, Drift>;
  /** Whether the population and the backlog both settled over the second half of the measured weeks. */
  settled: boolean;
}

export interface FigureResult {
  figure: PublishedFigure;
  model: MetricSummary;
  verdict: Verdict;
  /** The runs the figure was read from (indices into ValidationResult.runs): one, or a sweep's points. */
  runs: number[];
}

export interface AmpleStaffResult {
  scenario: string;
  overrides: string[];
  asBuilt: MetricSummary;
  ampleStaff: MetricSummary;
  /** The paired rise (ample − as built), replication by replication. */
  rise: MetricSummary;
  passes: boolean;
  /** Of the hearings held in the scenario as built, the share heard without their reports: what its hearings "on time" rest on. */
  heardWithoutReports: MetricSummary;
  /** Each casework group's work demanded as a share of its hours, as built (workload.capacityPercent.<group>). */
  workload: { group: StaffGroup; percent: MetricSummary }[];
}

export interface ValidationResult {
  /** Replications of every scenario, or null where each ran its own (RunResult.replications). */
  replications: number | null;
  seed: number;
  figures: FigureResult[];
  runs: RunResult[];
  /** The ample-staff check, when a figure compared uses its scenario. */
  ampleStaff: AmpleStaffResult | null;
}

export interface ValidationOptions extends StudyOptions {
  /** The folder holding the bundled scenarios. */
  scenariosFolder: string;
  /**
   * Replications of every scenario, or null for each scenario's own: a
   * scenario states as many as its figures need to settle (lifers-2007-08's
   * forty), so fewer would read its backlog as still moving.
   */
  replications: number | null;
  /** The figures to compare (default: the catalogue). */
  figures?: readonly PublishedFigure[];
  /** Warm-ups for scenarios that set none (default: the catalogue's). */
  warmups?: Readonly<Record<string, { weeks: number }>>;
}

/** One scenario to run: a file and the parameters changed in it. */
export interface Unit {
  file: string;
  overrides: string[];
}

const keyOf = (unit: Unit) => JSON.stringify([unit.file, unit.overrides]);

/** Mean inside the range: reproduced; interval touching it: borderline; else not. */
export function verdictOf(model: MetricSummary, accept: readonly [number, number]): Verdict {
  const [low, high] = accept;
  if (model.mean >= low && model.mean <= high) return 'reproduced';
  const [ciLow, ciHigh] = model.ci95;
  if (ciHigh >= low && ciLow <= high) return 'borderline';
  return 'not reproduced';
}

/**
 * The value of x at which y first falls below `threshold` as x rises through
 * `points`, interpolated linearly between the points either side; NaN when y
 * never falls below it, or is below it already at the first point.
 */
export function thresholdCrossing(points: readonly { x: number; y: number }[], threshold: number): number {
  const sorted = [...points].filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (before.y >= threshold && after.y < threshold) {
      return before.x + ((before.y - threshold) / (before.y - after.y)) * (after.x - before.x);
    }
  }
  return NaN;
}

/** The scenarios a figure needs, in order. */
export function unitsOfFigure(figure: PublishedFigure): Unit[] {
  if (figure.kind === 'scenario') return [{ file: figure.scenario, overrides: [...figure.overrides] }];
  return figure.values.map((value) => ({ file: figure.scenario, overrides: [`${figure.parameter}=${value}`] }));
}


/** A scenario loaded for the comparison, with the warm-up it leaves out and whose that is. */
interface Prepared {
  scenario: Scenario;
  warmupFrom: RunResult['warmupFrom'];
}

/**
 * Loads `unit` with `replications` (null: the scenario's own) and its warm-up: the scenario's own, or
 * else the one `warmups` gives its file. Refuses, before anything runs, a
 * scenario with neither (its figures would include the start-up) or a
 * warm-up that leaves less than a year measured.
 */
export function prepareUnit(scenariosFolder: string, unit: Unit, replications: number | null, warmups: Readonly<Record<string, { weeks: number }>>): Prepared {
  const path = join(scenariosFolder, unit.file);
  const overrides = replications === null ? [...unit.overrides] : [...unit.overrides, `replications=${replications}`];
  const asWritten = loadScenario(path, { overrides }).scenario;
  let prepared: Prepared = { scenario: asWritten, warmupFrom: 'scenario' };
  if (asWritten.warmup.weeks === null) {
    const fallback = warmups[unit.file];
    if (fallback === undefined) {
      throw new ExperimentError(
        `${path} sets no warm-up (warmup.weeks is null), and the comparison has none for it in warmupWhereScenarioSetsNone (src/experiment/published-figures.ts): give the scenario a warmup.weeks, or the comparison one, so its figures leave the start-up out`,
      );
    }
    prepared = { scenario: loadScenario(path, { overrides: [...overrides, `warmup.weeks=${fallback.weeks}`] }).scenario, warmupFrom: 'comparison' };
  }
  if (measuredPeriod(prepared.scenario).years < 1) {
    throw new ExperimentError(
      `${path}: a warm-up of ${prepared.scenario.warmup.weeks} weeks leaves less than a year of its ${prepared.scenario.horizon.years}-year horizon measured; shorten the warm-up or lengthen the horizon`,
    );
  }
  return prepared;
}

/** The ample-staff variant of the NAO scenario: probation officers doubled plus two, forty offender supervisors. */
function ampleStaffOverrides(scenario: Scenario): string[] {
  const officers = scenario.staff.probationOfficers.count;
  return [`staff.probationOfficers.count=${2 * officers + 2}`, `staff.offenderSupervisors.count=${ampleStaffCheck.offenderSupervisors}`];
}

/** Runs every scenario the figures need and compares the model with each figure. */
export async function compareWithPublishedFigures(options: ValidationOptions): Promise<ValidationResult> {
  const figures = options.figures ?? publishedFigures;
  const warmups = options.warmups ?? warmupWhereScenarioSetsNone;
  const prepare = (unit: Unit) => prepareUnit(options.scenariosFolder, unit, options.replications, warmups);

  const units = new Map<string, Unit>();
  for (const unit of figures.flatMap(unitsOfFigure)) units.set(keyOf(unit), unit);
  const withAmpleStaff = figures.some((f) => f.scenario === ampleStaffCheck.scenario);
  const asBuiltUnit: Unit = { file: ampleStaffCheck.scenario, overrides: [] };
  let ampleUnit: Unit | null = null;
  if (withAmpleStaff) {
    ampleUnit = { file: ampleStaffCheck.scenario, overrides: ampleStaffOverrides(prepare(asBuiltUnit).scenario) };
    for (const unit of [asBuiltUnit, ampleUnit]) units.set(keyOf(unit), unit);
  }
  const unitList = [...units.values()];
  // Every scenario is loaded, and its warm-up settled, before the first replication runs.
  const prepared = unitList.map(prepare);
  const records = await runDesign({ kind: 'comparison', scenarios: prepared.map((p) => p.scenario) }, options);
  const indexOf = (unit: Unit) => unitList.findIndex((u) => keyOf(u) === keyOf(unit));
  const runOf = (unit: Unit): { records: ReplicationRecord[]; run: MeasuredRun } => {
    const scenario = prepared[indexOf(unit)].scenario;
    return { records: records[indexOf(unit)], run: { years: measuredPeriod(scenario).years, scenario } };
  };

  const results = figures.map((figure): FigureResult => {
    const figureUnits = unitsOfFigure(figure);
    let values: number[];
    if (figure.kind === 'scenario') {
      const { records: unitRecords, run } = runOf(figureUnits[0]);
      values = unitRecords.map((r) => figure.value(r.metrics, run));
    } else {
      values = crossings(figure, runOf);
    }
    const model = summariseValues(values);
    return { figure, model, verdict: verdictOf(model, figure.accept), runs: figureUnits.map(indexOf) };
  });

  const runs = unitList.map((unit, i): RunResult => {
    const { scenario, warmupFrom } = prepared[i];
    const warmupWeeks = scenario.warmup.weeks ?? 0;
    const drift = studyDrift(records[i], warmupWeeks);
    return {
      file: unit.file,
      overrides: unit.overrides,
      era: scenario.era ?? null,
      warmupWeeks,
      replications: scenario.replications,
      warmupFrom,
      suggestedWarmupWeeks: suggestWarmup(records[i]),
      drift,
      settled: drift.population.settled && drift.backlog.settled,
    };
  });

  return {
    replications: options.replications,
    seed: prepared[0].scenario.seed,
    figures: results,
    runs,
    ampleStaff: ampleUnit === null ? null : ampleStaffResult(runOf(asBuiltUnit).records, runOf(ampleUnit).records, ampleUnit),
  };
}

/** The ample-staff check: the paired rise in hearings held on time, and what the hearings as built rest on. */
function ampleStaffResult(asBuilt: ReplicationRecord[], ample: ReplicationRecord[], ampleUnit: Unit): AmpleStaffResult {
  const measure = (r: ReplicationRecord) => r.metrics[ampleStaffCheck.measure];
  const rise = summariseValues(ample.map((r, i) => measure(r) - measure(asBuilt[i])));
  return {
    scenario: ampleStaffCheck.scenario,
    overrides: ampleUnit.overrides,
    asBuilt: summariseValues(asBuilt.map(measure)),
    ampleStaff: summariseValues(ample.map(measure)),
    rise,
    passes: rise.mean >= ampleStaffCheck.minimumRise,
    heardWithoutReports: summariseValues(asBuilt.map((r) => (r.metrics['parole.hearings'] > 0 ? (r.metrics['parole.heardWithoutReports'] ?? 0) / r.metrics['parole.hearings'] : NaN))),
    workload: staffGroups
      .filter((group) => asBuilt.every((r) => Number.isFinite(r.metrics[`workload.capacityPercent.${group}`])))
      .map((group) => ({ group, percent: summariseValues(asBuilt.map((r) => r.metrics[`workload.capacityPercent.${group}`])) })),
  };
}

/** Each replication's threshold crossing, over the sweep's points (the same replication at each: common random numbers). */
function crossings(figure: ThresholdFigure, runOf: (unit: Unit) => { records: ReplicationRecord[]; run: MeasuredRun }): number[] {
  const byPoint = unitsOfFigure(figure).map(runOf);
  return byPoint[0].records.map((_, replication) =>
    thresholdCrossing(
      byPoint.map(({ records, run }) => ({ x: figure.x(records[replication].metrics, run), y: figure.y(records[replication].metrics, run) })),
      figure.yThreshold,
    ),
  );
}
