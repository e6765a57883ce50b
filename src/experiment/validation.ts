/**
 * Compares the model with the published figures (published-figures.ts):
 * runs every scenario they need in one study, on common random numbers, and
 * gives each figure the model's value with its 95% interval and a verdict.
 */
import { join } from 'node:path';
import { loadScenario, type Scenario } from '../scenario/index.ts';
import { staffGroups, type StaffGroup } from '../scenario/schema/index.ts';
import { studyDrift, type Drift, type DriftSeries } from './drift.ts';
import { summariseValues, type MetricSummary } from './interval.ts';
import { ampleStaffCheck, publishedFigures, type PublishedFigure, type ThresholdFigure } from './published-figures.ts';
import { runDesign, type StudyOptions } from './run-study.ts';
import { warmupWeeksOf, type ReplicationRecord } from './study.ts';

export type Verdict = 'reproduced' | 'borderline' | 'not reproduced';

export interface FigureResult {
  figure: PublishedFigure;
  model: MetricSummary;
  verdict: Verdict;
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
  /** Whether the scenario as built is at steady state after its warm-up: the drift of its population and backlog. */
  drift: Record<DriftSeries, Drift>;
  /** Each staff group's workload in the scenario as built (workload.capacityPercent.<group>), for the groups in post. */
  workload: { group: StaffGroup; percent: MetricSummary }[];
}

export interface ValidationResult {
  replications: number;
  seed: number;
  figures: FigureResult[];
  ampleStaff: AmpleStaffResult;
}

export interface ValidationOptions extends StudyOptions {
  /** The folder holding the bundled scenarios. */
  scenariosFolder: string;
  replications: number;
}

/** One scenario to run: a file and the parameters changed in it. */
interface Unit {
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
function unitsOfFigure(figure: PublishedFigure): Unit[] {
  if (figure.kind === 'scenario') return [{ file: figure.scenario, overrides: [...figure.overrides] }];
  return figure.values.map((value) => ({ file: figure.scenario, overrides: [`${figure.parameter}=${value}`] }));
}

/** The ample-staff variant of the calibration scenario: probation officers doubled plus two, forty offender supervisors. */
function ampleStaffOverrides(scenario: Scenario): string[] {
  const officers = scenario.staff.probationOfficers.count;
  return [`staff.probationOfficers.count=${2 * officers + 2}`, `staff.offenderSupervisors.count=${ampleStaffCheck.offenderSupervisors}`];
}

/** Runs every scenario the figures need and compares the model with each figure. */
export async function compareWithPublishedFigures(options: ValidationOptions): Promise<ValidationResult> {
  const load = (unit: Unit) =>
    loadScenario(join(options.scenariosFolder, unit.file), { overrides: [...unit.overrides, `replications=${options.replications}`] }).scenario;
  const calibration = load({ file: ampleStaffCheck.scenario, overrides: [] });
  const ampleUnit: Unit = { file: ampleStaffCheck.scenario, overrides: ampleStaffOverrides(calibration) };
  const units = new Map<string, Unit>();
  for (const unit of [...publishedFigures.flatMap(unitsOfFigure), { file: ampleStaffCheck.scenario, overrides: [] }, ampleUnit]) {
    units.set(keyOf(unit), unit);
  }
  const unitList = [...units.values()];
  const scenarios = unitList.map(load);
  const records = await runDesign({ kind: 'comparison', scenarios }, options);
  const recordsOf = (unit: Unit): ReplicationRecord[] => records[unitList.findIndex((u) => keyOf(u) === keyOf(unit))];

  const figures = publishedFigures.map((figure): FigureResult => {
    const values = figure.kind === 'scenario' ? recordsOf(unitsOfFigure(figure)[0]).map((r) => figure.value(r.metrics)) : crossings(figure, recordsOf);
    const model = summariseValues(values);
    return { figure, model, verdict: verdictOf(model, figure.accept) };
  });

  const measure = (r: ReplicationRecord) => r.metrics[ampleStaffCheck.measure];
  const asBuilt = recordsOf({ file: ampleStaffCheck.scenario, overrides: [] });
  const ample = recordsOf(ampleUnit);
  const rise = summariseValues(ample.map((r, i) => measure(r) - measure(asBuilt[i])));
  return {
    replications: options.replications,
    seed: scenarios[0].seed,
    figures,
    ampleStaff: {
      scenario: ampleStaffCheck.scenario,
      overrides: ampleUnit.overrides,
      asBuilt: summariseValues(asBuilt.map(measure)),
      ampleStaff: summariseValues(ample.map(measure)),
      rise,
      passes: rise.mean >= ampleStaffCheck.minimumRise,
      heardWithoutReports: summariseValues(asBuilt.map((r) => (r.metrics['parole.hearings'] > 0 ? (r.metrics['parole.heardWithoutReports'] ?? 0) / r.metrics['parole.hearings'] : NaN))),
      drift: studyDrift(asBuilt, warmupWeeksOf(calibration)),
      workload: staffGroups
        .filter((group) => asBuilt.every((r) => Number.isFinite(r.metrics[`workload.capacityPercent.${group}`])))
        .map((group) => ({ group, percent: summariseValues(asBuilt.map((r) => r.metrics[`workload.capacityPercent.${group}`])) })),
    },
  };
}

/** Each replication's threshold crossing, over the sweep's points (the same replication at each: common random numbers). */
function crossings(figure: ThresholdFigure, recordsOf: (unit: Unit) => ReplicationRecord[]): number[] {
  const byPoint = unitsOfFigure(figure).map(recordsOf);
  return byPoint[0].map((_, replication) =>
    thresholdCrossing(
      byPoint.map((records) => ({ x: figure.x(records[replication].metrics), y: figure.y(records[replication].metrics) })),
      figure.yThreshold,
    ),
  );
}
