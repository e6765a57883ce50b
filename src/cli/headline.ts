/** The headline of a study in plain words, for the terminal. */
import type { StudySummary } from '../experiment/summary.ts';
import { formatSummary, keyMetrics } from './key-metrics.ts';

export function headline(summary: StudySummary, folder: string): string {
  const s = summary.study;
  return [
    `${summary.scenario.name}: ${s.replications} replications of ${s.horizonYears} years (warm-up ${s.warmupWeeks} weeks)`,
    ...keyMetrics.map((metric) => `  ${metric.label}: ${formatSummary(metric, summary.metrics[metric.name])}`),
    `results: ${folder}`,
  ].join('\n');
}
