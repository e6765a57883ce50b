/**
 * (e) What the Workload Measurement Tool says beside what the simulation
 * delivers: WMT capacity % against the share of required contacts delivered.
 * A WMT figure under 100% reads as "room to spare"; the delivered share says
 * whether the contacts actually happened.
 */
import type { MetricSummary } from '../../experiment/interval.ts';
import { estimate } from '../chart-data.ts';
import type { CurveRow } from './central-curve.ts';
import { bandLayer, colourBy, hasIntervals, lineLayer, lineLegend, referenceRule, whiskerLayer } from './layers.ts';
import { briefingChart, chartSize, tip, type Chart, type Source, type Spec } from './style.ts';

export const wmtMeasures = [
  { metric: 'wmt.capacityPercent.mean', label: 'Workload Measurement Tool: capacity used', scale: 1 },
  { metric: 'contacts.deliveredShare', label: 'Simulation: required contacts delivered', scale: 100 },
] as const;

const words = {
  title: 'Workload Measurement Tool capacity beside contacts actually delivered',
  subtitle: 'WMT capacity (points held as % of points available) and the simulated share of required contacts delivered, with 95% intervals',
  description: 'Chart comparing Workload Measurement Tool capacity percentage with the simulated percentage of required supervision contacts delivered, with 95% confidence intervals.',
};

/** One row per scenario × measure, in percent. */
export function wmtRows(scenario: string, metrics: Record<string, MetricSummary>) {
  return wmtMeasures.filter((m) => metrics[m.metric] !== undefined).map((m) => ({ scenario, measure: m.label, ...estimate(metrics[m.metric], m.scale) }));
}

/** For runs and comparisons: a bar per measure (and scenario) with its whisker and a 100% line. */
export function wmtContactsChart(rows: ReturnType<typeof wmtRows>, scenarios: readonly string[], source: Source): Chart {
  const measures = wmtMeasures.map((m) => m.label);
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
  return { name: 'wmt-contacts', title: words.title, description: words.description, spec: briefingChart(body, words, source) };
}

/** For sweeps: both measures against caseload per supervisor, as lines with bands. */
export function wmtContactsSweepChart(rows: readonly CurveRow[], groups: readonly string[], source: Source): Chart {
  const x: Spec = { field: 'caseload', type: 'quantitative', title: 'Cases per supervisor (mean)', scale: { zero: false } };
  const measures = wmtMeasures.map((m) => m.label);
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
  const body: Spec = { data: { values: rows }, width: chartSize.width, height: chartSize.height, layer: hasIntervals(rows) ? [band, line] : [line] };
  const sweepWords = { ...words, subtitle: `${words.subtitle}, at each point of the sweep` };
  return { name: 'wmt-contacts', title: words.title, description: words.description, spec: briefingChart(body, sweepWords, source) };
}
