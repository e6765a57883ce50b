/** (b) The backlog over time: reports waiting and cases without a supervisor, week by week, mean across replications with its 95% band. */
import type { WeeklyBandRow } from '../chart-data.ts';
import { bandLayer, colourBy, hasIntervals, lineLayer } from './layers.ts';
import { briefingChart, chartSize, grey, tip, type Chart, type Source, type Spec } from './style.ts';

/** The weekly series drawn, with the words for each panel. */
const series = [
  { metric: 'reports.backlog', title: 'Reports waiting to be finished', axis: 'Reports' },
  { metric: 'cases.unallocated', title: 'Cases waiting for a supervisor', axis: 'Cases' },
] as const;

/** Weekly bands of counts, with intervals clipped at zero (a count cannot be negative). */
export function countBands(rows: readonly WeeklyBandRow[]): WeeklyBandRow[] {
  return rows.map((r) => ({ ...r, low: r.low === null ? null : Math.max(0, r.low) }));
}

export function backlogChart(rows: readonly WeeklyBandRow[], scenarios: readonly string[], warmupWeeks: number, source: Source): Chart {
  const x: Spec = { field: 'week', type: 'quantitative', title: 'Week of the simulated period', scale: { nice: false } };
  const colour = colourBy('scenario', scenarios, 'Scenario');
  const drawn = countBands(rows.filter((r) => series.some((s) => s.metric === r.metric)));
  const panels = series.map((s) => ({
    title: { text: s.title, fontSize: 15, anchor: 'start', frame: 'group' },
    width: chartSize.width,
    height: 170,
    transform: [{ filter: { field: 'metric', equal: s.metric } }],
    layer: [
      ...warmupLayers(warmupWeeks, x),
      ...(hasIntervals(drawn) ? [bandLayer(x, colour)] : []),
      lineLayer(x, { field: 'mean', type: 'quantitative', title: `${s.axis} (mean)`, scale: countScale(drawn, s.metric) }, colour, [
        { field: 'scenario', type: 'nominal', title: 'Scenario' },
        tip('week', 'Week', 'd'),
        tip('mean', `${s.axis} (mean)`),
        tip('low', '95% interval from'),
        tip('high', '95% interval to'),
      ]),
    ],
  }));
  const body: Spec = { data: { values: drawn }, vconcat: panels };
  const words = {
    title: 'Backlog of unfinished reports and unallocated cases',
    subtitle: 'Number waiting at the end of each week: the line is the mean across replications, the shaded band its 95% interval (cut off at zero)',
    description: 'Line charts of the weekly number of reports waiting to be finished and of cases waiting for a supervisor, with 95% confidence bands.',
  };
  return { name: 'backlog', title: words.title, description: words.description, spec: briefingChart(body, words, source) };
}

/** Counts start at zero and reach at least 1, so an empty series draws as a line at 0 on a readable axis. */
function countScale(rows: readonly WeeklyBandRow[], metric: string): Spec {
  const top = rows.reduce((max, r) => (r.metric === metric ? Math.max(max, r.high ?? 0, r.mean ?? 0) : max), 1);
  return { domain: [0, top], nice: true };
}

/** A grey block over the warm-up weeks, whose statistics are discarded. */
function warmupLayers(weeks: number, x: Spec): Spec[] {
  if (weeks <= 0) return [];
  const data = { values: [{ from: 0, to: weeks, label: 'Warm-up (not measured)' }] };
  return [
    { data, mark: { type: 'rect', color: grey, opacity: 0.1 }, encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' } } },
    {
      data,
      mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 4, color: '#555', fontSize: 12 },
      encoding: { x: { ...x, field: 'from' }, text: { field: 'label' } },
    },
  ];
}
