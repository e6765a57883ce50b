/** The charts of each kind of study, built from its tidy results. */
import { pressChart } from './press.ts';
import type { ComparisonFile } from '../../experiment/formats.ts';
import { differenceRows, weeklyBands } from '../chart-data.ts';
import { briefingMeasures, keyMetrics, metricWords } from '../metrics.ts';
import type { RunResult, Study } from '../read/study-folder.ts';
import { backlogChart } from './backlog.ts';
import { centralCurveChart, curveGroups, curveRows, sweepMeasures } from './central-curve.ts';
import { comparisonChart } from './comparison.ts';
import { staffTimeChart, staffTimeRows } from './staff-time.ts';
import type { Chart, Source } from './style.ts';
import { workloadChart, workloadMeasures, workloadRows, workloadSweepChart } from './workload.ts';

export type { Chart } from './style.ts';

/** What the source line under each chart says about `study`. */
export function sourceOf(study: Study): Source {
  if (study.kind === 'sweep') {
    const s = study.sweep;
    return {
      version: study.version,
      scenarios: [s.scenario.name],
      replications: s.study.replications,
      horizonYears: s.study.horizonYears,
      warmupWeeks: s.study.warmupWeeks,
      extra: `${s.points.length} points of a sweep over ${s.parameters.join(' and ')}`,
    };
  }
  const runs = study.kind === 'run' ? [study.run] : study.runs;
  const first = runs[0].summary.study;
  return { version: study.version, scenarios: runs.map(nameOf), replications: first.replications, horizonYears: first.horizonYears, warmupWeeks: first.warmupWeeks };
}

/** Every chart of the study, in the order the report shows them; a sweep's `markedPoint` is ringed as the current setting. */
export function chartsFor(study: Study, options: { markedPoint?: number } = {}): Chart[] {
  const source = sourceOf(study);
  if (study.kind === 'sweep') {
    const workload = curveRows(study.sweep, workloadMeasures);
    const measures = sweepMeasures(study.sweep);
    return [centralCurveChart(curveRows(study.sweep, measures), source, measures, study.sweep.display, options.markedPoint), workloadSweepChart(workload, curveGroups(workload), source)];
  }
  if (study.kind === 'run') return runCharts([study.run], source);
  const press = study.comparison.press === undefined ? [] : [pressChart(study.comparison, study.comparison.press, source)];
  return [comparisonFor(study.comparison, source), ...press, ...runCharts(study.runs, source)];
}

const nameOf = (run: RunResult) => run.label;

/** The charts a run has, drawn for one scenario or several side by side. */
function runCharts(runs: readonly RunResult[], source: Source): Chart[] {
  const names = runs.map(nameOf);
  return [
    backlogChart(weeklyBands(runs.flatMap((r) => r.weekly)), names, runs[0].summary.study.warmupWeeks, source),
    staffTimeChart(runs.flatMap((r) => staffTimeRows(nameOf(r), r.summary.metrics)), names, source),
    workloadChart(runs.flatMap((r) => workloadRows(nameOf(r), r.summary.metrics)), names, source),
  ];
}

function comparisonFor(comparison: ComparisonFile, source: Source): Chart {
  // The measures chosen with --metrics, or the briefing's, so the chart fits a page; every key metric is in the tables.
  const order = (comparison.measures ?? briefingMeasures).filter((name) => comparison.metrics[name] !== undefined);
  const scale = (name: string) => (metricWords(name).share === true ? 100 : 1);
  return comparisonChart(differenceRows(comparison, order, scale), order, comparison.scenarios.map((s) => s.name), source);
}
