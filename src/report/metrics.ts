/**
 * The words the report writes for a metric, all read from the metric
 * catalogue (src/experiment/metric-catalogue.ts): its label, its unit as
 * written after a number, how many decimals, which way is better and, for a
 * key measure, the sentence of its finding. Metric names are those of the
 * results files; the report reads them from result files and never from the model.
 */
import { definitionOf, labelOf, placeholderWords, rangeOf } from '../experiment/metric-catalogue.ts';
import { findingSentences, reportKeyMetrics } from '../experiment/metric-selections.ts';

export { briefingMetrics as briefingMeasures } from '../experiment/metric-selections.ts';

export interface MetricWords {
  /** What is measured, as a chart label or table row. */
  label: string;
  /** Unit as written after a number ("cases", "minutes a month"); '%' for shares and percentages. */
  unit: string;
  /** A share (0–1) shown as a percentage; a difference of shares is in percentage points. */
  share?: boolean;
  /** Decimal places shown. */
  digits: number;
  /** The sentence of a headline: `{value}` is replaced by the value and its interval. */
  sentence?: string;
  /** Which way is better for the people in custody and the staff (absent: neither, e.g. a workload that should sit in a band). */
  better?: 'higher' | 'lower';
}

/** The words for any metric: the catalogue's, or the name itself, with no unit, for a name it does not define. */
export function metricWords(name: string): MetricWords {
  const definition = definitionOf(name);
  if (definition === undefined) return { label: name, unit: '', share: false, digits: 2 };
  const share = definition.kind === 'share';
  const sentence = (findingSentences as Record<string, string | undefined>)[name];
  return {
    label: labelOf(name),
    unit: share || definition.unit === 'per cent' ? '%' : definition.unit,
    share,
    digits: definition.digits ?? 1,
    ...(sentence !== undefined ? { sentence } : {}),
    ...(definition.better !== undefined ? { better: definition.better } : {}),
  };
}

/** Key metrics, in the order the report shows them. */
export const keyMetrics: Record<string, MetricWords> = Object.fromEntries(reportKeyMetrics.map((name) => [name, metricWords(name)]));

/** Staff time categories (the catalogue's words for them), in the order a chart lists them, each starting with a capital. */
export const staffTimeCategories: Record<string, string> = Object.fromEntries(
  Object.entries(placeholderWords.category).map(([category, words]) => [category, words.charAt(0).toUpperCase() + words.slice(1)]),
);

/** The categories of time at work on offender management: the denominator of direct contact (`staff.atWorkShare.*`). */
export const atWorkCategories = ['contact', 'admin', 'reports', 'oversight', 'idle'] as const;

/** The values a metric can take (the catalogue's), for cutting off intervals that stray past them. */
export const metricRange = rangeOf;
