/**
 * (e) Workload against the 90–110% target band the probation WMT uses: the
 * simulation's work demanded as a share of the hours for it, before and
 * after redeployment, beside the WMT's custody-case points (which take no
 * account of redeployment) and the share of required contacts delivered.
 * A union can show the gap between the points view and the work.
 */
import type { MetricSummary } from '../../experiment/interval.ts';
import { estimate } from '../chart-data.ts';
import type { CurveRow } from './central-curve.ts';
import { bandLayer, colourBy, hasIntervals, lineLayer, lineLegend, referenceRule, whiskerLayer } from './layers.ts';
import { briefingChart, chartSize, tip, type Chart, type Source, type Spec } from './style.ts';

export const workloadMeasures = [
  { metric: 'workload.capacityPercent', label: 'Work demanded, % of hours for it', scale: 1 },
  { metric: 'workload.capacityPercentAfterRedeployment', label: 'The same, after redeployment', scale: 1 },
  { metric: 'wmt.capacityPercent.mean', label: 'WMT custody-case points (no redeployment)', scale: 1 },
  { metric: 'contacts.deliveredShare', label: 'Required contacts delivered', scale: 100 },
] as const;

/** The probation WMT's target band (per cent of capacity). */
export const targetBand = { low: 90, high: 110 } as const;

const words = {
  title: 'Workload against the 90–110% target band',
  subtitle:
    'Work demanded as % of the hours for it (before and after redeployment), the WMT custody-case points view, and contacts delivered, with 95% intervals; shaded: the WMT target band',
  description:
    'Chart of the simulated workload (work demanded as a percentage of hours available, before and after redeployment), the Workload Measurement Tool points capacity and the percentage of required contacts delivered, with 95% confidence intervals, against a shaded 90 to 110 per cent target band.',
};

/** The shaded target band, across the value axis `axis`. */
function bandSpec(axis: 'x' | 'y'): Spec {
  const other = axis === 'x' ? 'x2' : 'y2';
  return {
    // Decorative: the band is named in the chart's description, so screen readers skip the shape itself.
    mark: { type: 'rect', color: '#2a9d8f', opacity: 0.15, aria: false },
    encoding: { [axis]: { datum: targetBand.low, type: 'quantitative' }, [other]: { datum: targetBand.high } },
  };
}

/** One row per scenario × measure, in percent. */
export function workloadRows(scenario: string, metrics: Record<string, MetricSummary>) {
  return workloadMeasures.filter((m) => metrics[m.metric] !== undefined).map((m) => ({ scenario, measure: m.label, ...estimate(metrics[m.metric], m.scale) }));
}

/** For runs and comparisons: a bar per measure (and scenario) with its whisker, over the target band. */
export function workloadChart(rows: ReturnType<typeof workloadRows>, scenarios: readonly string[], source: Source): Chart {
  const measures = workloadMeasures.map((m) => m.label);
  const y: Spec = { field: 'measure', type: 'nominal', title: null, sort: measures, axis: { labelLimit: 330 } };
  const offset: Spec = scenarios.length > 1 ? { yOffset: { field: 'scenario', type: 'nominal', sort: scenarios } } : {};
  const x: Spec = { field: 'mean', type: 'quantitative', title: 'Per cent' };
  const intervals = hasIntervals(rows);
  const body: Spec = {
    data: { values: rows },
    transform: [{ calculate: "isValid(datum.mean) ? format(datum.mean, '.0f') + '%' : ''", as: 'label' }],
    width: chartSize.width - 220,
    height: { step: scenarios.length > 1 ? 16 * scenarios.length + 16 : 46 },
    layer: [
      bandSpec('x'),
      {
        mark: { type: 'bar', opacity: 0.9 },
        encoding: {
          y,
          x,
          ...offset,
          color: colourBy('scenario', scenarios, 'Scenario'),
          tooltip: [{ field: 'scenario', type: 'nominal', title: 'Scenario' }, { field: 'measure', type: 'nominal', title: 'Measure' }, tip('mean', 'Per cent (mean)'), tip('low', '95% interval from'), tip('high', '95% interval to')],
        },
      },
      ...(intervals ? [whiskerLayer(y, offset)] : []),
      { mark: { type: 'text', align: 'left', dx: 6, fontSize: 12, color: '#222' }, encoding: { y, ...offset, x: { field: intervals ? 'high' : 'mean', type: 'quantitative' }, text: { field: 'label' } } },
      ...referenceRule(100, '100%'),
    ],
  };
  return { name: 'workload', title: words.title, description: words.description, spec: briefingChart(body, words, source) };
}

/** For sweeps: every measure against caseload per supervisor, as lines with bands, over the target band. */
export function workloadSweepChart(rows: readonly CurveRow[], groups: readonly string[], source: Source): Chart {
  const x: Spec = { field: 'caseload', type: 'quantitative', title: 'Cases per supervisor (mean)', scale: { zero: false } };
  const measures = workloadMeasures.map((m) => m.label);
  const colour = colourBy('measure', measures, 'Measure');
  const dash: Spec = groups.length > 1 ? { strokeDash: lineLegend({ field: 'group', type: 'nominal', title: 'Setting', sort: groups }, '#333') } : {};
  const line = lineLayer(x, { field: 'mean', type: 'quantitative', title: 'Per cent' }, colour, [
    { field: 'measure', type: 'nominal', title: 'Measure' },
    { field: 'setting', type: 'nominal', title: 'Setting' },
    tip('caseload', 'Cases per supervisor'),
    tip('mean', 'Per cent (mean)'),
    tip('low', '95% interval from'),
    tip('high', '95% interval to'),
  ], { points: groups.length <= 1, extra: dash });
  const band = bandLayer(x, colour, groups.length > 1 ? { detail: { field: 'group', type: 'nominal' } } : {});
  const body: Spec = { data: { values: rows }, width: chartSize.width, height: chartSize.height, layer: hasIntervals(rows) ? [bandSpec('y'), band, line] : [bandSpec('y'), line] };
  const sweepWords = { ...words, subtitle: `${words.subtitle}, at each point of the sweep` };
  return { name: 'workload', title: words.title, description: words.description, spec: briefingChart(body, sweepWords, source) };
}
