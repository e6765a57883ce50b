/**
 * The tidy tables the charts draw, derived from the result files: one row
 * per scenario × metric (or × week), with the mean and its 95% interval.
 * Charts carry these rows inline, so each spec opens on its own in the Vega editor.
 */
import type { ComparisonFile } from '../experiment/formats.ts';
import { summariseValues, type MetricSummary } from '../experiment/interval.ts';
import { finiteOrNull } from './format.ts';
import type { WeeklyValue } from './read/study-folder.ts';

/** A mean and its 95% interval, as chart data. */
export interface Estimate {
  mean: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

export interface MetricRow extends Estimate {
  scenario: string;
  metric: string;
}

export interface WeeklyBandRow extends Estimate {
  scenario: string;
  week: number;
  metric: string;
}

export interface DifferenceRow extends Estimate {
  scenario: string;
  metric: string;
  /** Whether the interval of the difference leaves out zero. */
  excludesZero: boolean;
}

/** A summary as chart data, multiplied by `scale` (100 turns a share into a percentage). */
export function estimate(summary: MetricSummary, scale = 1): Estimate {
  return {
    mean: finiteOrNull(summary.mean * scale),
    low: finiteOrNull(summary.ci95[0] * scale),
    high: finiteOrNull(summary.ci95[1] * scale),
    n: summary.n,
  };
}

/** Weekly mean across replications with its 95% interval, per scenario × metric × week. */
export function weeklyBands(values: readonly WeeklyValue[]): WeeklyBandRow[] {
  const groups = new Map<string, { scenario: string; week: number; metric: string; values: number[] }>();
  for (const v of values) {
    const key = JSON.stringify([v.scenario, v.metric, v.week]);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { scenario: v.scenario, week: v.week, metric: v.metric, values: [] }));
    group.values.push(v.value);
  }
  // In the order first seen: scenarios as given, then weeks as the table has them.
  return [...groups.values()].map((g) => ({ scenario: g.scenario, week: g.week, metric: g.metric, ...estimate(summariseValues(g.values)) }));
}

/** The named metrics of one scenario's summary. */
export function metricRows(scenario: string, metrics: Record<string, MetricSummary>, names: readonly string[], scale: (name: string) => number = () => 1): MetricRow[] {
  return names.filter((name) => metrics[name] !== undefined).map((name) => ({ scenario, metric: name, ...estimate(metrics[name], scale(name)) }));
}

/** Each later scenario's paired difference from the first, for the named metrics. */
export function differenceRows(comparison: ComparisonFile, names: readonly string[], scale: (name: string) => number = () => 1): DifferenceRow[] {
  const rows: DifferenceRow[] = [];
  for (const name of names) {
    for (const compared of comparison.metrics[name] ?? []) {
      if (compared.difference === undefined) continue;
      const d = compared.difference;
      rows.push({ scenario: compared.scenario, metric: name, ...estimate(d, scale(name)), excludesZero: d.excludesZero });
    }
  }
  return rows;
}
