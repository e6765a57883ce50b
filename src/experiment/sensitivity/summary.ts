/** The results of a sensitivity analysis: sensitivity.json, and its tidy tables (formats.ts SensitivityFile). */
import type { SensitivityDesign, UnitRecords } from '../design.ts';
import type { SensitivityFile } from '../formats.ts';
import { warmupWeeksOf } from '../study.ts';
import type { Cell } from '../tables.ts';
import { rankFactors, sensitivityIndices } from './analyse.ts';

export function summariseSensitivity(design: SensitivityDesign, records: UnitRecords, version: string): SensitivityFile {
  const indices = sensitivityIndices(design, records);
  const replications = design.scenario.replications;
  return {
    omsim: { version },
    scenario: design.scenario,
    method: design.method,
    settings: design.settings,
    factors: design.factors,
    metrics: design.metrics,
    study: { points: design.points.length, replications, runs: design.points.length * replications, warmupWeeks: warmupWeeksOf(design.scenario), horizonYears: design.scenario.horizon.years },
    indices,
    ranking: rankFactors(design, indices),
  };
}

export const indexHeader = ['factor', 'metric', 'index', 'value', 'lower', 'upper'];

/** sensitivity.csv: one row per factor × metric × index. */
export function* indexRows(file: SensitivityFile): Generator<Cell[]> {
  for (const r of file.indices) yield [r.factor, r.metric, r.index, r.value, r.lower, r.upper];
}

export const runHeader = ['point', 'replication', 'metric', 'value'];

/** sensitivity-runs.csv: one row per point × replication × metric, in the design's order. */
export function* runRows(design: SensitivityDesign, records: UnitRecords): Generator<Cell[]> {
  for (const [i, point] of design.points.entries()) {
    for (const record of records[i]) for (const metric of design.metrics) yield [point.point, record.replication, metric, record.metrics[metric] ?? 0];
  }
}

/** design.csv's header: the point, then one column per factor. */
export function designHeader(design: SensitivityDesign): string[] {
  return ['point', ...design.factors.map((f) => f.path)];
}

/** design.csv: each point's factor values (blank where a point leaves a factor at the scenario's value, as one-at-a-time does). */
export function* designRows(design: SensitivityDesign): Generator<Cell[]> {
  for (const point of design.points) yield [point.point, ...design.factors.map((f) => point.values[f.path] ?? '')];
}
