/** Numbers as the report writes them: thousands separated, shares as percentages, intervals in words. */
import type { MetricSummary } from '../experiment/interval.ts';
import type { MetricWords } from './metrics.ts';

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A number with `digits` decimals, thousands separators and a true minus sign; "n/a" when it could not be estimated. */
export function formatNumber(value: number, digits: number): string {
  if (!isNumber(value)) return 'n/a';
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return text.replace(/^-(?=.*[1-9])/, '−').replace(/^-/, '');
}

/** The summary with its interval cut off at the values the metric can take. */
export function withinRange(summary: MetricSummary, range: [number, number] | undefined): MetricSummary {
  if (range === undefined) return summary;
  const clip = (v: number) => (isNumber(v) ? Math.min(range[1], Math.max(range[0], v)) : v);
  return { ...summary, ci95: [clip(summary.ci95[0]), clip(summary.ci95[1])] };
}

/** A value in the metric's unit as shown (shares become percentages). */
export function scaled(value: number, words: MetricWords): number {
  return words.share === true ? value * 100 : value;
}

/** A value with its unit: "21.6 cases", "78.7%". */
export function formatValue(value: number, words: MetricWords): string {
  const text = formatNumber(scaled(value, words), words.digits);
  if (text === 'n/a' || words.unit === '') return text;
  return words.unit === '%' ? `${text}%` : `${text} ${words.unit}`;
}

/** A value without its unit, except per cent: "21.6", "78.7%" (for tables with a unit column, and sentences that name the unit). */
export function formatBare(value: number, words: MetricWords): string {
  const text = formatNumber(scaled(value, words), words.digits);
  return words.unit === '%' && text !== 'n/a' ? `${text}%` : text;
}

/** A difference with its sign and unit: "+2.1 cases", "−3.0 percentage points"; `unit: false` leaves the unit off. */
export function formatDifference(value: number, words: MetricWords, unit = true): string {
  if (!isNumber(value)) return 'n/a';
  // A difference that is not zero is not written as one: an interval "0 to +3" that excludes zero
  // would read as touching it, so up to three more decimals are shown until a digit appears.
  let digits = words.digits;
  while (value !== 0 && /^[0.,]+$/.test(formatNumber(Math.abs(scaled(value, words)), digits)) && digits < words.digits + 3) digits++;
  const text = formatNumber(Math.abs(scaled(value, words)), digits);
  // A difference that rounds to zero carries no sign.
  const sign = /^[0.,]+$/.test(text) ? '' : value > 0 ? '+' : '−';
  const unitText = !unit || words.unit === '' ? '' : words.unit === '%' ? ' percentage points' : ` ${words.unit}`;
  return `${sign}${text}${unitText}`;
}

/** "21.6 (95% confidence interval 19.5 to 23.7)", or the mean alone when there is no interval. */
export function formatWithInterval(summary: MetricSummary, words: MetricWords, show: (v: number, w: MetricWords) => string = formatValue): string {
  const [low, high] = summary.ci95;
  if (!isNumber(low) || !isNumber(high)) return show(summary.mean, words);
  return `${show(summary.mean, words)} (95% confidence interval ${show(low, words)} to ${show(high, words)})`;
}

/** Whether a summary has a usable interval. */
export function hasInterval(summary: MetricSummary | undefined): boolean {
  return summary !== undefined && isNumber(summary.ci95[0]) && isNumber(summary.ci95[1]);
}

/** A finite number or null, for chart data (Vega treats null as missing; NaN would break JSON). */
export function finiteOrNull(value: number): number | null {
  return isNumber(value) ? value : null;
}

/** "1 year", "2.5 years". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count, Number.isInteger(count) ? 0 : 1)} ${count === 1 ? one : many}`;
}
