/**
 * Intervals as the report shows them: cut off at the values each metric can
 * take. A t interval from a few replications can reach below 0% or past
 * 100%, which reads as nonsense in a briefing; the result files keep the
 * interval as computed. Differences between scenarios are left as they are.
 */
import type { MetricSummary } from '../experiment/interval.ts';
import { withinRange } from './format.ts';
import { metricRange } from './metrics.ts';
import type { RunResult, Study } from './read/study-folder.ts';

function clipAll(metrics: Record<string, MetricSummary>): Record<string, MetricSummary> {
  return Object.fromEntries(Object.entries(metrics).map(([name, s]) => [name, withinRange(s, metricRange(name))]));
}

function clipRun(run: RunResult): RunResult {
  return { ...run, summary: { ...run.summary, metrics: clipAll(run.summary.metrics) } };
}

/** The study with every metric's interval cut off at its possible range. */
export function clipIntervals(study: Study): Study {
  if (study.kind === 'run') return { ...study, run: clipRun(study.run) };
  if (study.kind === 'sweep') return { ...study, sweep: { ...study.sweep, points: study.sweep.points.map((p) => ({ ...p, metrics: clipAll(p.metrics) })) } };
  const c = study.comparison;
  const metrics = Object.fromEntries(
    Object.entries(c.metrics).map(([name, list]) => [name, list.map((m) => ({ ...m, summary: withinRange(m.summary, metricRange(name)) }))]),
  );
  const scenarios = c.scenarios.map((s) => ({ ...s, summary: { ...s.summary, metrics: clipAll(s.summary.metrics) } }));
  return { ...study, comparison: { ...c, scenarios, metrics }, runs: study.runs.map(clipRun) };
}
