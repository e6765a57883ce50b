/**
 * (e) A plan's search: each value tried against the target's metric, as a
 * dot at its mean with the interval between its two one-sided bounds at the
 * plan's confidence, and the target as a dashed line. A value meets the
 * target when its whole interval lies on the target's side of the line, so
 * the chart shows each verdict as the search reached it.
 */
import type { PlanFile } from '../../experiment/formats.ts';
import { parameterWords } from '../../experiment/parameter-words.ts';
import { thresholdInWords } from '../../experiment/target.ts';
import { tQuantile } from '../../experiment/t-distribution.ts';
import { finiteOrNull } from '../format.ts';
import { metricRange, metricWords } from '../metrics.ts';
import { colourBy } from './layers.ts';
import { briefingChart, chartSize, tip, type Chart, type Source } from './style.ts';

export interface PlanRow {
  value: number;
  mean: number | null;
  low: number | null;
  high: number | null;
  n: number;
  verdict: string;
}

const verdictWords = { meets: 'Meets the target', fails: 'Fails the target', uncertain: 'Not shown either way' } as const;

/** How many values tried on each side of the answer the chart shows: those far from it would squeeze the ones that decide it into a corner. */
export const valuesShownEachSide = 2;

/** The values tried the chart shows: all of them without an answer, else those nearest it, `valuesShownEachSide` on each side. */
export function valuesShown(plan: PlanFile): number[] {
  const values = [...new Set(plan.tried.map((t) => t.value))].sort((a, b) => a - b);
  if (plan.answer === null) return values;
  const at = values.indexOf(plan.answer);
  return values.slice(Math.max(0, at - valuesShownEachSide), at + valuesShownEachSide + 1);
}

/** The parameter in words, with its path: "Number of offender supervisors (staff.offenderSupervisors.count)". */
function parameterTitle(parameter: string): string {
  const words = parameterWords(parameter);
  return words === parameter ? parameter : `${words.charAt(0).toUpperCase()}${words.slice(1)} (${parameter})`;
}

/** Each value tried, its mean and interval in the metric's shown scale (per cent for a share), cut off at the metric's range. */
export function planRows(plan: PlanFile): PlanRow[] {
  const words = metricWords(plan.target.metric);
  const scale = words.share === true ? 100 : 1;
  const [least, most] = metricRange(plan.target.metric) ?? [-Infinity, Infinity];
  const clip = (v: number) => Math.min(most, Math.max(least, v));
  return [...plan.tried]
    .sort((a, b) => a.value - b.value)
    .map((t) => {
      const half = t.n >= 2 && Number.isFinite(t.sd) ? tQuantile(plan.confidence, t.n - 1) * (t.sd / Math.sqrt(t.n)) : NaN;
      return {
        value: t.value,
        mean: finiteOrNull(t.mean * scale),
        low: finiteOrNull(clip(t.mean - half) * scale),
        high: finiteOrNull(clip(t.mean + half) * scale),
        n: t.n,
        verdict: verdictWords[t.verdict],
      };
    });
}

export function planChart(plan: PlanFile, source: Source): Chart {
  const words = metricWords(plan.target.metric);
  const scale = words.share === true ? 100 : 1;
  const unit = words.unit === '' ? '' : ` (${words.unit})`;
  const shown = valuesShown(plan);
  // The targets on the chart's metric: one line, or two for a band.
  const lines = (plan.targets ?? [plan.target]).filter((line) => line.metric === plan.target.metric);
  const x = { field: 'value', type: 'quantitative', title: parameterTitle(plan.parameter), scale: { zero: false }, axis: { tickMinStep: plan.search.step } };
  const y = { field: 'mean', type: 'quantitative', title: `${words.label}${unit}`, scale: { zero: false } };
  const colour = colourBy('verdict', Object.values(verdictWords), 'Verdict', ['#009E73', '#D55E00', '#767676']);
  const percent = Math.round(plan.confidence * 1000) / 10;
  const target = lines.map(thresholdInWords).join(' and ');
  const body = {
    width: chartSize.width,
    height: chartSize.height,
    data: { values: planRows(plan).filter((row) => shown.includes(row.value)) },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color: colour } },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: { x, y, color: colour, tooltip: [tip('value', plan.parameter, ',~g'), tip('mean', words.label), tip('low', 'interval from'), tip('high', 'interval to'), { field: 'n', type: 'quantitative', title: 'replications' }, { field: 'verdict', type: 'nominal', title: 'verdict' }] },
      },
      { data: { values: lines.map((line) => ({ target: line.threshold * scale })) }, mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5, color: '#333' }, encoding: { y: { field: 'target', type: 'quantitative' } } },
      { data: { values: lines.map((line) => ({ target: line.threshold * scale, text: `target: ${thresholdInWords(line)}` })) }, mark: { type: 'text', align: 'left', dx: 4, dy: -6, color: '#333' }, encoding: { y: { field: 'target', type: 'quantitative' }, x: { value: 0 }, text: { field: 'text' } } },
    ],
  };
  const chartWords = {
    title: `${words.label} at each ${parameterWords(plan.parameter)} tried${shown.length < plan.tried.length ? ' near the answer' : ''}`,
    subtitle: `Mean of each value’s replications; the whisker runs between its one-sided ${percent}% confidence bounds, so a value meets the target (${target}, dashed) when its whole whisker lies on the target’s side${shown.length < plan.tried.length ? `; ${shown.length} of the ${plan.tried.length} values tried, those nearest the answer (all are in the table)` : ''}`,
    description: `A dot and whisker for each value of ${plan.parameter} the plan tried, against ${words.label.toLowerCase()}, coloured by whether it was shown to meet the target ${plan.target.text}, drawn as a dashed line.`,
  };
  return { name: 'plan', title: chartWords.title, description: chartWords.description, spec: briefingChart(body, chartWords, source) };
}
