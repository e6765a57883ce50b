/** The headline findings of a study in plain words, each with its 95% interval. */
import type { MetricSummary } from '../experiment/interval.ts';
import { formatBare, formatDifference, formatWithInterval, hasInterval } from './format.ts';
import { keyMetrics, metricWords } from './metrics.ts';
import type { Study } from './read/study-folder.ts';
import { caseloadMetric, curveMeasures } from './charts/central-curve.ts';

const estimable = (s: MetricSummary | undefined): s is MetricSummary => s !== undefined && Number.isFinite(s.mean);

/** One sentence per key metric the summary holds. */
export function runFindings(metrics: Record<string, MetricSummary>): string[] {
  return Object.entries(keyMetrics)
    .filter(([name, words]) => words.sentence !== undefined && estimable(metrics[name]))
    .map(([name, words]) => (words.sentence ?? '').replace('{value}', formatWithInterval(metrics[name], words, formatBare)));
}

/** For each later scenario, one line per key metric: its difference from the first, and whether the interval excludes zero. */
export function comparisonFindings(study: Extract<Study, { kind: 'comparison' }>): { scenario: string; lines: string[] }[] {
  const [, ...others] = study.comparison.scenarios;
  return others.map((other) => ({
    scenario: other.name,
    lines: Object.keys(keyMetrics).flatMap((name) => {
      const d = study.comparison.metrics[name]?.find((c) => c.scenario === other.name)?.difference;
      if (d === undefined || !estimable(d)) return [];
      const words = metricWords(name);
      if (d.mean === 0 && d.ci95[0] === 0 && d.ci95[1] === 0) return [`${words.label}: the same in every replication.`];
      const interval = hasInterval(d) ? ` (95% confidence interval ${formatDifference(d.ci95[0], words, false)} to ${formatDifference(d.ci95[1], words, false)})` : '';
      const verdict = d.excludesZero ? 'a clear difference' : 'could be chance';
      return [`${words.label}: ${formatDifference(d.mean, words)}${interval}; ${verdict}.`];
    }),
  }));
}

/** The ends of the sweep: each curve measure at the lowest and highest caseload. */
export function sweepFindings(study: Extract<Study, { kind: 'sweep' }>): string[] {
  const points = study.sweep.points.filter((p) => estimable(p.metrics[caseloadMetric]));
  if (points.length === 0) return ['The sweep holds no estimable caseloads.'];
  const byCaseload = [...points].sort((a, b) => a.metrics[caseloadMetric].mean - b.metrics[caseloadMetric].mean);
  const low = byCaseload[0];
  const high = byCaseload[byCaseload.length - 1];
  const caseWords = metricWords(caseloadMetric);
  const lines = [`Across ${points.length} points, the mean caseload per supervisor ran from ${formatWithInterval(low.metrics[caseloadMetric], caseWords)} to ${formatWithInterval(high.metrics[caseloadMetric], caseWords)}.`];
  for (const m of curveMeasures) {
    const words = metricWords(m.metric);
    const [a, b] = [low.metrics[m.metric], high.metrics[m.metric]];
    if (!estimable(a) || !estimable(b)) continue;
    lines.push(`${words.label}: ${formatWithInterval(a, words)} at the lowest caseload, ${formatWithInterval(b, words)} at the highest.`);
  }
  return lines;
}
