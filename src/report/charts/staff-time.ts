/**
 * (c) How staff time at work is spent: each activity's share of the hours at
 * work on offender management (the NOMS 2008 study's denominator, as in the
 * headline's direct contact), per scenario, with 95% intervals.
 */
import { metricRows, type MetricRow } from '../chart-data.ts';
import type { MetricSummary } from '../../experiment/interval.ts';
import { atWorkCategories, staffTimeCategories } from '../metrics.ts';
import { colourBy, hasIntervals, whiskerLayer } from './layers.ts';
import { briefingChart, chartSize, tip, type Chart, type Source, type Spec } from './style.ts';

/** Rows for the chart: one per scenario × activity, in percent. */
export function staffTimeRows(scenario: string, metrics: Record<string, MetricSummary>): (MetricRow & { activity: string; order: number })[] {
  const categories = atWorkCategories;
  const names = categories.map((c) => `staff.atWorkShare.${c}`);
  return metricRows(scenario, metrics, names, () => 100).map((row) => {
    const category = row.metric.slice('staff.atWorkShare.'.length);
    return { ...row, activity: staffTimeCategories[category], order: (categories as readonly string[]).indexOf(category) };
  });
}

export function staffTimeChart(rows: readonly MetricRow[], scenarios: readonly string[], source: Source): Chart {
  const activities = atWorkCategories.map((c) => staffTimeCategories[c]);
  const y: Spec = { field: 'activity', type: 'nominal', title: null, sort: activities, axis: { labelFontSize: 13 } };
  const x: Spec = { field: 'mean', type: 'quantitative', title: 'Share of hours at work on offender management (%)' };
  const several = scenarios.length > 1;
  const intervals = hasIntervals(rows);
  const offset: Spec = several ? { yOffset: { field: 'scenario', type: 'nominal', sort: scenarios } } : {};
  const tooltip = [
    { field: 'scenario', type: 'nominal', title: 'Scenario' },
    { field: 'activity', type: 'nominal', title: 'Activity' },
    tip('mean', 'Share of hours (%)'),
    tip('low', '95% interval from'),
    tip('high', '95% interval to'),
  ];
  const body: Spec = {
    data: { values: rows },
    transform: [{ calculate: "isValid(datum.mean) ? format(datum.mean, '.0f') + '%' : ''", as: 'label' }],
    width: chartSize.width - 180,
    height: { step: several ? 12 * scenarios.length + 8 : 30 },
    layer: [
      { mark: { type: 'bar', opacity: 0.9 }, encoding: { y, x, ...offset, color: colourBy('scenario', scenarios, 'Scenario'), tooltip } },
      ...(intervals ? [whiskerLayer(y, offset)] : []),
      {
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 12, color: '#222' },
        encoding: { y, ...offset, x: { field: intervals ? 'high' : 'mean', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
  const words = {
    title: 'How staff time at work is spent',
    subtitle:
      'Share of hours at work on offender management (%), as in the NOMS 2008 study; direct contact is supervision contacts and the interviews of assessments and reports; with 95% intervals',
    description:
      'Horizontal bar chart of the share of hours at work on offender management spent on each activity (direct contact, recording and administration, written work, oversight, no casework waiting), with 95% confidence intervals.',
  };
  return { name: 'staff-time', title: words.title, description: words.description, spec: briefingChart(body, words, source) };
}
