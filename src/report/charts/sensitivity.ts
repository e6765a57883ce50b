/**
 * (f) A sensitivity analysis, one chart per metric: Morris's μ* against σ
 * (how much a factor moves the metric, against how much that depends on the
 * other factors or on where in its range it moves); the one-at-a-time
 * tornado (the change from the scenario as written to each end of each
 * factor's range); or Sobol's first-order and total indices. Each value with
 * its interval; the factors that move the metric most are named.
 */
import type { SensitivityFile } from '../../experiment/formats.ts';
import { finiteOrNull, scaled } from '../format.ts';
import { metricWords } from '../metrics.ts';
import { designWords } from '../sensitivity-words.ts';
import { briefingChart, chartSize, palette, tip, type Chart, type Source } from './style.ts';

/** Factors drawn in a tornado or an index chart: the most moving (the rest are in the tables). */
export const chartedFactors = 15;
/** Factors named beside their point in a μ*–σ chart. */
const labelledFactors = 5;

/** The value of `index` for `factor` and `metric`, and its interval. */
function indexOf(file: SensitivityFile, metric: string, factor: string, index: string) {
  return file.indices.find((r) => r.metric === metric && r.factor === factor && r.index === index);
}

/** The chart's file name: the method and the metric. */
const chartName = (method: string, metric: string) => `sensitivity-${method}-${metric.replace(/[^A-Za-z0-9]+/g, '-')}`;

function sourceOf(file: SensitivityFile, whiskers: string): Source {
  return {
    version: file.omsim.version,
    scenarios: [file.scenario.name],
    replications: file.study.replications,
    horizonYears: file.study.horizonYears,
    warmupWeeks: file.study.warmupWeeks,
    extra: designWords(file),
    whiskers,
  };
}

export function sensitivityCharts(file: SensitivityFile): Chart[] {
  return file.ranking.map((ranking) => {
    if (file.method === 'morris') return morrisChart(file, ranking.metric);
    if (file.method === 'oat') return tornadoChart(file, ranking.metric);
    return sobolChart(file, ranking.metric);
  });
}

function morrisChart(file: SensitivityFile, metric: string): Chart {
  const words = metricWords(metric);
  const unit = words.unit === '%' ? 'percentage points' : words.unit;
  const order = file.ranking.find((r) => r.metric === metric)!.factors.map((f) => f.factor);
  const rows = order.map((factor, rank) => {
    const [muStar, sigma] = [indexOf(file, metric, factor, 'mu_star')!, indexOf(file, metric, factor, 'sigma')!];
    const at = (v: number) => finiteOrNull(scaled(v, words));
    return { factor, muStar: at(muStar.value), low: at(muStar.lower), high: at(muStar.upper), sigma: at(sigma.value), label: rank < labelledFactors && muStar.value > 0 ? factor : '' };
  });
  const x = { field: 'muStar', type: 'quantitative', title: `μ*: mean size of the effect across a factor's range${unit === '' ? '' : ` (${unit})`}` };
  const y = { field: 'sigma', type: 'quantitative', title: `σ: spread of the effects${unit === '' ? '' : ` (${unit})`}` };
  const body = {
    width: chartSize.width,
    height: chartSize.height + 80,
    data: { values: rows },
    layer: [
      { mark: { type: 'rule', color: palette[0], opacity: 0.6 }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, y } },
      { mark: { type: 'point', filled: true, size: 60, color: palette[0] }, encoding: { x, y, tooltip: [{ field: 'factor', type: 'nominal', title: 'factor' }, tip('muStar', 'μ*', ',.2f'), tip('low', 'μ* from', ',.2f'), tip('high', 'μ* to', ',.2f'), tip('sigma', 'σ', ',.2f')] } },
      { mark: { type: 'text', align: 'left', dx: 6, dy: -6, fontSize: 11, color: '#222' }, encoding: { x, y, text: { field: 'label' } } },
    ],
  };
  const title = `Which assumptions move ${words.label.toLowerCase()}: Morris’s μ* and σ`;
  return {
    name: chartName('morris', metric),
    title,
    description: `Each factor's μ* (how far it moves ${words.label.toLowerCase()} across its range, on average) against σ (how much that effect varies with the other factors), with whiskers for μ*'s 95% bootstrap interval; the ${labelledFactors} factors with the largest μ* are named.`,
    spec: briefingChart(
      body,
      { title, subtitle: 'Right: moves the metric more. Up: its effect depends more on the other factors, or is not straight. Factors near the origin barely matter', description: title },
      sourceOf(file, 'Whiskers: 95% bootstrap intervals of μ* over the trajectories'),
    ),
  };
}

function tornadoChart(file: SensitivityFile, metric: string): Chart {
  const words = metricWords(metric);
  const unit = words.unit === '%' ? 'percentage points' : words.unit;
  const order = file.ranking.find((r) => r.metric === metric)!.factors.slice(0, chartedFactors).map((f) => f.factor);
  const rows = order.flatMap((factor) =>
    (['low', 'high'] as const).map((end) => {
      const r = indexOf(file, metric, factor, end)!;
      const at = (v: number) => finiteOrNull(scaled(v, words));
      return { factor, end: end === 'low' ? 'Low end of its range' : 'High end of its range', change: at(r.value), lower: at(r.lower), upper: at(r.upper) };
    }),
  );
  const y = { field: 'factor', type: 'nominal', sort: order, title: null };
  const x = { field: 'change', type: 'quantitative', title: `Change from the scenario as written${unit === '' ? '' : ` (${unit})`}` };
  const colour = { field: 'end', type: 'nominal', title: 'Factor at', scale: { domain: ['Low end of its range', 'High end of its range'], range: [palette[0], palette[1]] } };
  const body = {
    width: chartSize.width,
    height: { step: 22 },
    data: { values: rows },
    layer: [
      { mark: { type: 'bar', opacity: 0.8 }, encoding: { y, x, color: colour, tooltip: [{ field: 'factor', type: 'nominal' }, { field: 'end', type: 'nominal' }, tip('change', 'change', ',.2f'), tip('lower', 'from', ',.2f'), tip('upper', 'to', ',.2f')] } },
      { mark: { type: 'rule', color: '#222' }, encoding: { y, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#333' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
  const title = `Which assumptions move ${words.label.toLowerCase()}: one at a time`;
  return {
    name: chartName('oat', metric),
    title,
    description: `A tornado chart: for the ${order.length} factors that move ${words.label.toLowerCase()} most, the change from the scenario as written when the factor alone is set to the low and to the high end of its range, with 95% intervals of the paired differences.`,
    spec: briefingChart(body, { title, subtitle: 'Each bar: one factor moved to one end of its range, the others as written; paired on common random numbers', description: title }, sourceOf(file, 'Whiskers: 95% confidence intervals of the paired differences')),
  };
}

function sobolChart(file: SensitivityFile, metric: string): Chart {
  const words = metricWords(metric);
  const order = file.ranking.find((r) => r.metric === metric)!.factors.slice(0, chartedFactors).map((f) => f.factor);
  const names = { first_order: 'First-order: the factor alone', total: 'Total: with its interactions' } as const;
  const rows = order.flatMap((factor) =>
    (['first_order', 'total'] as const).map((index) => {
      const r = indexOf(file, metric, factor, index)!;
      return { factor, index: names[index], value: finiteOrNull(r.value), lower: finiteOrNull(r.lower), upper: finiteOrNull(r.upper) };
    }),
  );
  const y = { field: 'factor', type: 'nominal', sort: order, title: null };
  const x = { field: 'value', type: 'quantitative', title: `Share of the variance of ${words.label.toLowerCase()}` };
  const colour = { field: 'index', type: 'nominal', title: 'Index', scale: { domain: Object.values(names), range: [palette[0], palette[1]] } };
  const body = {
    width: chartSize.width,
    height: { step: 22 },
    data: { values: rows },
    layer: [
      { mark: { type: 'rule' }, encoding: { y, yOffset: { field: 'index' }, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' }, color: colour } },
      { mark: { type: 'point', filled: true, size: 60 }, encoding: { y, yOffset: { field: 'index' }, x, color: colour, tooltip: [{ field: 'factor', type: 'nominal' }, { field: 'index', type: 'nominal' }, tip('value', 'index', ',.2f'), tip('lower', 'from', ',.2f'), tip('upper', 'to', ',.2f')] } },
    ],
  };
  const title = `Which assumptions move ${words.label.toLowerCase()}: Sobol indices`;
  return {
    name: chartName('sobol', metric),
    title,
    description: `For the ${order.length} factors with the largest total index, the share of the variance of ${words.label.toLowerCase()} due to each alone (first-order) and with its interactions (total), with 95% bootstrap intervals.`,
    spec: briefingChart(body, { title, subtitle: 'Shares of the variance over the factors’ ranges; a total well above the first-order index means the factor matters through its interactions', description: title }, sourceOf(file, 'Whiskers: 95% bootstrap intervals over the base sample')),
  };
}
