/** The report's tables of results, as document blocks. */
import type { MetricSummary } from '../experiment/interval.ts';
import type { Block } from './document.ts';
import { formatBare, formatDifference, formatNumber, hasInterval } from './format.ts';
import { keyMetrics, metricWords } from './metrics.ts';
import type { Study } from './read/study-folder.ts';

/** "low to high" in the metric's unit, or "n/a". */
function interval(summary: MetricSummary | undefined, show: (v: number) => string): string {
  return summary !== undefined && hasInterval(summary) ? `${show(summary.ci95[0])} to ${show(summary.ci95[1])}` : 'n/a';
}

/** "mean (low to high)" for a cell that holds both, without the unit (the row or column names it). */
function meanAndInterval(summary: MetricSummary | undefined, name: string): string {
  if (summary === undefined) return 'n/a';
  const words = metricWords(name);
  const show = (v: number) => formatBare(v, words);
  return hasInterval(summary) ? `${show(summary.mean)} (${interval(summary, show)})` : show(summary.mean);
}

/** A measure's label with its unit: "Cases per supervisor (cases)". */
function labelWithUnit(name: string): string {
  const words = metricWords(name);
  return words.unit === '' ? words.label : `${words.label} (${words.unit === '%' ? '%' : words.unit})`;
}

/**
 * Measure | unit | mean | 95% interval | replications, for the named metrics;
 * with `byName`, led by each metric's name in the results files (the name
 * --target, summary.json and the CSVs use).
 */
export function metricTable(metrics: Record<string, MetricSummary>, names: readonly string[], caption: string, byName = false): Block {
  const rows = names
    .filter((n) => metrics[n] !== undefined)
    .map((n) => {
      const words = metricWords(n);
      const show = (v: number) => formatBare(v, words);
      const cells = [words.label, words.unit === '%' ? 'per cent' : words.unit, show(metrics[n].mean), interval(metrics[n], show), String(metrics[n].n)];
      return byName ? [n, ...cells] : cells;
    });
  const header = ['Measure', 'Unit', 'Mean', '95% confidence interval', 'Replications'];
  const numeric = [false, false, true, true, true];
  return byName
    ? { kind: 'table', caption, header: ['Name in the results files', ...header], rows, numeric: [false, ...numeric] }
    : { kind: 'table', caption, header, rows, numeric };
}

/** The tables of a study, most important first. */
export function resultTables(study: Study): Block[] {
  if (study.kind === 'run') {
    const metrics = study.run.summary.metrics;
    return [
      metricTable(metrics, Object.keys(keyMetrics), 'Key measures'),
      { kind: 'details', summary: 'Every measure', blocks: [metricTable(metrics, Object.keys(metrics).sort(), 'Every measure, by its name in the results files', true)] },
    ];
  }
  if (study.kind === 'comparison') return comparisonTables(study);
  return [sweepTable(study)];
}

function comparisonTables(study: Extract<Study, { kind: 'comparison' }>): Block[] {
  const scenarios = study.comparison.scenarios;
  const names = Object.keys(keyMetrics).filter((n) => study.comparison.metrics[n] !== undefined);
  const side: Block = {
    kind: 'table',
    caption: 'Key measures by scenario: mean (95% confidence interval)',
    header: ['Measure', ...scenarios.map((s) => s.name)],
    rows: names.map((n) => [labelWithUnit(n), ...scenarios.map((s) => meanAndInterval(s.summary.metrics[n], n))]),
    numeric: [false, ...scenarios.map(() => true)],
  };
  const rows: string[][] = [];
  for (const n of names) {
    const words = metricWords(n);
    for (const c of study.comparison.metrics[n]) {
      if (c.difference === undefined) continue;
      const show = (v: number) => formatDifference(v, words);
      rows.push([words.label, c.scenario, show(c.difference.mean), interval(c.difference, show), c.difference.excludesZero ? 'clear difference' : 'could be chance']);
    }
  }
  const differences: Block = {
    kind: 'table',
    caption: `Differences from “${scenarios[0]?.name ?? ''}”, paired over common random numbers`,
    header: ['Measure', 'Scenario', 'Difference', '95% confidence interval', 'Verdict'],
    rows,
    numeric: [false, false, true, true, false],
  };
  return [side, differences];
}

function sweepTable(study: Extract<Study, { kind: 'sweep' }>): Block {
  const sweep = study.sweep;
  const shown = ['caseload.perSupervisor.mean', 'contacts.minutesPerPrisonerPerMonth', 'reports.unfinishedShare', 'contacts.deliveredShare', 'wmt.capacityPercent.mean'];
  return {
    kind: 'table',
    caption: 'Each point of the sweep: mean (95% confidence interval)',
    // A zero-width space after each dot lets a long parameter path wrap in a narrow column.
    header: ['Point', ...sweep.parameters.map((p) => p.replaceAll('.', '.\u200b')), ...shown.map(labelWithUnit)],
    rows: sweep.points.map((p) => [String(p.point), ...sweep.parameters.map((path) => formatNumber(p.values[path], decimals(p.values[path]))), ...shown.map((n) => meanAndInterval(p.metrics[n], n))]),
    numeric: [false, ...sweep.parameters.map(() => true), ...shown.map(() => true)],
  };
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

