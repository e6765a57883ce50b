/** The metrics the terminal shows for a study, with their labels and how to write their values, all from the metric catalogue. */
import type { MetricSummary } from '../experiment/interval.ts';
import { definitionOf, labelOf, rangeOf } from '../experiment/metric-catalogue.ts';
import { headlineMetrics } from '../experiment/metric-selections.ts';
import { withinRange } from '../report/format.ts';

export interface KeyMetric {
  name: string;
  /** The catalogue's label, with its unit where that is not per cent: "Contact time per prisoner (minutes a month)". */
  label: string;
  digits: number;
  /** A share, written as a percentage (differences in percentage points). */
  percent: boolean;
  /** A value already in per cent (a capacity %), written with % (differences in percentage points). */
  inPercent?: boolean;
}

/** Whether a metric is written with % and its differences in points. */
export function isPercentage(metric: KeyMetric): boolean {
  return metric.percent || metric.inPercent === true;
}

/** How the terminal writes a metric the catalogue defines (a name it does not define is shown by its name, to two decimals). */
export function keyMetricOf(name: string): KeyMetric {
  const definition = definitionOf(name);
  if (definition === undefined) return { name, label: name, digits: 2, percent: false };
  const percent = definition.kind === 'share';
  const inPercent = definition.unit === 'per cent';
  const unit = percent || inPercent ? '' : ` (${definition.unit})`;
  return { name, label: `${labelOf(name)}${unit}`, digits: definition.digits ?? 1, percent, ...(inPercent ? { inPercent } : {}) };
}

export const keyMetrics: readonly KeyMetric[] = headlineMetrics.map(keyMetricOf);

/** A value as the metric is written: "12.3%" or "24.1"; "n/a" when it could not be estimated. */
export function formatValue(metric: KeyMetric, value: number, signed = false): string {
  if (!Number.isFinite(value)) return 'n/a';
  const scaled = metric.percent ? value * 100 : value;
  const text = scaled.toFixed(metric.digits);
  const sign = signed && scaled > 0 ? '+' : '';
  return `${sign}${text}${isPercentage(metric) && !signed ? '%' : ''}`;
}

/** "12.3% (95% CI 10.1% to 14.5%)", or the mean alone when there is no interval. */
export function formatSummary(metric: KeyMetric, summary: MetricSummary | undefined): string {
  if (summary === undefined) return 'n/a';
  // Cut off at the values the metric can take, as the report does: a share's interval from a few replications can reach below 0%.
  const [low, high] = withinRange(summary, rangeOf(metric.name)).ci95;
  const interval = Number.isFinite(low) ? ` (95% CI ${formatValue(metric, low)} to ${formatValue(metric, high)})` : '';
  return `${formatValue(metric, summary.mean)}${interval}`;
}
