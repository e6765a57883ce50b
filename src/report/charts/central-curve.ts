/**
 * (a) The central curve, from a sweep: as caseload per supervisor rises,
 * the contact time each prisoner gets and the share of reports unfinished
 * at their deadline, each with its 95% band (and the caseload's own
 * interval as a horizontal whisker).
 */
import type { SweepFile } from '../../experiment/formats.ts';
import { estimate, type Estimate } from '../chart-data.ts';
import { metricWords } from '../metrics.ts';
import { bandLayer, colourBy, hasIntervals, lineLayer } from './layers.ts';
import { briefingChart, chartSize, tip, type Chart, type Source, type Spec } from './style.ts';

export const caseloadMetric = 'caseload.perSupervisor.mean';

export const curveMeasures = [
  { metric: 'contacts.minutesPerPrisonerPerMonth', label: 'Contact minutes per prisoner per month', scale: 1 },
  { metric: 'reports.unfinishedShare', label: 'Reports unfinished at their deadline (%)', scale: 100 },
] as const;

/** A measure drawn against caseload: its metric, its label with the unit, and the scale of its values (100 for a share, drawn in per cent). */
export interface CurveMeasure {
  metric: string;
  label: string;
  scale: number;
}

/** The measures a sweep's chart shows: those chosen when it was run (sweep.json's display), or contact time and unfinished reports. */
export function sweepMeasures(sweep: SweepFile): readonly CurveMeasure[] {
  if (sweep.display === undefined) return curveMeasures;
  return sweep.display.measures.map((metric) => {
    const words = metricWords(metric);
    const share = words.share === true;
    return { metric, label: `${words.label}${share ? ' (%)' : words.unit === '' ? '' : ` (${words.unit})`}`, scale: share ? 100 : 1 };
  });
}

/** One sweep point × measure, placed at the point's mean caseload. */
export interface CurveRow extends Estimate {
  point: number;
  measure: string;
  caseload: number | null;
  caseloadLow: number | null;
  caseloadHigh: number | null;
  /** All varied values in words: "staff.offenderSupervisors.count = 10". */
  setting: string;
  /** The second varied parameter's value in words ('' with one parameter): one line per group. */
  group: string;
}

/** Rows for `measures` at every point of the sweep. */
export function curveRows(sweep: SweepFile, measures: readonly CurveMeasure[]): CurveRow[] {
  const [, second] = sweep.parameters;
  const rows: CurveRow[] = [];
  for (const p of sweep.points) {
    const caseload = p.metrics[caseloadMetric] === undefined ? null : estimate(p.metrics[caseloadMetric]);
    const setting = sweep.parameters.map((name) => `${name} = ${p.values[name]}`).join('; ');
    const group = second === undefined ? '' : `${second} = ${p.values[second]}`;
    for (const m of measures) {
      const summary = p.metrics[m.metric];
      if (summary === undefined) continue;
      rows.push({ point: p.point, measure: m.label, caseload: caseload?.mean ?? null, caseloadLow: caseload?.low ?? null, caseloadHigh: caseload?.high ?? null, setting, group, ...estimate(summary, m.scale) });
    }
  }
  return rows;
}

/** The distinct groups in sweep order. */
export function curveGroups(rows: readonly CurveRow[]): string[] {
  return [...new Set(rows.map((r) => r.group))];
}

/** A target drawn on its measure's panel: the threshold, in the panel's scale. */
interface TargetLine {
  label: string;
  value: number;
  text: string;
}

/** The ring drawn round one point of the curve (the explorer's current setting), with its words. */
function markedLayers(point: number, y: Spec): Spec[] {
  const at: Spec = { filter: { field: 'point', equal: point } };
  const x: Spec = { field: 'caseload', type: 'quantitative' };
  return [
    { transform: [at], mark: { type: 'point', shape: 'circle', size: 320, filled: false, strokeWidth: 2, color: '#111' }, encoding: { x, y } },
    { transform: [at], mark: { type: 'text', align: 'left', dx: 12, dy: 12, color: '#111', aria: false }, encoding: { x, y, text: { value: 'current setting' } } },
  ];
}

function panel(measure: { label: string }, groups: readonly string[], intervals: { band: boolean; caseload: boolean }, target?: TargetLine, marked?: number): Spec {
  const x: Spec = { field: 'caseload', type: 'quantitative', title: 'Cases per supervisor (mean)', scale: { zero: false } };
  const y: Spec = { field: 'mean', type: 'quantitative', title: measure.label };
  const colour = colourBy('group', groups, 'Setting');
  const byGroup: Spec = groups.length > 1 ? { detail: { field: 'group', type: 'nominal' } } : {};
  return {
    width: chartSize.width / 2 - 30,
    height: chartSize.height,
    transform: [{ filter: { field: 'measure', equal: measure.label } }],
    layer: [
      ...(intervals.band ? [bandLayer(x, colour, byGroup)] : []),
      ...(intervals.caseload ? [{ mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.7 }, encoding: { y, x: { field: 'caseloadLow', type: 'quantitative' }, x2: { field: 'caseloadHigh' }, color: colour } }] : []),
      lineLayer(x, y, colour, [
        { field: 'setting', type: 'nominal', title: 'Setting' },
        tip('caseload', 'Cases per supervisor (mean)'),
        tip('mean', measure.label),
        tip('low', '95% interval from'),
        tip('high', '95% interval to'),
      ], { points: true }),
      ...(marked === undefined ? [] : markedLayers(marked, y)),
      ...(target !== undefined && target.label === measure.label
        ? [
            { data: { values: [{ target: target.value, text: target.text }] }, mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5, color: '#333', aria: false }, encoding: { y: { field: 'target', type: 'quantitative' } } },
            { data: { values: [{ target: target.value, text: `target: ${target.text}` }] }, mark: { type: 'text', align: 'left', dx: 4, dy: -6, color: '#333', aria: false }, encoding: { y: { field: 'target', type: 'quantitative' }, x: { value: 0 }, text: { field: 'text' } } },
          ]
        : []),
    ],
  };
}

/** The chart; `marked`, when given, is the point ringed as the current setting. */
export function centralCurveChart(rows: readonly CurveRow[], source: Source, measures: readonly CurveMeasure[] = curveMeasures, display?: SweepFile['display'], marked?: number): Chart {
  const groups = curveGroups(rows);
  const intervals = { band: hasIntervals(rows), caseload: hasIntervals(rows.map((r) => ({ low: r.caseloadLow, high: r.caseloadHigh }))) };
  const targetMeasure = display?.target === undefined ? undefined : measures.find((m) => m.metric === display.target!.metric);
  const target = targetMeasure === undefined || display?.target === undefined ? undefined : { label: targetMeasure.label, value: display.target.threshold * targetMeasure.scale, text: display.target.text };
  const body: Spec = { data: { values: rows }, hconcat: measures.map((m) => panel(m, groups, intervals, target, marked)) };
  const chosen = measures !== curveMeasures;
  const names = measures.map((m) => m.label.replace(/ \(.*\)$/, '').toLowerCase());
  const words = chosen
    ? {
        title: `Caseload per supervisor against ${names.join(' and ')}`,
        subtitle: `Mean at each point of the sweep against cases per supervisor; shaded bands and whiskers are 95% intervals${target ? '; the dashed line is the target' : ''}${marked === undefined ? '' : '; the ringed point is the current setting'}`,
        description: `Line charts against caseload per supervisor: ${names.join('; ')}, each with 95% confidence bands${target ? `, and the target ${target.text} as a dashed line` : ''}.`,
      }
    : {
        title: 'Caseload per supervisor against contact time and unfinished reports',
        subtitle: `Mean at each point of the sweep against cases per supervisor; shaded bands and whiskers are 95% intervals${marked === undefined ? '' : '; the ringed point is the current setting'}`,
        description: 'Two line charts against caseload per supervisor: contact minutes per prisoner per month, and the percentage of reports unfinished at their deadline, each with 95% confidence bands.',
      };
  return { name: 'central-curve', title: words.title, description: words.description, spec: briefingChart(body, words, source) };
}
