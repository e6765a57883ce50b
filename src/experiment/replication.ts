/**
 * One replication's metrics, read from what the model measured by the metric
 * catalogue: every metric of summary.json, in one loop over the catalogue,
 * each from its source (a counter, a level's mean, a ratio of two others, or
 * a function the model supplies).
 */
import { runAndMeasure, type ModelRun, type ReplicationOptions } from '../model/model.ts';
import { measure, type Measurements } from '../model/results.ts';
import type { WeeklyRow } from '../model/metrics.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import { fillPlaceholders, summaryMetrics, type ComputedMetricName, type MetricName, type PlaceholderValues } from './metric-catalogue.ts';

export interface ReplicationResult {
  /** Every metric of summary.json by name (MetricName); NaN where undefined (a share of nothing). */
  metrics: Record<string, number>;
  /** Values recorded at the end of each week of the whole run, warm-up included. */
  weekly: WeeklyRow[];
  /** Calendar entries processed (a measure of work done). */
  events: number;
}

/** Runs one replication from start to finish and reads its metrics. */
export function runReplication(scenario: Scenario, options: ReplicationOptions): ReplicationResult {
  const { measurements, weekly, events } = runAndMeasure(scenario, options);
  return { metrics: metricsOf(measurements), weekly, events };
}

/** The metrics of a model already run (tests and the fuzzer build and run it step by step). */
export function summariseRun(run: ModelRun): ReplicationResult {
  const { measurements, weekly, events } = measure(run.ctx, run.caseloads);
  return { metrics: metricsOf(measurements), weekly, events };
}

/** Every metric of summary.json from one replication's measurements: ratios last, as they divide other metrics. */
export function metricsOf(measurements: Measurements): Record<MetricName, number> {
  // A type error here names a function the catalogue gives and the model does not supply.
  const computed: Readonly<Record<ComputedMetricName, (at: PlaceholderValues) => number>> = measurements.computed;
  const metrics = {} as Record<MetricName, number>;
  for (const { name, definition, values } of summaryMetrics) {
    const source = definition.source;
    if (source === 'counter') metrics[name] = measurements.total(name);
    else if ('levelMean' in source) metrics[name] = measurements.levelMean(fillPlaceholders(source.levelMean, values));
    else if ('computed' in source) metrics[name] = computed[source.computed as ComputedMetricName](values);
  }
  for (const { name, definition, values } of summaryMetrics) {
    const source = definition.source;
    if (typeof source === 'object' && 'ratio' in source) {
      const [numerator, denominator] = source.ratio.map((template) => metrics[fillPlaceholders(template, values) as MetricName]);
      metrics[name] = denominator > 0 ? numerator / denominator : NaN;
    }
  }
  return metrics;
}
