/** The headline of a study in plain words, for the terminal. */
import { driftSentences } from '../report/drift-words.ts';
import { plural } from '../report/format.ts';
import type { StudySummary } from '../experiment/summary.ts';
import { omicHeadlineMetrics, unfinishedByType } from '../experiment/metric-selections.ts';
import { formatSummary, keyMetricOf, keyMetrics } from './key-metrics.ts';
import { zeroByDesign, zeroNote } from './zero-metrics.ts';

export function headline(summary: StudySummary, folder: string): string {
  const s = summary.study;
  // A metric that is zero by the scenario's design says nothing: it is left out, with a note.
  const [zero, shown] = [true, false].map((left) => keyMetrics.filter((m) => zeroByDesign(m.name, summary.scenario, summary.metrics[m.name]) === left));
  // Reports unfinished by type, under the total, for the types that fell due.
  const byType = new Set<string>(unfinishedByType);
  // A metric a results folder of an older omsim lacks is left out, not shown as n/a.
  const lines = shown.filter((m) => summary.metrics[m.name] !== undefined && (!byType.has(m.name) || summary.metrics[m.name].n > 0));
  // Under OMiC: key work, the POMs by type, the pre-release work and the COMs (absent before it).
  if (summary.scenario.omic !== undefined) lines.push(...omicHeadlineMetrics.map(keyMetricOf).filter((m) => summary.metrics[m.name] !== undefined));
  return [
    `${summary.scenario.name}: ${plural(s.replications, 'replication')} of ${plural(s.horizonYears, 'year')} (warm-up ${plural(s.warmupWeeks, 'week')}${warmupAdvice(s)})`,
    ...lines.map((metric) => `${byType.has(metric.name) ? '    ' : '  '}${metric.label}: ${formatSummary(metric, summary.metrics[metric.name])}`),
    ...zeroNote(zero.map((m) => m.name)).map((note) => `  ${note}`),
    ...driftSentences(s).map((sentence) => `  ${sentence}`),
    `results: ${folder}`,
  ].join('\n');
}

/**
 * When the backlog settles later than the warm-up ends (MSER-5), say so where
 * the figures are read, not only in methods.md: the start's transient is then
 * in the means.
 */
function warmupAdvice(s: StudySummary['study']): string {
  if (!(s.suggestedWarmupWeeks > s.warmupWeeks)) return '';
  return `; the backlog settles after about ${plural(s.suggestedWarmupWeeks, 'week')} (MSER-5): --set warmup.weeks=${s.suggestedWarmupWeeks} leaves the start out`;
}
