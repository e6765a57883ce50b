/** (d) Scenario comparison: each key metric's paired difference from the first scenario, as a dot with its 95% whisker beside a zero line. */
import type { DifferenceRow } from '../chart-data.ts';
import { metricWords } from '../metrics.ts';
import { verdictOn } from '../verdict.ts';
import { hasIntervals } from './layers.ts';
import { grey, briefingChart, chartSize, palette, tip, type Chart, type Source, type Spec } from './style.ts';

/** Better, worse, a clear difference with no better side (a workload), or chance: the colours a reader sees first. */
export const verdicts = [
  'Better (interval excludes zero)',
  'Worse (interval excludes zero)',
  'Clear difference (interval excludes zero)',
  'Could be chance (interval includes zero)',
] as const;

/** The verdict on one difference: better or worse where the measure has a better side, else only whether it is clear. */
export function verdictOf(row: DifferenceRow): (typeof verdicts)[number] {
  const verdict = verdictOn(row.excludesZero, row.mean, metricWords(row.metric).better);
  return verdicts[(['better', 'worse', 'a clear difference', 'could be chance'] as const).indexOf(verdict)];
}

/** Each row with the words the chart shows: the metric with its unit and better side, and the verdict. */
export function differenceChartRows(rows: readonly DifferenceRow[], order: readonly string[]) {
  return rows.map((r) => {
    const words = metricWords(r.metric);
    const unit = words.unit === '%' ? 'percentage points' : words.unit;
    const side = words.better === undefined ? '' : `; ${words.better} is better`;
    const label = unit === '' && side === '' ? words.label : `${words.label} (${[unit, side.slice(2)].filter((t) => t !== '').join('; ')})`;
    return { ...r, label, order: order.indexOf(r.metric), verdict: verdictOf(r) };
  });
}

/** Metrics whose every difference is exactly zero (or could not be estimated) have nothing to draw: they stay in the tables. */
export function drawnDifferences(rows: readonly DifferenceRow[]): DifferenceRow[] {
  const informative = new Set(rows.filter((r) => r.mean !== null && (r.mean !== 0 || r.low !== r.high)).map((r) => r.metric));
  return rows.filter((r) => informative.has(r.metric) && r.mean !== null);
}

export function comparisonChart(rows: readonly DifferenceRow[], metricOrder: readonly string[], scenarios: readonly string[], source: Source): Chart {
  const others = scenarios.slice(1);
  const y: Spec = { field: 'scenario', type: 'nominal', title: null, sort: others, axis: { labelLimit: 200 } };
  const x: Spec = { field: 'mean', type: 'quantitative', title: null, axis: { tickCount: 5 } };
  // Blue for better and vermilion for worse (a pair that reads apart in every common colour blindness), black for a clear difference with no better side, grey for chance.
  const colour: Spec = { field: 'verdict', type: 'nominal', title: null, scale: { domain: verdicts, range: [palette[0], palette[3], palette[6], grey] } };
  const body: Spec = {
    data: { values: differenceChartRows(drawnDifferences(rows), metricOrder) },
    facet: {
      row: {
        field: 'label',
        type: 'nominal',
        title: null,
        sort: { field: 'order', op: 'min' },
        // No cut-off: a measure's label with its unit and better side must be read whole (the chart is wider than its panels).
        header: { labelAngle: 0, labelOrient: 'top', labelAlign: 'left', labelAnchor: 'start', labelPadding: 4, labelLimit: 0 },
      },
    },
    spacing: 14,
    spec: {
      width: chartSize.width - 200,
      height: { step: 26 },
      layer: [
        { mark: { type: 'rule', color: '#444', strokeWidth: 1.2, aria: false }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        ...(hasIntervals(rows) ? [{ mark: { type: 'rule', strokeWidth: 2.5 }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, color: colour } }] : []),
        {
          mark: { type: 'point', filled: true, size: 90, opacity: 1 },
          encoding: {
            y,
            x,
            color: colour,
            tooltip: [
              { field: 'scenario', type: 'nominal', title: 'Scenario' },
              { field: 'label', type: 'nominal', title: 'Measure' },
              tip('mean', 'Difference from the first scenario', ',.2f'),
              tip('low', '95% interval from', ',.2f'),
              tip('high', '95% interval to', ',.2f'),
              { field: 'verdict', type: 'nominal', title: 'Verdict' },
            ],
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' }, axis: { x: 'independent' } },
  };
  const words = {
    title: `How each scenario differs from “${scenarios[0] ?? ''}”`,
    subtitle: 'Difference in each measure from the first scenario (the zero line), with its 95% interval, paired over common random numbers; blue is better, vermilion worse, grey could be chance; measures with no difference at all are left out',
    description: 'Dot-and-whisker chart of each scenario’s difference from the first scenario in each key measure, with 95% confidence intervals and a zero line.',
  };
  return { name: 'comparison', title: words.title, description: words.description, spec: briefingChart(body, words, source) };
}
