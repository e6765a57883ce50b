/** The headline findings of a study in plain words, each with its 95% interval. */
import type { MetricSummary } from '../experiment/interval.ts';
import { describeDifference, scenarioDifferences } from '../experiment/scenario-differences.ts';
import { formatBare, formatDifference, formatWithInterval, hasInterval } from './format.ts';
import { keyMetrics, metricWords } from './metrics.ts';
import { verdictOn } from './verdict.ts';
import type { Study } from './read/study-folder.ts';
import { caseloadMetric, curveMeasures } from './charts/central-curve.ts';

const estimable = (s: MetricSummary | undefined): s is MetricSummary => s !== undefined && Number.isFinite(s.mean);

/** One sentence per key metric the summary holds (or only those of `only`, in the report's order). */
export function runFindings(metrics: Record<string, MetricSummary>, only?: readonly string[]): string[] {
  return Object.entries(keyMetrics)
    .filter(([name, words]) => words.sentence !== undefined && estimable(metrics[name]) && (only === undefined || only.includes(name)))
    .map(([name, words]) => (words.sentence ?? '').replace('{value}', formatWithInterval(metrics[name], words, formatBare)));
}

/**
 * For each later scenario: the parameters in which it differs from the
 * first, and one line per key metric giving both levels, the difference and
 * whether its interval excludes zero.
 */
export function comparisonFindings(study: Extract<Study, { kind: 'comparison' }>): { scenario: string; changed: string[]; lines: string[] }[] {
  const [first, ...others] = study.comparison.scenarios;
  return others.map((other) => ({
    scenario: other.name,
    changed: scenarioDifferences(first.summary.scenario, other.summary.scenario).map((d) => describeDifference(d, { from: first.summary.scenario, to: other.summary.scenario })),
    lines: (study.comparison.measures ?? Object.keys(keyMetrics)).flatMap((name) => {
      const rows = study.comparison.metrics[name];
      const d = rows?.find((c) => c.scenario === other.name)?.difference;
      if (d === undefined || !estimable(d)) return [];
      const words = metricWords(name);
      const from = rows?.find((c) => c.scenario === first.name)?.summary;
      const to = rows?.find((c) => c.scenario === other.name)?.summary;
      const levels = estimable(from) && estimable(to) ? `${formatBare(from.mean, words)} → ${formatBare(to.mean, words)}, ` : '';
      if (d.mean === 0 && d.ci95[0] === 0 && d.ci95[1] === 0) return [`${words.label}: ${levels}the same in every replication.`];
      const interval = hasInterval(d) ? ` (95% confidence interval ${formatDifference(d.ci95[0], words, false)} to ${formatDifference(d.ci95[1], words, false)})` : '';
      return [`${words.label}: ${levels}${formatDifference(d.mean, words)}${interval}: ${verdictOn(d.excludesZero, d.mean, words.better)}.`];
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
