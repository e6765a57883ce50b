/** The headline of a study in plain words, for the terminal. */
import { plural } from '../report/format.ts';
import type { StudySummary } from '../experiment/summary.ts';
import { formatSummary, keyMetrics } from './key-metrics.ts';

export function headline(summary: StudySummary, folder: string): string {
  const s = summary.study;
  return [
    `${summary.scenario.name}: ${plural(s.replications, 'replication')} of ${plural(s.horizonYears, 'year')} (warm-up ${plural(s.warmupWeeks, 'week')})`,
    ...keyMetrics.map((metric) => `  ${metric.label}: ${formatSummary(metric, summary.metrics[metric.name])}`),
    `results: ${folder}`,
  ].join('\n');
}
