/** Tidy tables of a study: one row per replication × metric, and one per replication × week × metric. */
/** One cell of a tidy table. */
export type Cell = string | number;
import type { ReplicationRecord } from './study.ts';
import { seedCell } from './seeds.ts';
import { metricNames } from './summary.ts';

export const replicationHeader = ['scenario', 'replication', 'seed', 'metric', 'value'] as const;
export const weeklyHeader = ['scenario', 'replication', 'week', 'metric', 'value'] as const;

export function* replicationRows(scenario: string, records: readonly ReplicationRecord[]): Generator<Cell[]> {
  const names = metricNames(records);
  for (const record of records) {
    for (const name of names) yield [scenario, record.replication, seedCell(record.seed), name, record.metrics[name] ?? 0];
  }
}

export function* weeklyRows(scenario: string, records: readonly ReplicationRecord[]): Generator<Cell[]> {
  const names = new Set<string>();
  for (const record of records) for (const week of record.weekly) for (const name of Object.keys(week.values)) names.add(name);
  const sorted = [...names].sort();
  for (const record of records) {
    for (const week of record.weekly) {
      for (const name of sorted) yield [scenario, record.replication, week.week, name, week.values[name] ?? 0];
    }
  }
}
