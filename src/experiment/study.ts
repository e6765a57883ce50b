/**
 * A study: one scenario run for several replications, each with its own seed
 * and every source of randomness its own stream.
 */
import type { WeeklyRow } from '../model/metrics.ts';
import { runReplication } from './replication.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import { replicationSeed } from './seeds.ts';

/** What one replication produced. */
export interface ReplicationRecord {
  replication: number;
  seed: string;
  metrics: Record<string, number>;
  weekly: WeeklyRow[];
  events: number;
}

/** The warm-up (weeks) a study uses: the scenario's, or none when it leaves it to omsim (a suggestion is reported). */
export function warmupWeeksOf(scenario: Scenario): number {
  return scenario.warmup.weeks ?? 0;
}

/**
 * Runs replication `k` of `scenario`. Studies that never read the weekly
 * series (sweeps, plans) drop it, so it is neither copied between threads
 * nor kept.
 */
export function runOne(scenario: Scenario, k: number, options: { weekly?: boolean } = {}): ReplicationRecord {
  const seed = replicationSeed(scenario.seed, k);
  const result = runReplication(scenario, { seed, warmupWeeks: warmupWeeksOf(scenario) });
  const weekly = options.weekly === false ? [] : result.weekly;
  return { replication: k, seed, metrics: result.metrics, weekly, events: result.events };
}
