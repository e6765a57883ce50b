/** Tidy tables of a study: one row per replication × metric, and one per replication × week × metric. */
/** One cell of a tidy table. */
export type Cell = string | number;
import { definitionOf, rangeOf } from './metric-catalogue.ts';
import type { ReplicationRecord } from './study.ts';
import { seedCell } from './seeds.ts';
import { metricNames } from './summary.ts';

/** A metric's unit for a table's unit column ("a share, 0 to 1", "per cent", "cases"); NA for a name the catalogue does not define. */
export function unitCell(metric: string): string {
  return definitionOf(metric)?.unit ?? 'NA';
}

/**
 * A value as a table gives it: within the values the metric can take, so
 * that the rounding of sums that add and take away (−4.7e-15 days of HDC
 * lost) reads as the 0 it is. NaN (undefined) stays NaN, written NA.
 */
export function withinRange(metric: string, value: number): number {
  const range = rangeOf(metric);
  if (range === undefined || Number.isNaN(value)) return value;
  return Math.min(range[1], Math.max(range[0], value));
}

export const replicationHeader = ['scenario', 'replication', 'seed', 'metric', 'unit', 'value'] as const;
export const weeklyHeader = ['scenario', 'replication', 'week', 'metric', 'value'] as const;

export function* replicationRows(scenario: string, records: readonly ReplicationRecord[]): Generator<Cell[]> {
  const names = metricNames(records);
  for (const record of records) {
    for (const name of names) yield [scenario, record.replication, seedCell(record.seed), name, unitCell(name), withinRange(name, record.metrics[name] ?? 0)];
  }
}

export function* weeklyRows(scenario: string, records: readonly ReplicationRecord[]): Generator<Cell[]> {
  const names = new Set<string>();
  for (const record of records) for (const week of record.weekly) for (const name of Object.keys(week.values)) names.add(name);
  const sorted = [...names].sort();
  for (const record of records) {
    for (const week of record.weekly) {
      for (const name of sorted) yield [scenario, record.replication, week.week, name, withinRange(name, week.values[name] ?? 0)];
    }
  }
}
