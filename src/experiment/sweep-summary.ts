/** The results of a sweep: each point's metric summaries, and its tidy tables. */
import { seedCell } from './seeds.ts';
import type { SweepDesign, UnitRecords } from './design.ts';
import type { SweepFile } from './formats.ts';
import { summariseValues, type MetricSummary } from './interval.ts';
import { warmupWeeksOf } from './study.ts';
import { metricNames } from './summary.ts';
import { unitCell, withinRange, type Cell } from './tables.ts';

/** sweep.json: every metric any point reported, summarised at every point (a counter a replication never touched counts 0). */
export function summariseSweep(design: SweepDesign, records: UnitRecords, version: string): SweepFile {
  const names = metricNames(records.flat());
  const points = design.points.map((point, i) => {
    const metrics: Record<string, MetricSummary> = {};
    for (const name of names) metrics[name] = summariseValues(records[i].map((r) => r.metrics[name] ?? 0));
    return { point: point.point, values: point.values, metrics };
  });
  return {
    omsim: { version },
    ...(design.display ? { display: design.display } : {}),
    scenario: design.scenario,
    parameters: design.parameters,
    points,
    study: { replications: design.scenario.replications, warmupWeeks: warmupWeeksOf(design.scenario), horizonYears: design.scenario.horizon.years },
  };
}

export function sweepHeader(parameters: readonly string[]): string[] {
  return ['point', ...parameters, 'metric', 'unit', 'mean', 'low', 'high', 'n'];
}

/** sweep.csv: one row per point × metric. */
export function* sweepRows(file: SweepFile): Generator<Cell[]> {
  for (const point of file.points) {
    const values = file.parameters.map((p) => point.values[p]);
    for (const [metric, s] of Object.entries(point.metrics)) {
      yield [point.point, ...values, metric, unitCell(metric), withinRange(metric, s.mean), withinRange(metric, s.ci95[0]), withinRange(metric, s.ci95[1]), s.n];
    }
  }
}

export function sweepReplicationHeader(parameters: readonly string[]): string[] {
  return ['point', ...parameters, 'replication', 'seed', 'metric', 'unit', 'value'];
}

/** sweep-replications.csv: one row per point × replication × metric. */
export function* sweepReplicationRows(design: SweepDesign, records: UnitRecords): Generator<Cell[]> {
  const names = metricNames(records.flat());
  for (const [i, point] of design.points.entries()) {
    const values = design.parameters.map((p) => point.values[p]);
    for (const record of records[i]) {
      for (const name of names) yield [point.point, ...values, record.replication, seedCell(record.seed), name, unitCell(name), withinRange(name, record.metrics[name] ?? 0)];
    }
  }
}
