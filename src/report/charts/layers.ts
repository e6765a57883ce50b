/** Layers the charts are made of: a mean with its interval as a band, a whisker, or a bar. */
import { grey, type Spec } from './style.ts';

/** A colour channel: by `field` in `domain` order, or a fixed colour when there is one series (no legend then). */
export function colourBy(field: string, domain: readonly string[], title: string, range?: readonly string[]): Spec {
  if (domain.length <= 1) return { value: range?.[0] ?? '#0072B2' };
  return { field, type: 'nominal', title, scale: { domain, ...(range === undefined ? {} : { range }) } };
}

/** Whether any row has an interval to draw (a single replication has none, and an empty band or whisker makes Vega warn). */
export function hasIntervals(rows: readonly { low: number | null; high: number | null }[]): boolean {
  return rows.some((r) => r.low !== null && r.high !== null);
}

/** A legend whose symbols are short lines, for charts of lines with bands. */
export function lineLegend(channel: Spec, strokeColour?: string): Spec {
  const legend = { symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1, symbolSize: 300, ...(strokeColour === undefined ? {} : { symbolStrokeColor: strokeColour }) };
  return 'field' in channel ? { ...channel, legend } : channel;
}

/** A shaded band from `low` to `high` along x. */
export function bandLayer(x: Spec, colour: Spec, extra: Spec = {}): Spec {
  return {
    mark: { type: 'area', opacity: 0.22 },
    encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color: lineLegend(colour), ...extra },
  };
}

/** The mean as a line along x, with a dot at each value when `points`. */
export function lineLayer(x: Spec, y: Spec, colour: Spec, tooltip: Spec[], options: { points?: boolean; extra?: Spec } = {}): Spec {
  return {
    mark: { type: 'line', strokeWidth: 2.5, ...(options.points === true ? { point: { filled: true, size: 50 } } : {}) },
    encoding: { x, y, color: lineLegend(colour), tooltip, ...options.extra },
  };
}

/** A horizontal whisker from `low` to `high` at each y. */
export function whiskerLayer(y: Spec, extra: Spec = {}): Spec {
  return {
    mark: { type: 'rule', strokeWidth: 2, color: '#222' },
    encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, ...extra },
  };
}

/** A vertical reference line at x = `value`, with a short label. */
export function referenceRule(value: number, label?: string): Spec[] {
  // Reference lines are decorative for screen readers: the chart's description and the line's label say what they mark.
  const rule: Spec = { mark: { type: 'rule', color: grey, strokeDash: [4, 3], strokeWidth: 1.5, aria: false }, encoding: { x: { datum: value } } };
  if (label === undefined) return [rule];
  const text: Spec = {
    mark: { type: 'text', align: 'left', dx: 4, baseline: 'top', y: 2, color: grey, fontSize: 12 },
    encoding: { x: { datum: value }, text: { value: label } },
  };
  return [rule, text];
}
