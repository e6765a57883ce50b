/** The metrics the terminal shows for a study, with their labels and how to write their values. */
import type { MetricSummary } from '../experiment/interval.ts';
import { withinRange } from '../report/format.ts';
import { metricRange } from '../report/metrics.ts';

export interface KeyMetric {
  name: string;
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

export const keyMetrics: readonly KeyMetric[] = [
  { name: 'caseload.perSupervisor.mean', label: 'cases per supervisor', digits: 1, percent: false },
  { name: 'contacts.minutesPerPrisonerPerMonth', label: 'contact minutes per prisoner per month', digits: 1, percent: false },
  { name: 'contacts.deliveredShare', label: 'contacts delivered', digits: 1, percent: true },
  { name: 'reports.unfinishedShare', label: 'reports unfinished at their deadline', digits: 1, percent: true },
  { name: 'assessments.onTimeShare', label: 'OASys assessments on time', digits: 1, percent: true },
  { name: 'reports.parole.onTimeShare', label: 'parole reports on time', digits: 1, percent: true },
  { name: 'staff.directContactShare', label: 'staff time in direct contact', digits: 1, percent: true },
  { name: 'cases.unallocated.mean', label: 'cases waiting for a supervisor', digits: 1, percent: false },
  { name: 'workload.capacityPercent', label: 'workload: work demanded as a share of hours for it (target band 90–110%)', digits: 1, percent: false, inPercent: true },
  { name: 'workload.capacityPercentAfterRedeployment', label: 'workload after hours lost to redeployment', digits: 1, percent: false, inPercent: true },
];

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
  const [low, high] = withinRange(summary, metricRange(metric.name)).ci95;
  const interval = Number.isFinite(low) ? ` (95% CI ${formatValue(metric, low)} to ${formatValue(metric, high)})` : '';
  return `${formatValue(metric, summary.mean)}${interval}`;
}
