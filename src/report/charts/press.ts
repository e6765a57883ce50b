/**
 * (f) A comparison for a press release: one chosen measure's level in each
 * scenario, a dot with its 95% whisker, on one scale from zero, so the change
 * reads at its true size (a difference chart from zero makes any change look
 * large).
 */
import type { ComparisonFile } from '../../experiment/formats.ts';
import { measuredPeriod } from '../../experiment/measured-period.ts';
import { definitionOf } from '../../experiment/metric-catalogue.ts';
import { finiteOrNull } from '../format.ts';
import { metricRange, metricWords } from '../metrics.ts';
import { briefingChart, chartSize, palette, tip, type Chart, type Source } from './style.ts';

/** How a count is shown: a year of the measured period, as the press sentence gives it (1 for any other measure). */
function perYear(comparison: ComparisonFile, metric: string): number {
  const years = measuredPeriod(comparison.scenarios[0].summary.scenario).years;
  return definitionOf(metric)?.kind === 'count' && years > 0 ? 1 / years : 1;
}

/** Each scenario's level of `metric`: mean and 95% interval in the shown scale (per cent for a share, a year for a count), cut off at the metric's range. */
export function pressRows(comparison: ComparisonFile, metric: string) {
  const scale = (metricWords(metric).share === true ? 100 : 1) * perYear(comparison, metric);
  const [least, most] = metricRange(metric) ?? [-Infinity, Infinity];
  const clip = (v: number) => finiteOrNull(Math.min(most, Math.max(least, v)) * scale);
  return (comparison.metrics[metric] ?? []).map((row, order) => ({
    scenario: row.scenario,
    order,
    mean: clip(row.summary.mean),
    low: clip(row.summary.ci95[0]),
    high: clip(row.summary.ci95[1]),
  }));
}

export function pressChart(comparison: ComparisonFile, metric: string, source: Source): Chart {
  const words = metricWords(metric);
  const yearly = definitionOf(metric)?.kind === 'count' ? ' a year' : '';
  const unit = words.unit === '' ? '' : ` (${words.unit}${yearly})`;
  const y = { field: 'scenario', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelLimit: 240 } };
  const x = { field: 'mean', type: 'quantitative', title: `${words.label}${unit}`, scale: { zero: true } };
  const body = {
    width: chartSize.width - 240,
    height: { step: 36 },
    data: { values: pressRows(comparison, metric) },
    layer: [
      { mark: { type: 'rule', strokeWidth: 3, color: palette[0] }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
      {
        mark: { type: 'point', filled: true, size: 110, opacity: 1, color: palette[0] },
        encoding: { y, x, tooltip: [{ field: 'scenario', type: 'nominal', title: 'Scenario' }, tip('mean', words.label, ',.2f'), tip('low', '95% interval from', ',.2f'), tip('high', '95% interval to', ',.2f')] },
      },
    ],
  };
  const chartWords = {
    title: `${words.label}${yearly} in each scenario`,
    subtitle: 'Mean of the replications, with its 95% confidence interval, on one scale from zero',
    description: `${words.label} in each of the scenarios compared, each with its 95% interval, on a shared scale from zero.`,
  };
  return { name: 'press', title: chartWords.title, description: chartWords.description, spec: briefingChart(body, chartWords, source) };
}
